build-clang/x86_64/mm/memmap.o: mm/memmap.c include/kernel/compiler.h \
  include/kernel/memmap.h include/kernel/types.h include/kernel/printk.h

include/kernel/compiler.h:

include/kernel/memmap.h:

include/kernel/types.h:

include/kernel/printk.h:
