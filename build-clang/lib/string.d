build-clang/lib/string.o: lib/string.c include/kernel/string.h \
  include/kernel/types.h

include/kernel/string.h:

include/kernel/types.h:
