build-clang/x86_64/arch/x86/lib/setjmp_64.o : \
  arch/x86/lib/setjmp_64.asm

arch/x86/lib/setjmp_64.asm :

