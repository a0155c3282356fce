build-clang/x86_64/tests/kernel/vmalloc_test.o: \
  tests/kernel/vmalloc_test.c arch/x86/include/asm/tlbflush.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/fault_inject.h \
  include/kernel/gfp.h include/kernel/highmem.h \
  include/kernel/mm_types.h include/kernel/list.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/mm.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-5level.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/slab.h \
  include/kernel/string.h include/kernel/vmalloc.h \
  include/kernel/vmap_area.h tests/kernel/vm_check.h

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/highmem.h:

include/kernel/mm_types.h:

include/kernel/list.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/slab.h:

include/kernel/string.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:

tests/kernel/vm_check.h:
