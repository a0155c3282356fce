build-clang/i386/tests/kernel/ptdump_test.o: tests/kernel/ptdump_test.c \
  arch/x86/include/asm/layout.h arch/x86/include/asm/page.h \
  include/kernel/types.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/tlbflush.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/memblock.h include/kernel/memmap.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/ptrace.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/gfp.h \
  include/kernel/mm_types.h include/kernel/ptdump.h \
  include/kernel/vmalloc.h include/kernel/vmap_area.h

arch/x86/include/asm/layout.h:

arch/x86/include/asm/page.h:

include/kernel/types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/memblock.h:

include/kernel/memmap.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

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

include/kernel/ptdump.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:
