build-clang/arch/x86/kernel/apic.o: arch/x86/kernel/apic.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/percpu.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/smp.h \
  include/kernel/errno.h include/kernel/printk.h include/kernel/smp.h \
  include/kernel/spinlock.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/vmalloc.h \
  arch/x86/include/asm/pgtable_types.h include/kernel/gfp.h \
  include/kernel/vmap_area.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/smp.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/smp.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/vmalloc.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/gfp.h:

include/kernel/vmap_area.h:
