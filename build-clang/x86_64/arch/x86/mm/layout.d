build-clang/x86_64/arch/x86/mm/layout.o: arch/x86/mm/layout.c \
  arch/x86/include/asm/layout.h arch/x86/include/asm/page.h \
  include/kernel/types.h include/kernel/printk.h \
  include/kernel/compiler.h

arch/x86/include/asm/layout.h:

arch/x86/include/asm/page.h:

include/kernel/types.h:

include/kernel/printk.h:

include/kernel/compiler.h:
