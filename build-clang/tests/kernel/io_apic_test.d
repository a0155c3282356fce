build-clang/tests/kernel/io_apic_test.o: tests/kernel/io_apic_test.c \
  arch/x86/include/asm/apic.h include/kernel/types.h \
  arch/x86/include/asm/i8259.h arch/x86/include/asm/io_apic.h \
  arch/x86/include/asm/irq.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/percpu.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/cmdline.h \
  include/kernel/errno.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/slab.h include/kernel/gfp.h include/kernel/string.h

arch/x86/include/asm/apic.h:

include/kernel/types.h:

arch/x86/include/asm/i8259.h:

arch/x86/include/asm/io_apic.h:

arch/x86/include/asm/irq.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/cmdline.h:

include/kernel/errno.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/slab.h:

include/kernel/gfp.h:

include/kernel/string.h:
