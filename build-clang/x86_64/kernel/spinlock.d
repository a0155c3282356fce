build-clang/x86_64/kernel/spinlock.o: kernel/spinlock.c \
  arch/x86/include/asm/setup.h include/kernel/types.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/compiler.h include/kernel/cmdline.h \
  include/kernel/printk.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/string.h

arch/x86/include/asm/setup.h:

include/kernel/types.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

include/kernel/cmdline.h:

include/kernel/printk.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/string.h:
