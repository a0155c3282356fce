build-clang/x86_64/boot/head_64.o : boot/head_64.asm

boot/head_64.asm :

