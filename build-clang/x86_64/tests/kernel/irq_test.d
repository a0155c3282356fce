build-clang/x86_64/tests/kernel/irq_test.o: tests/kernel/irq_test.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/i8253.h arch/x86/include/asm/i8259.h \
  arch/x86/include/asm/io.h arch/x86/include/asm/io_apic.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/segment.h \
  include/kernel/errno.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/nmi.h arch/x86/include/asm/smp.h \
  include/kernel/preempt.h include/kernel/time.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/i8253.h:

arch/x86/include/asm/i8259.h:

arch/x86/include/asm/io.h:

arch/x86/include/asm/io_apic.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/segment.h:

include/kernel/errno.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/nmi.h:

arch/x86/include/asm/smp.h:

include/kernel/preempt.h:

include/kernel/time.h:
