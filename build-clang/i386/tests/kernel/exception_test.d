build-clang/i386/tests/kernel/exception_test.o: \
  tests/kernel/exception_test.c arch/x86/include/asm/extable.h \
  include/kernel/types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/exception.h \
  arch/x86/include/asm/setjmp.h include/kernel/ksyms.h \
  include/kernel/ktest.h include/kernel/string.h

arch/x86/include/asm/extable.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/exception.h:

arch/x86/include/asm/setjmp.h:

include/kernel/ksyms.h:

include/kernel/ktest.h:

include/kernel/string.h:
