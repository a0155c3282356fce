/* SPDX-License-Identifier: MIT */
/*
 * Kernel setjmp/longjmp (arch/x86/lib/setjmp_{32,64}.asm): saves the
 * callee-saved registers, the stack pointer and the return address.
 */
#ifndef ASM_SETJMP_H
#define ASM_SETJMP_H

/* 32-bit: ebx esi edi ebp esp eip; 64-bit: rbx rbp r12-r15 rsp rip. */
typedef unsigned long jmp_buf[8];

int setjmp(jmp_buf env) __attribute__((returns_twice));
__attribute__((noreturn)) void longjmp(jmp_buf env, int val);

#endif
