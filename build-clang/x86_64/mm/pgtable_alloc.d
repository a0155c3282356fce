build-clang/x86_64/mm/pgtable_alloc.o: mm/pgtable_alloc.c \
  arch/x86/include/asm/boot.h include/kernel/types.h \
  arch/x86/include/asm/page.h include/kernel/gfp.h \
  include/kernel/memblock.h include/kernel/memmap.h \
  include/kernel/page_alloc.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/compiler.h \
  include/kernel/list.h include/kernel/mm_types.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h arch/x86/include/asm/ptrace.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/pgtable.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h

arch/x86/include/asm/boot.h:

include/kernel/types.h:

arch/x86/include/asm/page.h:

include/kernel/gfp.h:

include/kernel/memblock.h:

include/kernel/memmap.h:

include/kernel/page_alloc.h:

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

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:
