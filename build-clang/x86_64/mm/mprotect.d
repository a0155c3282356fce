build-clang/x86_64/mm/mprotect.o: mm/mprotect.c include/kernel/errno.h \
  include/kernel/pgtable.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h include/kernel/types.h \
  arch/x86/include/asm/paravirt.h arch/x86/include/asm/pgtable_types.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/setup.h arch/x86/include/asm/pgtable-5level.h \
  mm/internal.h

include/kernel/errno.h:

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

include/kernel/types.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:

mm/internal.h:
