build-clang/i386/arch/x86/lib/setjmp_32.o : \
  arch/x86/lib/setjmp_32.asm

arch/x86/lib/setjmp_32.asm :

