build-clang/i386/mm/memblock.o: mm/memblock.c arch/x86/include/asm/page.h \
  include/kernel/types.h include/kernel/compiler.h \
  include/kernel/memblock.h include/kernel/memmap.h \
  include/kernel/panic.h include/kernel/printk.h include/kernel/string.h

arch/x86/include/asm/page.h:

include/kernel/types.h:

include/kernel/compiler.h:

include/kernel/memblock.h:

include/kernel/memmap.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/string.h:
