build-clang/i386/tests/kernel/slab_test.o: tests/kernel/slab_test.c \
  include/kernel/page_alloc.h arch/x86/include/asm/page.h \
  include/kernel/types.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/compiler.h \
  include/kernel/gfp.h include/kernel/list.h include/kernel/mm_types.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h arch/x86/include/asm/ptrace.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/slab.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/string.h

include/kernel/page_alloc.h:

arch/x86/include/asm/page.h:

include/kernel/types.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

include/kernel/gfp.h:

include/kernel/list.h:

include/kernel/mm_types.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/slab.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/string.h:
