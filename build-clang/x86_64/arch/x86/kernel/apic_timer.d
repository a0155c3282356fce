build-clang/x86_64/arch/x86/kernel/apic_timer.o: \
  arch/x86/kernel/apic_timer.c arch/x86/include/asm/apic.h \
  include/kernel/types.h arch/x86/include/asm/i8253.h \
  arch/x86/include/asm/percpu.h include/kernel/compiler.h \
  arch/x86/include/asm/smp.h include/kernel/printk.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/processor.h include/kernel/list.h \
  include/kernel/time.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/i8253.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

arch/x86/include/asm/smp.h:

include/kernel/printk.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/processor.h:

include/kernel/list.h:

include/kernel/time.h:
