build-clang/i386/boot/trampoline.o : boot/trampoline.asm

boot/trampoline.asm :

