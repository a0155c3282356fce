build-clang/i386/kernel/debug_break.o: kernel/debug_break.c \
  include/kernel/cmdline.h include/kernel/types.h \
  include/kernel/debug_break.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h include/kernel/printk.h \
  include/kernel/string.h

include/kernel/cmdline.h:

include/kernel/types.h:

include/kernel/debug_break.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/printk.h:

include/kernel/string.h:
