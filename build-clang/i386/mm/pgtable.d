build-clang/i386/mm/pgtable.o: mm/pgtable.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h include/kernel/errno.h include/kernel/fault.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/mm.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/slab.h include/kernel/string.h \
  include/kernel/task_stack.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

include/kernel/errno.h:

include/kernel/fault.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

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

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/slab.h:

include/kernel/string.h:

include/kernel/task_stack.h:
