build-clang/x86_64/lib/string.o: lib/string.c include/kernel/string.h \
  include/kernel/types.h

include/kernel/string.h:

include/kernel/types.h:
