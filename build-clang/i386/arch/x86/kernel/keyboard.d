build-clang/i386/arch/x86/kernel/keyboard.o: arch/x86/kernel/keyboard.c \
  arch/x86/include/asm/io.h include/kernel/types.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  include/kernel/console.h

arch/x86/include/asm/io.h:

include/kernel/types.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

include/kernel/console.h:
