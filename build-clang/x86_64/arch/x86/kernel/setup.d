build-clang/x86_64/arch/x86/kernel/setup.o: arch/x86/kernel/setup.c \
  arch/x86/include/asm/boot.h include/kernel/types.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  arch/x86/include/asm/traps.h arch/x86/include/asm/ptrace.h \
  include/kernel/bootinfo.h include/kernel/memmap.h \
  include/kernel/memblock.h include/kernel/printk.h

arch/x86/include/asm/boot.h:

include/kernel/types.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/memblock.h:

include/kernel/printk.h:
