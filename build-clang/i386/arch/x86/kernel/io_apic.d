build-clang/i386/arch/x86/kernel/io_apic.o: arch/x86/kernel/io_apic.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/io_apic.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h include/kernel/cmdline.h \
  include/kernel/errno.h include/kernel/printk.h include/kernel/string.h \
  include/kernel/vmalloc.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/gfp.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  arch/x86/include/asm/percpu.h include/kernel/vmap_area.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/io_apic.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

include/kernel/cmdline.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/string.h:

include/kernel/vmalloc.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/gfp.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

arch/x86/include/asm/percpu.h:

include/kernel/vmap_area.h:
