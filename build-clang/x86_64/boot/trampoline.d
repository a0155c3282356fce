build-clang/x86_64/boot/trampoline.o : boot/trampoline.asm

boot/trampoline.asm :

