build-clang/i386/kernel/monitor/system.o: kernel/monitor/system.c \
  arch/x86/include/asm/io.h include/kernel/types.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/setup.h include/kernel/bench.h \
  include/kernel/debug_break.h include/kernel/errno.h \
  include/kernel/fault.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/mm.h include/kernel/list.h include/kernel/spinlock.h \
  include/kernel/lockdep.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/qemu.h include/kernel/version.h \
  kernel/monitor/monitor.h include/kernel/monitor.h \
  include/kernel/printk.h

arch/x86/include/asm/io.h:

include/kernel/types.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/setup.h:

include/kernel/bench.h:

include/kernel/debug_break.h:

include/kernel/errno.h:

include/kernel/fault.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/mm.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/lockdep.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/qemu.h:

include/kernel/version.h:

kernel/monitor/monitor.h:

include/kernel/monitor.h:

include/kernel/printk.h:
