build-clang/x86_64/mm/page_alloc.o: mm/page_alloc.c \
  arch/x86/include/asm/page.h include/kernel/types.h \
  include/kernel/compiler.h include/kernel/fault_inject.h \
  include/kernel/gfp.h include/kernel/highmem.h \
  include/kernel/mm_types.h include/kernel/list.h include/kernel/ksyms.h \
  include/kernel/memblock.h include/kernel/memmap.h \
  include/kernel/page_alloc.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/smp.h include/kernel/string.h

arch/x86/include/asm/page.h:

include/kernel/types.h:

include/kernel/compiler.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/highmem.h:

include/kernel/mm_types.h:

include/kernel/list.h:

include/kernel/ksyms.h:

include/kernel/memblock.h:

include/kernel/memmap.h:

include/kernel/page_alloc.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/smp.h:

include/kernel/string.h:
