build-clang/x86_64/tests/kernel/page_alloc_test.o: \
  tests/kernel/page_alloc_test.c arch/x86/include/asm/page.h \
  include/kernel/types.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/highmem.h \
  include/kernel/mm_types.h include/kernel/list.h \
  include/kernel/compiler.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/memblock.h include/kernel/page_alloc.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/gfp.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/string.h

arch/x86/include/asm/page.h:

include/kernel/types.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/highmem.h:

include/kernel/mm_types.h:

include/kernel/list.h:

include/kernel/compiler.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/memblock.h:

include/kernel/page_alloc.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/gfp.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/string.h:
