build-clang/tests/kernel/fault_inject_test.o: \
  tests/kernel/fault_inject_test.c include/kernel/errno.h \
  include/kernel/fault_inject.h include/kernel/gfp.h \
  include/kernel/types.h include/kernel/ktest.h \
  include/kernel/compiler.h arch/x86/include/asm/setjmp.h \
  include/kernel/exception.h include/kernel/leak_check.h \
  include/kernel/mm.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/kpgd_origin.h include/kernel/pgtable.h \
  include/kernel/list.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/ptrace.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/page_alloc.h \
  include/kernel/mm_types.h include/kernel/sched.h include/kernel/slab.h \
  include/kernel/user.h include/kernel/vmalloc.h \
  include/kernel/vmap_area.h tests/kernel/user_probe.h \
  tests/kernel/vm_check.h tests/kernel/vm_slots.h \
  arch/x86/include/asm/tlbflush.h include/kernel/task_stack.h

include/kernel/errno.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/types.h:

include/kernel/ktest.h:

include/kernel/compiler.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/leak_check.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/setup.h:

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

include/kernel/page_alloc.h:

include/kernel/mm_types.h:

include/kernel/sched.h:

include/kernel/slab.h:

include/kernel/user.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:

tests/kernel/user_probe.h:

tests/kernel/vm_check.h:

tests/kernel/vm_slots.h:

arch/x86/include/asm/tlbflush.h:

include/kernel/task_stack.h:
