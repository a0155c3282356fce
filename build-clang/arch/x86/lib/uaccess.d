build-clang/arch/x86/lib/uaccess.o: arch/x86/lib/uaccess.c \
  arch/x86/include/asm/extable.h include/kernel/types.h \
  arch/x86/include/asm/smap.h arch/x86/include/asm/ptrace.h \
  arch/x86/include/asm/uaccess.h include/kernel/errno.h \
  include/kernel/pgtable.h arch/x86/include/asm/pgtable.h \
  arch/x86/include/asm/page.h arch/x86/include/asm/paravirt.h \
  arch/x86/include/asm/pgtable_types.h arch/x86/include/asm/processor.h \
  include/kernel/compiler.h arch/x86/include/asm/setup.h \
  arch/x86/include/asm/pgtable-5level.h

arch/x86/include/asm/extable.h:

include/kernel/types.h:

arch/x86/include/asm/smap.h:

arch/x86/include/asm/ptrace.h:

arch/x86/include/asm/uaccess.h:

include/kernel/errno.h:

include/kernel/pgtable.h:

arch/x86/include/asm/pgtable.h:

arch/x86/include/asm/page.h:

arch/x86/include/asm/paravirt.h:

arch/x86/include/asm/pgtable_types.h:

arch/x86/include/asm/processor.h:

include/kernel/compiler.h:

arch/x86/include/asm/setup.h:

arch/x86/include/asm/pgtable-5level.h:
