build-clang/x86_64/kernel/ksyms.o: kernel/ksyms.c include/kernel/ksyms.h \
  include/kernel/types.h include/kernel/printk.h \
  include/kernel/compiler.h include/kernel/string.h

include/kernel/ksyms.h:

include/kernel/types.h:

include/kernel/printk.h:

include/kernel/compiler.h:

include/kernel/string.h:
