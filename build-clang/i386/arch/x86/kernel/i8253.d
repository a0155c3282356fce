build-clang/i386/arch/x86/kernel/i8253.o: arch/x86/kernel/i8253.c \
  arch/x86/include/asm/i8253.h arch/x86/include/asm/io.h \
  include/kernel/types.h include/kernel/delay.h include/kernel/time.h

arch/x86/include/asm/i8253.h:

arch/x86/include/asm/io.h:

include/kernel/types.h:

include/kernel/delay.h:

include/kernel/time.h:
