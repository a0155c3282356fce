build-clang/i386/arch/x86/entry/switch_32.o : \
  arch/x86/entry/switch_32.asm

arch/x86/entry/switch_32.asm :

