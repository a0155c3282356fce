build-clang/x86_64/arch/x86/kernel/dumpstack.o: \
  arch/x86/kernel/dumpstack.c arch/x86/include/asm/extable.h \
  include/kernel/types.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  arch/x86/include/asm/traps.h arch/x86/include/asm/ptrace.h \
  include/kernel/ksyms.h include/kernel/printk.h

arch/x86/include/asm/extable.h:

include/kernel/types.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/ksyms.h:

include/kernel/printk.h:
