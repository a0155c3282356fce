build-clang/kernel/monitor/mem.o: kernel/monitor/mem.c \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/traps.h \
  include/kernel/errno.h include/kernel/exception.h \
  arch/x86/include/asm/setjmp.h include/kernel/ksyms.h \
  include/kernel/mm.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-5level.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/ptdump.h \
  arch/x86/include/asm/layout.h include/kernel/sched.h \
  include/kernel/slab.h include/kernel/string.h include/kernel/vmalloc.h \
  include/kernel/vmap_area.h kernel/monitor/monitor.h \
  include/kernel/monitor.h include/kernel/printk.h

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/traps.h:

include/kernel/errno.h:

include/kernel/exception.h:

arch/x86/include/asm/setjmp.h:

include/kernel/ksyms.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/mm_types.h:

include/kernel/ptdump.h:

arch/x86/include/asm/layout.h:

include/kernel/sched.h:

include/kernel/slab.h:

include/kernel/string.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:

kernel/monitor/monitor.h:

include/kernel/monitor.h:

include/kernel/printk.h:
