build-clang/x86_64/arch/x86/mm/pf_trace.o: arch/x86/mm/pf_trace.c \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-5level.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/errno.h \
  include/kernel/page_alloc.h include/kernel/gfp.h include/kernel/list.h \
  include/kernel/mm_types.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/pf_trace.h include/kernel/smp.h \
  include/kernel/vmalloc.h include/kernel/vmap_area.h

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/errno.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/list.h:

include/kernel/mm_types.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/pf_trace.h:

include/kernel/smp.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:
