build-clang/arch/x86/kernel/acpi.o: arch/x86/kernel/acpi.c \
  arch/x86/include/asm/acpi.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/io_apic.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/errno.h include/kernel/printk.h include/kernel/string.h \
  include/kernel/vmalloc.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/gfp.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/vmap_area.h

arch/x86/include/asm/acpi.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/io_apic.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/string.h:

include/kernel/vmalloc.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/gfp.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/vmap_area.h:
