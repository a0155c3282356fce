build-clang/arch/x86/mm/wx.o: arch/x86/mm/wx.c \
  arch/x86/include/asm/layout.h arch/x86/include/asm/page.h \
  include/kernel/types.h arch/x86/include/asm/setup.h \
  include/kernel/mm.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/pgtable-5level.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/ptdump.h

arch/x86/include/asm/layout.h:

arch/x86/include/asm/page.h:

include/kernel/types.h:

arch/x86/include/asm/setup.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/ptdump.h:
