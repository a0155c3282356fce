build-clang/i386/lib/vsprintf.o: lib/vsprintf.c include/kernel/printk.h \
  include/kernel/compiler.h include/kernel/types.h \
  include/kernel/string.h

include/kernel/printk.h:

include/kernel/compiler.h:

include/kernel/types.h:

include/kernel/string.h:
