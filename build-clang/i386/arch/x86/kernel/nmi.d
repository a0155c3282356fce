build-clang/i386/arch/x86/kernel/nmi.o: arch/x86/kernel/nmi.c \
  arch/x86/include/asm/extable.h include/kernel/types.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/errno.h include/kernel/nmi.h include/kernel/preempt.h

arch/x86/include/asm/extable.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/errno.h:

include/kernel/nmi.h:

include/kernel/preempt.h:
