build-clang/x86_64/kernel/crash.o: kernel/crash.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h include/kernel/crash.h include/kernel/panic.h \
  include/kernel/printk.h include/kernel/string.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

include/kernel/crash.h:

include/kernel/panic.h:

include/kernel/printk.h:

include/kernel/string.h:
