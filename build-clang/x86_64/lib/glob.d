build-clang/x86_64/lib/glob.o: lib/glob.c include/kernel/string.h \
  include/kernel/types.h

include/kernel/string.h:

include/kernel/types.h:
