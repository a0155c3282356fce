build-clang/i386/mm/vmalloc_purge.o: mm/vmalloc_purge.c \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/tlbflush.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  include/kernel/cmdline.h include/kernel/ksyms.h \
  include/kernel/preempt.h include/kernel/printk.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  include/kernel/list.h include/kernel/slab.h include/kernel/gfp.h \
  include/kernel/smp.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/ptrace.h \
  include/kernel/lockdep.h include/kernel/string.h \
  include/kernel/vmalloc.h include/kernel/vmap_area.h \
  mm/vmalloc_internal.h

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/cmdline.h:

include/kernel/ksyms.h:

include/kernel/preempt.h:

include/kernel/printk.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

include/kernel/list.h:

include/kernel/slab.h:

include/kernel/gfp.h:

include/kernel/smp.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/string.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:

mm/vmalloc_internal.h:
