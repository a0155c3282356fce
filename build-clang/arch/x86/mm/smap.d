build-clang/arch/x86/mm/smap.o: arch/x86/mm/smap.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/smap.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/traps.h include/kernel/cmdline.h \
  include/kernel/ksyms.h include/kernel/pgtable.h \
  arch/x86/include/asm/pgtable.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/pgtable-5level.h include/kernel/printk.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/smap.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/traps.h:

include/kernel/cmdline.h:

include/kernel/ksyms.h:

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/pgtable-5level.h:

include/kernel/printk.h:
