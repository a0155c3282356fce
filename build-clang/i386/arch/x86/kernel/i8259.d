build-clang/i386/arch/x86/kernel/i8259.o: arch/x86/kernel/i8259.c \
  arch/x86/include/asm/i8259.h include/kernel/types.h \
  arch/x86/include/asm/io.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h

arch/x86/include/asm/i8259.h:

include/kernel/types.h:

arch/x86/include/asm/io.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:
