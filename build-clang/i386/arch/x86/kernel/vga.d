build-clang/i386/arch/x86/kernel/vga.o: arch/x86/kernel/vga.c \
  arch/x86/include/asm/boot.h include/kernel/types.h \
  arch/x86/include/asm/io.h include/kernel/console.h \
  include/kernel/string.h

arch/x86/include/asm/boot.h:

include/kernel/types.h:

arch/x86/include/asm/io.h:

include/kernel/console.h:

include/kernel/string.h:
