; SPDX-License-Identifier: MIT
; Interrupt and exception entry for x86_64.
;
; One stub per vector pushes a dummy error code where the CPU pushes none
; (so every frame has the same shape), then the vector, and jumps to the
; common path, which saves the general registers into a struct pt_regs
; (arch/x86/include/asm/ptrace.h) and calls do_interrupt(regs).

bits 64
default rel

extern do_interrupt
global idt_stubs
global exception_catch_resume
extern exception_catch_innermost
extern longjmp

; Vectors where the CPU pushes an error code (SDM Vol. 3A, 6.13).
%define HAS_ERROR_CODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

STUB_SIZE equ 16

section .text
align 16
idt_stubs:
%assign v 0
%rep 256
	align STUB_SIZE
%if !HAS_ERROR_CODE(v)
	push 0
%endif
	push v
	jmp interrupt_common
%assign v v + 1
%endrep

interrupt_common:
	cld
	push rax
	push rbx
	push rcx
	push rdx
	push rsi
	push rdi
	push rbp
	push r8
	push r9
	push r10
	push r11
	push r12
	push r13
	push r14
	push r15
	mov rdi, rsp
	; Align the stack for C; the frame pointer links the trace to the trapped code.
	mov rbp, rsp
	and rsp, -16
	call do_interrupt
	mov rsp, rbp
	pop r15
	pop r14
	pop r13
	pop r12
	pop r11
	pop r10
	pop r9
	pop r8
	pop rbp
	pop rdi
	pop rsi
	pop rdx
	pop rcx
	pop rbx
	pop rax
	add rsp, 16			; vector and error code
	iretq

; A caught exception resumes here, on the stack of the code that faulted:
; longjmp back to where the innermost catch was armed (kernel/exception.c).
exception_catch_resume:
	and rsp, -16
	call exception_catch_innermost
	mov rdi, rax
	mov esi, 1
	jmp longjmp

section .note.GNU-stack noalloc noexec nowrite progbits
