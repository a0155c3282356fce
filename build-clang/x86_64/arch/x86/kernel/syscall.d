build-clang/x86_64/arch/x86/kernel/syscall.o: arch/x86/kernel/syscall.c \
  arch/x86/include/asm/uaccess.h include/kernel/types.h \
  arch/x86/include/asm/ptrace.h include/kernel/errno.h \
  include/kernel/printk.h include/kernel/compiler.h \
  include/kernel/sched.h arch/x86/include/asm/page.h \
  arch/x86/include/asm/percpu.h arch/x86/include/asm/processor.h \
  include/kernel/list.h include/kernel/syscall.h include/kernel/time.h

arch/x86/include/asm/uaccess.h:

include/kernel/types.h:

arch/x86/include/asm/ptrace.h:

include/kernel/errno.h:

include/kernel/printk.h:

include/kernel/compiler.h:

include/kernel/sched.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/percpu.h:

arch/x86/include/asm/processor.h:

include/kernel/list.h:

include/kernel/syscall.h:

include/kernel/time.h:
