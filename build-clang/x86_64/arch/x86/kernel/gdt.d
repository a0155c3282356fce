build-clang/x86_64/arch/x86/kernel/gdt.o: arch/x86/kernel/gdt.c \
  arch/x86/include/asm/desc.h arch/x86/include/asm/segment.h \
  include/kernel/compiler.h include/kernel/types.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/processor.h \
  include/kernel/list.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h include/kernel/panic.h \
  include/kernel/string.h

arch/x86/include/asm/desc.h:

arch/x86/include/asm/segment.h:

include/kernel/compiler.h:

include/kernel/types.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/processor.h:

include/kernel/list.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

include/kernel/panic.h:

include/kernel/string.h:
