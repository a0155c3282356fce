; SPDX-License-Identifier: MIT
; last = __switch_to_asm(prev, next): save the callee-saved registers on
; the current stack, store the stack pointer in prev->sp (offset 0), load
; next->sp and restore the registers saved there. Returns (in the task
; switched to) the task switched from. A new task's stack is
; prepared by copy_thread (kernel/sched.c) to "return" into task_start.

bits 64
section .text
global __switch_to_asm, task_start
extern task_entry

__switch_to_asm:
	push rbp
	push rbx
	push r12
	push r13
	push r14
	push r15
	mov [rdi], rsp
	mov rsp, [rsi]
	mov rax, rdi			; prev, for the task we land in
	pop r15
	pop r14
	pop r13
	pop r12
	pop rbx
	pop rbp
	ret

; First code of every new task: r12 holds the task, rax the task switched
; from; task_entry(task, last) finishes the switch.
task_start:
	mov rdi, r12
	mov rsi, rax
	xor ebp, ebp			; ends the frame-pointer chain
	call task_entry
	ud2				; task_entry does not return

section .note.GNU-stack noalloc noexec nowrite progbits
