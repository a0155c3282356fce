build-clang/i386/arch/x86/kernel/paravirt_checking.o: \
  arch/x86/kernel/paravirt_checking.c arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h include/kernel/types.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/tlbflush.h \
  include/kernel/mm.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/printk.h \
  include/kernel/pv_checking.h

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/tlbflush.h:

include/kernel/mm.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/mm_types.h:

include/kernel/printk.h:

include/kernel/pv_checking.h:
