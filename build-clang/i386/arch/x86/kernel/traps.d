build-clang/i386/arch/x86/kernel/traps.o: arch/x86/kernel/traps.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/extable.h arch/x86/include/asm/irq.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/traps.h \
  include/kernel/debug_break.h include/kernel/exception.h \
  arch/x86/include/asm/setjmp.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h include/kernel/lockdep.h \
  include/kernel/preempt.h include/kernel/mmap.h include/kernel/nmi.h \
  include/kernel/sched.h include/kernel/panic.h include/kernel/printk.h \
  include/kernel/task_stack.h arch/x86/include/asm/smap.h \
  include/kernel/syscall.h include/kernel/user.h \
  include/kernel/vmalloc.h include/kernel/gfp.h \
  include/kernel/vmap_area.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/extable.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/traps.h:

include/kernel/debug_break.h:

include/kernel/exception.h:

arch/x86/include/asm/setjmp.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/nmi.h:

include/kernel/sched.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/task_stack.h:

arch/x86/include/asm/smap.h:

include/kernel/syscall.h:

include/kernel/user.h:

include/kernel/vmalloc.h:

include/kernel/gfp.h:

include/kernel/vmap_area.h:
