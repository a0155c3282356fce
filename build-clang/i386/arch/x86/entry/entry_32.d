build-clang/i386/arch/x86/entry/entry_32.o : \
  arch/x86/entry/entry_32.asm

arch/x86/entry/entry_32.asm :

