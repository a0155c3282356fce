build-clang/i386/boot/head_32.o : boot/head_32.asm

boot/head_32.asm :

