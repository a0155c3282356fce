build-clang/i386/tests/kernel/bootinfo_test.o: \
  tests/kernel/bootinfo_test.c include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/types.h include/kernel/ktest.h \
  include/kernel/compiler.h arch/x86/include/asm/setjmp.h \
  include/kernel/exception.h include/kernel/monitor.h \
  include/kernel/string.h

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/types.h:

include/kernel/ktest.h:

include/kernel/compiler.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/monitor.h:

include/kernel/string.h:
