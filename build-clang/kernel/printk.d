build-clang/kernel/printk.o: kernel/printk.c include/kernel/console.h \
  include/kernel/types.h include/kernel/printk.h \
  include/kernel/compiler.h

include/kernel/console.h:

include/kernel/types.h:

include/kernel/printk.h:

include/kernel/compiler.h:
