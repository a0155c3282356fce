build-clang/arch/x86/kernel/smpboot.o: arch/x86/kernel/smpboot.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/desc.h arch/x86/include/asm/segment.h \
  include/kernel/compiler.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  arch/x86/include/asm/traps.h include/kernel/cmdline.h \
  include/kernel/delay.h include/kernel/memblock.h \
  include/kernel/memmap.h include/kernel/mm.h \
  include/kernel/kpgd_origin.h include/kernel/pgtable.h \
  include/kernel/list.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/printk.h include/kernel/sched.h \
  include/kernel/slab.h include/kernel/gfp.h include/kernel/string.h \
  include/kernel/task_stack.h include/kernel/time.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/desc.h:

arch/x86/include/asm/segment.h:

include/kernel/compiler.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/traps.h:

include/kernel/cmdline.h:

include/kernel/delay.h:

include/kernel/memblock.h:

include/kernel/memmap.h:

include/kernel/mm.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/printk.h:

include/kernel/sched.h:

include/kernel/slab.h:

include/kernel/gfp.h:

include/kernel/string.h:

include/kernel/task_stack.h:

include/kernel/time.h:
