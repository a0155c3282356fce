build-clang/i386/mm/slab.o: mm/slab.c include/kernel/fault_inject.h \
  include/kernel/gfp.h include/kernel/types.h \
  include/kernel/page_alloc.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/compiler.h include/kernel/list.h \
  include/kernel/mm_types.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/printk.h include/kernel/slab.h \
  include/kernel/string.h

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/types.h:

include/kernel/page_alloc.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

include/kernel/list.h:

include/kernel/mm_types.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/printk.h:

include/kernel/slab.h:

include/kernel/string.h:
