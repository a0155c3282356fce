build-clang/arch/x86/entry/entry_64.o : \
  arch/x86/entry/entry_64.asm

arch/x86/entry/entry_64.asm :

