build-clang/x86_64/kernel/exception.o: kernel/exception.c \
  include/kernel/exception.h arch/x86/include/asm/setjmp.h \
  include/kernel/types.h include/kernel/panic.h \
  include/kernel/compiler.h include/kernel/sched.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/percpu.h \
  arch/x86/include/asm/processor.h include/kernel/list.h

include/kernel/exception.h:

arch/x86/include/asm/setjmp.h:

include/kernel/types.h:

include/kernel/panic.h:

include/kernel/compiler.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/processor.h:

include/kernel/list.h:
