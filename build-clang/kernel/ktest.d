build-clang/kernel/ktest.o: kernel/ktest.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h include/kernel/lockdep.h \
  include/kernel/preempt.h arch/x86/include/asm/percpu.h \
  include/kernel/ksyms.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/printk.h include/kernel/string.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

arch/x86/include/asm/percpu.h:

include/kernel/ksyms.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/printk.h:

include/kernel/string.h:
