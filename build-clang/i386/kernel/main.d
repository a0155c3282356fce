build-clang/i386/kernel/main.o: kernel/main.c arch/x86/include/asm/apic.h \
  include/kernel/types.h arch/x86/include/asm/boot.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/smap.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/bench.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/cmdline.h \
  include/kernel/console.h include/kernel/crash.h \
  include/kernel/debug_break.h include/kernel/fault.h \
  include/kernel/fault_inject.h include/kernel/gfp.h \
  include/kernel/ktest.h arch/x86/include/asm/setjmp.h \
  include/kernel/exception.h include/kernel/leak_check.h \
  include/kernel/lockdep.h include/kernel/mm.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h include/kernel/kpgd_origin.h \
  include/kernel/pgtable.h include/kernel/list.h \
  include/kernel/spinlock.h include/kernel/preempt.h \
  include/kernel/mmap.h include/kernel/monitor.h \
  include/kernel/multiboot.h include/kernel/nmi.h \
  include/kernel/page_alloc.h include/kernel/mm_types.h \
  include/kernel/panic.h include/kernel/pf_trace.h \
  include/kernel/printk.h include/kernel/ptdump.h \
  arch/x86/include/asm/layout.h include/kernel/qemu.h \
  include/kernel/sched.h include/kernel/string.h include/kernel/time.h \
  include/kernel/version.h include/kernel/vmalloc.h \
  include/kernel/vmap_area.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/boot.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/smap.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/bench.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/cmdline.h:

include/kernel/console.h:

include/kernel/crash.h:

include/kernel/debug_break.h:

include/kernel/fault.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/leak_check.h:

include/kernel/lockdep.h:

include/kernel/mm.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

include/kernel/kpgd_origin.h:

include/kernel/pgtable.h:

include/kernel/list.h:

include/kernel/spinlock.h:

include/kernel/preempt.h:

include/kernel/mmap.h:

include/kernel/monitor.h:

include/kernel/multiboot.h:

include/kernel/nmi.h:

include/kernel/page_alloc.h:

include/kernel/mm_types.h:

include/kernel/panic.h:

include/kernel/pf_trace.h:

include/kernel/printk.h:

include/kernel/ptdump.h:

arch/x86/include/asm/layout.h:

include/kernel/qemu.h:

include/kernel/sched.h:

include/kernel/string.h:

include/kernel/time.h:

include/kernel/version.h:

include/kernel/vmalloc.h:

include/kernel/vmap_area.h:
