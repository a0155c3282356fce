build-clang/x86_64/arch/x86/kernel/process.o: arch/x86/kernel/process.c \
  arch/x86/include/asm/desc.h arch/x86/include/asm/segment.h \
  include/kernel/compiler.h include/kernel/types.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/processor.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  include/kernel/list.h

arch/x86/include/asm/desc.h:

arch/x86/include/asm/segment.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/processor.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

include/kernel/list.h:
