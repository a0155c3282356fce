build-clang/i386/tests/kernel/printk_test.o: tests/kernel/printk_test.c \
  include/kernel/ktest.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/setjmp.h \
  include/kernel/exception.h include/kernel/printk.h \
  include/kernel/string.h

include/kernel/ktest.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/printk.h:

include/kernel/string.h:
