build-clang/kernel/cmdline.o: kernel/cmdline.c include/kernel/cmdline.h \
  include/kernel/types.h include/kernel/compiler.h

include/kernel/cmdline.h:

include/kernel/types.h:

include/kernel/compiler.h:
