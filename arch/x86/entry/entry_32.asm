; SPDX-License-Identifier: MIT
; Interrupt and exception entry for i386 (2-level and PAE).
;
; One stub per vector pushes a dummy error code where the CPU pushes none
; (so every frame has the same shape), then the vector, and jumps to the
; common path, which saves the registers into a struct pt_regs
; (arch/x86/include/asm/ptrace.h) and calls do_interrupt(regs).

bits 32

extern do_interrupt
global idt_stubs
global exception_catch_resume
extern exception_catch_innermost
extern longjmp

KERNEL_DS equ 0x10
KERNEL_PERCPU equ 0x38		; GDT_ENTRY_PERCPU: this CPU's area (asm/percpu.h)

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
	pushad
	push ds
	push es
	push fs
	push gs
	mov ax, KERNEL_DS
	mov ds, ax
	mov es, ax
	mov ax, KERNEL_PERCPU		; user mode may have changed FS
	mov fs, ax
	mov eax, esp
	push eax			; struct pt_regs *
	call do_interrupt
	add esp, 4
	pop gs
	pop fs
	pop es
	pop ds
	popad
	add esp, 8			; vector and error code
	iretd

; A caught exception resumes here, on the stack of the code that faulted:
; longjmp back to where the innermost catch was armed (kernel/exception.c).
exception_catch_resume:
	call exception_catch_innermost
	push 1
	push eax
	push 0				; no return address: longjmp never returns
	jmp longjmp

section .note.GNU-stack noalloc noexec nowrite progbits
