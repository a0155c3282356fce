build-clang/i386/arch/x86/kernel/time.o: arch/x86/kernel/time.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/i8253.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/time.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/i8253.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/time.h:
