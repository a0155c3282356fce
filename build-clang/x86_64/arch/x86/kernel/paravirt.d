build-clang/x86_64/arch/x86/kernel/paravirt.o: arch/x86/kernel/paravirt.c \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  include/kernel/types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-5level.h arch/x86/include/asm/tlbflush.h \
  arch/x86/include/asm/smp.h arch/x86/include/asm/percpu.h \
  include/kernel/printk.h include/kernel/string.h

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

include/kernel/types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

arch/x86/include/asm/tlbflush.h:

arch/x86/include/asm/smp.h:

arch/x86/include/asm/percpu.h:

include/kernel/printk.h:

include/kernel/string.h:
