build-clang/i386/mm/fault_inject.o: mm/fault_inject.c \
  include/kernel/errno.h include/kernel/fault_inject.h \
  include/kernel/gfp.h include/kernel/types.h include/kernel/ksyms.h \
  include/kernel/printk.h include/kernel/compiler.h

include/kernel/errno.h:

include/kernel/fault_inject.h:

include/kernel/gfp.h:

include/kernel/types.h:

include/kernel/ksyms.h:

include/kernel/printk.h:

include/kernel/compiler.h:
