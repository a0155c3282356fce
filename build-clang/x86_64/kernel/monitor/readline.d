build-clang/x86_64/kernel/monitor/readline.o: kernel/monitor/readline.c \
  include/kernel/readline.h include/kernel/types.h \
  include/kernel/string.h

include/kernel/readline.h:

include/kernel/types.h:

include/kernel/string.h:
