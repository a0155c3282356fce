build-clang/x86_64/arch/x86/kernel/irq.o: arch/x86/kernel/irq.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/i8259.h arch/x86/include/asm/io.h \
  arch/x86/include/asm/io_apic.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/errno.h include/kernel/printk.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/i8259.h:

arch/x86/include/asm/io.h:

arch/x86/include/asm/io_apic.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/errno.h:

include/kernel/printk.h:
