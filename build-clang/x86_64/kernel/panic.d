build-clang/x86_64/kernel/panic.o: kernel/panic.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/qemu.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/qemu.h:
