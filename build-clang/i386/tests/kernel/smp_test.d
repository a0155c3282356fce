build-clang/i386/tests/kernel/smp_test.o: tests/kernel/smp_test.c \
  arch/x86/include/asm/acpi.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/apic.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/segment.h arch/x86/include/asm/smp.h \
  arch/x86/include/asm/traps.h arch/x86/include/asm/ptrace.h \
  include/kernel/bootinfo.h include/kernel/memmap.h \
  include/kernel/cmdline.h include/kernel/errno.h include/kernel/ktest.h \
  arch/x86/include/asm/setjmp.h include/kernel/exception.h \
  include/kernel/string.h

arch/x86/include/asm/acpi.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/apic.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/segment.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/cmdline.h:

include/kernel/errno.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/string.h:
