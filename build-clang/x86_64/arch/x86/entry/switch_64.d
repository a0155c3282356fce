build-clang/x86_64/arch/x86/entry/switch_64.o : \
  arch/x86/entry/switch_64.asm

arch/x86/entry/switch_64.asm :

