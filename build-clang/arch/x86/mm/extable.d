build-clang/arch/x86/mm/extable.o: arch/x86/mm/extable.c \
  arch/x86/include/asm/extable.h include/kernel/types.h

arch/x86/include/asm/extable.h:

include/kernel/types.h:
