build-clang/boot/head_64.o : boot/head_64.asm

boot/head_64.asm :

