build-clang/i386/tests/kernel/ipi_test.o: tests/kernel/ipi_test.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/smp.h \
  include/kernel/delay.h include/kernel/errno.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/smp.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/time.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/smp.h:

include/kernel/delay.h:

include/kernel/errno.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/smp.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/time.h:
