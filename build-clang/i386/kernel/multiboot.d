build-clang/i386/kernel/multiboot.o: kernel/multiboot.c \
  include/kernel/multiboot.h include/kernel/bootinfo.h \
  include/kernel/memmap.h include/kernel/types.h \
  include/kernel/compiler.h include/kernel/printk.h \
  include/kernel/string.h

include/kernel/multiboot.h:

include/kernel/bootinfo.h:

include/kernel/memmap.h:

include/kernel/types.h:

include/kernel/compiler.h:

include/kernel/printk.h:

include/kernel/string.h:
