; SPDX-License-Identifier: MIT
; last = __switch_to_asm(prev, next), cdecl: save the callee-saved
; registers on the current stack, store the stack pointer in prev->sp
; (offset 0), load next->sp and restore the registers saved there.
; Returns (in the task switched to) the task switched from. A new
; task's stack is prepared by copy_thread (kernel/sched.c) to "return"
; into task_start.

bits 32
section .text
global __switch_to_asm, task_start
extern task_entry

__switch_to_asm:
	mov eax, [esp + 4]		; prev: also the return value
	mov edx, [esp + 8]		; next
	push ebp
	push ebx
	push esi
	push edi
	mov [eax], esp
	mov esp, [edx]
	pop edi
	pop esi
	pop ebx
	pop ebp
	ret

; First code of every new task: ebx holds the task, eax the task switched
; from; task_entry(task, last) finishes the switch.
task_start:
	xor ebp, ebp			; ends the frame-pointer chain
	push eax
	push ebx
	call task_entry
	ud2				; task_entry does not return

section .note.GNU-stack noalloc noexec nowrite progbits
