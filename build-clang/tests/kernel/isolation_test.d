build-clang/tests/kernel/isolation_test.o: tests/kernel/isolation_test.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/smap.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/uaccess.h include/kernel/errno.h \
  include/kernel/fault.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/fault_inject.h \
  include/kernel/gfp.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/leak_check.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  include/kernel/kpgd_origin.h include/kernel/pgtable.h \
  include/kernel/list.h include/kernel/spinlock.h \
  arch/x86/include/asm/irq.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h \
  include/kernel/page_alloc.h include/kernel/mm_types.h \
  include/kernel/sched.h include/kernel/syscall.h include/kernel/user.h \
  include/kernel/vmalloc.h include/kernel/vmap_area.h \
  tests/kernel/user_probe.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/smap.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/uaccess.h:

include/kernel/errno.h:

include/kernel/fault.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/leak_check.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

arch/x86/include/asm/irq.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/page_alloc.h:

include/kernel/mm_types.h:

include/kernel/sched.h:

include/kernel/syscall.h:

include/kernel/user.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:

tests/kernel/user_probe.h:
