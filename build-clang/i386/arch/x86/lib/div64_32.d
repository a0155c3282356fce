build-clang/i386/arch/x86/lib/div64_32.o: arch/x86/lib/div64_32.c \
  include/kernel/types.h

include/kernel/types.h:
