build-clang/arch/x86/kernel/user_traps.o: arch/x86/kernel/user_traps.c \
  arch/x86/include/asm/processor.h include/kernel/compiler.h \
  include/kernel/types.h arch/x86/include/asm/traps.h \
  arch/x86/include/asm/ptrace.h arch/x86/include/asm/uaccess.h \
  include/kernel/exception.h arch/x86/include/asm/setjmp.h \
  include/kernel/printk.h include/kernel/sched.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/percpu.h \
  include/kernel/list.h include/kernel/user.h include/kernel/mmap.h

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

include/kernel/types.h:

arch/x86/include/asm/traps.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/uaccess.h:

include/kernel/exception.h:

arch/x86/include/asm/setjmp.h:

include/kernel/printk.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/percpu.h:

include/kernel/list.h:

include/kernel/user.h:

include/kernel/mmap.h:
