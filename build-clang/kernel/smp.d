build-clang/kernel/smp.o: kernel/smp.c arch/x86/include/asm/apic.h \
  include/kernel/types.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/tlbflush.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/delay.h include/kernel/errno.h include/kernel/printk.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  include/kernel/list.h include/kernel/smp.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/delay.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

include/kernel/list.h:

include/kernel/smp.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:
