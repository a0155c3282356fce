build-clang/arch/x86/kernel/bochs.o: arch/x86/kernel/bochs.c \
  arch/x86/include/asm/io.h include/kernel/types.h \
  include/kernel/bochs.h

arch/x86/include/asm/io.h:

include/kernel/types.h:

include/kernel/bochs.h:
