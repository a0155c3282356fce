build-clang/i386/arch/x86/kernel/qemu.o: arch/x86/kernel/qemu.c \
  arch/x86/include/asm/io.h include/kernel/types.h \
  include/kernel/bochs.h include/kernel/qemu.h include/kernel/compiler.h

arch/x86/include/asm/io.h:

include/kernel/types.h:

include/kernel/bochs.h:

include/kernel/qemu.h:

include/kernel/compiler.h:
