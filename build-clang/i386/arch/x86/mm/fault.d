build-clang/i386/arch/x86/mm/fault.o: arch/x86/mm/fault.c \
  arch/x86/include/asm/smap.h arch/x86/include/asm/ptrace.h \
  include/kernel/types.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/compiler.h \
  arch/x86/include/asm/tlbflush.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/traps.h include/kernel/debug_break.h \
  include/kernel/fault.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/nmi.h include/kernel/pf_trace.h \
  include/kernel/printk.h include/kernel/sched.h

arch/x86/include/asm/smap.h:

arch/x86/include/asm/ptrace.h:

include/kernel/types.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/traps.h:

include/kernel/debug_break.h:

include/kernel/fault.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/nmi.h:

include/kernel/pf_trace.h:

include/kernel/printk.h:

include/kernel/sched.h:
