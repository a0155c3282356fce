build-clang/kernel/monitor/parse.o: kernel/monitor/parse.c \
  include/kernel/errno.h include/kernel/monitor.h \
  include/kernel/compiler.h include/kernel/types.h

include/kernel/errno.h:

include/kernel/monitor.h:

include/kernel/compiler.h:

include/kernel/types.h:
