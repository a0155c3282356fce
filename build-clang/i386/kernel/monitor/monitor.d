build-clang/i386/kernel/monitor/monitor.o: kernel/monitor/monitor.c \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/ptrace.h include/kernel/console.h \
  include/kernel/errno.h include/kernel/readline.h \
  include/kernel/string.h kernel/monitor/monitor.h \
  include/kernel/monitor.h include/kernel/printk.h

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/ptrace.h:

include/kernel/console.h:

include/kernel/errno.h:

include/kernel/readline.h:

include/kernel/string.h:

kernel/monitor/monitor.h:

include/kernel/monitor.h:

include/kernel/printk.h:
