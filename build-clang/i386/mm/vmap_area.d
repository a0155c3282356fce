build-clang/i386/mm/vmap_area.o: mm/vmap_area.c include/kernel/compiler.h \
  include/kernel/errno.h include/kernel/printk.h include/kernel/types.h \
  include/kernel/vmap_area.h

include/kernel/compiler.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/types.h:

include/kernel/vmap_area.h:
