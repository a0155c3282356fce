build-clang/kernel/leak_check.o: kernel/leak_check.c \
  include/kernel/leak_check.h include/kernel/types.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/kpgd_origin.h include/kernel/pgtable.h \
  include/kernel/list.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/ptrace.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/printk.h \
  include/kernel/sched.h include/kernel/slab.h \
  include/kernel/task_stack.h include/kernel/vmalloc.h \
  include/kernel/vmap_area.h

include/kernel/leak_check.h:

include/kernel/types.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/mm_types.h:

include/kernel/printk.h:

include/kernel/sched.h:

include/kernel/slab.h:

include/kernel/task_stack.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:
