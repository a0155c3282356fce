build-clang/i386/tests/kernel/boot_test.o: tests/kernel/boot_test.c \
  arch/x86/include/asm/boot.h include/kernel/types.h \
  arch/x86/include/asm/desc.h arch/x86/include/asm/segment.h \
  include/kernel/compiler.h arch/x86/include/asm/layout.h \
  arch/x86/include/asm/page.h include/kernel/pgtable.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-2level.h \
  include/asm-generic/pgtable-nopmd.h \
  include/asm-generic/pgtable-nopud.h \
  include/asm-generic/pgtable-nop4d.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/cmdline.h \
  include/kernel/ktest.h arch/x86/include/asm/setjmp.h \
  include/kernel/exception.h include/kernel/string.h \
  include/kernel/version.h

arch/x86/include/asm/boot.h:

include/kernel/types.h:

arch/x86/include/asm/desc.h:

arch/x86/include/asm/segment.h:

include/kernel/compiler.h:

arch/x86/include/asm/layout.h:

arch/x86/include/asm/page.h:

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-2level.h:

include/asm-generic/pgtable-nopmd.h:

include/asm-generic/pgtable-nopud.h:

include/asm-generic/pgtable-nop4d.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/cmdline.h:

include/kernel/ktest.h:

arch/x86/include/asm/setjmp.h:

include/kernel/exception.h:

include/kernel/string.h:

include/kernel/version.h:
