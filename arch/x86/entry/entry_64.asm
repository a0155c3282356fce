; SPDX-License-Identifier: MIT
; Interrupt and exception entry for x86_64.
;
; One stub per vector pushes a dummy error code where the CPU pushes none
; (so every frame has the same shape), then the vector, and jumps to the
; common path, which saves the general registers into a struct pt_regs
; (arch/x86/include/asm/ptrace.h) and calls do_interrupt(regs).
;
; GS, Linux's convention: in the kernel IA32_GS_BASE holds this CPU's
; per-CPU area (asm/percpu.h); while user code runs it holds the user's
; base, and IA32_KERNEL_GS_BASE the area. swapgs exchanges the two. An
; entry from ring 3 (saved CS) does swapgs before any C runs; the way out
; does it again just before iretq. The system calls come in the same way
; (int 0x80): there is no syscall/sysenter entry (EFER.SCE is off).
;
; NMI, #DF and #MC can also arrive in the kernel between an entry from
; ring 3 and its swapgs, or between the exit's swapgs and its iretq, or in
; load_gs_index (asm/processor.h): their saved CS says kernel while
; GS_BASE holds the user's base. So they read GS_BASE instead (Linux's
; paranoid_entry): a per-CPU area is kernel memory (image or direct map),
; negative as a 64-bit number, and load_percpu_segment refuses any other;
; a user base never is, since ring 3 can set it only by loading a selector
; (a 32-bit GDT base, 0 here): CR4.FSGSBASE is off, so wrgsbase is #UD,
; and there is no arch_prctl. They swap back on the way out iff they
; swapped on the way in. Maskable interrupts cannot come in either window
; (interrupt gates; the exit runs with interrupts off), and nothing else
; in the windows can fault: the frames iretq pops were pushed by the CPU
; at the entry from ring 3 or built by arch_start_task.

bits 64
default rel

extern do_interrupt
global idt_stubs
global exception_catch_resume
extern exception_catch_innermost
extern longjmp

MSR_GS_BASE	equ 0xc0000101
X86_TRAP_NMI	equ 2
X86_TRAP_DF	equ 8
X86_TRAP_MC	equ 18

; struct pt_regs, after interrupt_common's 15 pushes
PT_VECTOR	equ 15 * 8
PT_CS		equ 18 * 8

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
	; ebx (callee-saved, so it lives through do_interrupt and through any
	; task switch in it) = 1 if this entry did swapgs: the exit does too.
	xor ebx, ebx
	mov rax, [rsp + PT_VECTOR]
	cmp eax, X86_TRAP_NMI
	je .paranoid
	cmp eax, X86_TRAP_DF
	je .paranoid
	cmp eax, X86_TRAP_MC
	je .paranoid
	test byte [rsp + PT_CS], 3
	jz .gs_ready			; from the kernel: GS_BASE is the area
	jmp .swapgs
.paranoid:
	mov ecx, MSR_GS_BASE
	rdmsr
	test edx, edx
	js .gs_ready			; negative: the kernel's per-CPU area
.swapgs:
	swapgs
	mov ebx, 1
.gs_ready:
	mov rdi, rsp
	; Align the stack for C; the frame pointer links the trace to the trapped code.
	mov rbp, rsp
	and rsp, -16
	call do_interrupt
	mov rsp, rbp
	test ebx, ebx
	jz .restore
	cli				; already off; nothing may come in from here
	swapgs				; the user's GS_BASE back (or the interrupted window's)
.restore:
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
