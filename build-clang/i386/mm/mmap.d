build-clang/i386/mm/mmap.o: mm/mmap.c arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/types.h \
  include/kernel/errno.h include/kernel/highmem.h \
  include/kernel/mm_types.h include/kernel/list.h \
  include/kernel/compiler.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/processor.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/printk.h include/kernel/string.h

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/types.h:

include/kernel/errno.h:

include/kernel/highmem.h:

include/kernel/mm_types.h:

include/kernel/list.h:

include/kernel/compiler.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/printk.h:

include/kernel/string.h:
