build-clang/x86_64/kernel/bench_smp.o: kernel/bench_smp.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/tlbflush.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/bench.h include/kernel/printk.h include/kernel/sched.h \
  arch/x86/include/asm/page.h include/kernel/list.h \
  include/kernel/time.h include/kernel/version.h \
  include/kernel/vmalloc.h include/kernel/gfp.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/vmap_area.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/bench.h:

include/kernel/printk.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

include/kernel/list.h:

include/kernel/time.h:

include/kernel/version.h:

include/kernel/vmalloc.h:

include/kernel/gfp.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/vmap_area.h:
