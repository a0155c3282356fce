build-clang/kernel/bench.o: kernel/bench.c arch/x86/include/asm/io.h \
  include/kernel/types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/extable.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/tlbflush.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/bench.h \
  include/kernel/errno.h include/kernel/fault.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  include/kernel/kpgd_origin.h include/kernel/pgtable.h \
  include/kernel/list.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/qemu.h include/kernel/slab.h \
  include/kernel/string.h include/kernel/version.h \
  include/kernel/vmalloc.h include/kernel/vmap_area.h

arch/x86/include/asm/io.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/extable.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/bench.h:

include/kernel/errno.h:

include/kernel/fault.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/gfp.h:

include/kernel/mm_types.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/qemu.h:

include/kernel/slab.h:

include/kernel/string.h:

include/kernel/version.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:
