build-clang/i386/arch/x86/kernel/idt.o: arch/x86/kernel/idt.c \
  arch/x86/include/asm/desc.h arch/x86/include/asm/segment.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/traps.h arch/x86/include/asm/ptrace.h \
  include/kernel/syscall.h

arch/x86/include/asm/desc.h:

arch/x86/include/asm/segment.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/syscall.h:
