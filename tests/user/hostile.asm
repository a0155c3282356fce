; SPDX-License-Identifier: MIT
; A hostile ring-3 program: does the one bad thing the kernel asked for
; (tests/kernel/isolation_test.c), then exit(0), or exit(result) for the
; operations that have one. A task killed for it never gets there.
; USER_DATA holds words: the operation, then up to four arguments.
%include "tests/user/user.inc"

%ifdef BITS64
%define rDX rdx
%define rSP rsp
%define WPTR qword
%else
%define rDX edx
%define rSP esp
%define WPTR dword
%endif

OP		equ USER_DATA
ARG1		equ USER_DATA + WSIZE
ARG2		equ USER_DATA + 2 * WSIZE
ARG3		equ USER_DATA + 3 * WSIZE
ARG4		equ USER_DATA + 4 * WSIZE
STATE		equ USER_DATA + 64	; the fuzzer's xorshift32 state
LEFT		equ USER_DATA + 72	; calls it has left to make

OP_INT		equ 0	; int ARG1 (through a table of every vector)
OP_SYSCALL	equ 1	; eax = ARG1, arguments ARG2..ARG4; exit(result)
OP_UD2		equ 2
OP_DIV0		equ 3
OP_ICEBP	equ 4	; int1: #DB without the gate's DPL check
OP_HLT		equ 5
OP_CLI		equ 6
OP_IN		equ 7
OP_MOV_CR3	equ 8
OP_LOAD_DS	equ 9	; the kernel's data segment
OP_INT3		equ 10	; the one-byte 0xcc
OP_READ_EXIT	equ 11	; exit(the int at ARG1)
OP_FUZZ		equ 12	; ARG1 random system calls, seed ARG2
OP_SYSCALL_INSN	equ 13	; the syscall instruction (EFER.SCE is off)
OP_SYSENTER	equ 14	; sysenter (no SYSENTER_CS set up)

start:
	mov rAX, [OP]
	mov rCX, [ARG1]
	cmp rAX, OP_INT
	je do_int
	cmp rAX, OP_SYSCALL
	je do_syscall
	cmp rAX, OP_UD2
	je do_ud2
	cmp rAX, OP_DIV0
	je do_div0
	cmp rAX, OP_ICEBP
	je do_icebp
	cmp rAX, OP_HLT
	je do_hlt
	cmp rAX, OP_CLI
	je do_cli
	cmp rAX, OP_IN
	je do_in
	cmp rAX, OP_MOV_CR3
	je do_mov_cr3
	cmp rAX, OP_LOAD_DS
	je do_load_ds
	cmp rAX, OP_INT3
	je do_int3
	cmp rAX, OP_READ_EXIT
	je do_read_exit
	cmp rAX, OP_FUZZ
	je do_fuzz
	cmp rAX, OP_SYSCALL_INSN
	je do_syscall_insn
	cmp rAX, OP_SYSENTER
	je do_sysenter
	syscall1 SYS_exit, 255		; unknown operation

done:
	syscall1 SYS_exit, 0
	ud2

do_int:
	and rCX, 0xff
	shl rCX, 3
	add rCX, int_table
	jmp rCX

do_syscall:
%ifdef BITS64
	mov rdi, [ARG2]
	mov rsi, [ARG3]
	mov rdx, [ARG4]
%else
	mov ebx, [ARG2]
	mov ecx, [ARG3]
	mov edx, [ARG4]
%endif
	mov rAX, [ARG1]
	int 0x80
	syscall1 SYS_exit, rAX
	ud2

do_ud2:
	ud2
do_div0:
	xor edx, edx
	xor eax, eax
	div eax
	jmp done
do_icebp:
	db 0xf1
	jmp done
do_hlt:
	hlt
	jmp done
do_cli:
	cli
	jmp done
do_in:
	in al, 0x60
	jmp done
do_mov_cr3:
	mov rAX, cr3
	jmp done
do_load_ds:
	mov eax, 0x10
	mov ds, eax
	jmp done
do_int3:
	int3
	jmp done
do_syscall_insn:
	db 0x0f, 0x05
	jmp done
do_sysenter:
	db 0x0f, 0x34
	jmp done
do_read_exit:
	mov eax, [rCX]
	syscall1 SYS_exit, rAX
	ud2

; ---- the fuzzer -----------------------------------------------------------
; Random system-call numbers and arguments: mostly small numbers (the
; defined calls and ENOSYS around them), sometimes any 32 bits; arguments
; drawn from zero, any bits, kernel addresses, user addresses, all ones,
; small numbers and the top of user space. It never calls exit or sleep
; (they would end or stall the run), and keeps write lengths to 7 bytes.

; eax = the next xorshift32 value of [STATE]; clobbers edx.
rand:
	mov eax, [STATE]
	mov edx, eax
	shl edx, 13
	xor eax, edx
	mov edx, eax
	shr edx, 17
	xor eax, edx
	mov edx, eax
	shl edx, 5
	xor eax, edx
	mov [STATE], eax
	ret

; rAX = a random argument; clobbers rdx.
rand_arg:
	call rand
	mov edx, eax
	shr edx, 8
	and eax, 7
	cmp eax, 1
	je .bits
	cmp eax, 2
	je .kernel
	cmp eax, 3
	je .user
	cmp eax, 4
	je .code
	cmp eax, 5
	je .ones
	cmp eax, 6
	je .small
	cmp eax, 7
	je .top
	xor eax, eax
	ret
.bits:
	call rand
	ret
.kernel:
%ifdef BITS64
	mov rax, 0xffff888000000000
	add rax, rdx
%else
	mov eax, 0xc0000000
	add eax, edx
%endif
	ret
.user:
	and edx, 0xfff
	lea rAX, [USER_DATA + rDX]
	ret
.code:
	mov rAX, USER_CODE
	ret
.ones:
	mov rAX, -1
	ret
.small:
	movzx eax, dl
	ret
.top:
	and edx, 0xff
%ifdef BITS64
	mov rax, 0x0000800000000000
%else
	mov eax, 0xc0000000
%endif
	sub rAX, rDX
	ret

do_fuzz:
	mov [LEFT], rCX
	mov rAX, [ARG2]
	or eax, 1
	mov [STATE], eax
.next:
	mov rCX, [LEFT]
	test rCX, rCX
	jz done
	dec rCX
	mov [LEFT], rCX
	call rand_arg
	push rAX			; argument 1
	call rand_arg
	push rAX			; argument 2
	call rand_arg
	push rAX			; argument 3
	call rand
	mov edx, eax
	and eax, 0x1ff
	test edx, 0x3f000
	jnz .small_number
	mov eax, edx			; 1 in 64: any 32 bits
.small_number:
	cmp eax, SYS_exit
	je .skip
	cmp eax, SYS_sleep
	je .skip
	cmp eax, SYS_write
	jne .call
	and WPTR [rSP], 7	; write: at most 7 bytes
.call:
%ifdef BITS64
	pop rdx
	pop rsi
	pop rdi
%else
	pop edx
	pop ecx
	pop ebx
%endif
	int 0x80
	jmp .next
.skip:
	add rSP, 3 * WSIZE
	jmp .next

; ---- every vector -----------------------------------------------------------
; Entry n (8 bytes each) is `int n`, then a jump to done: only 0x80, the
; system call, comes back (with whatever number eax held).
align 8
int_table:
%assign vec 0
%rep 256
	int vec
	jmp near done
	times (int_table + (vec + 1) * 8 - $) nop
%assign vec vec + 1
%endrep
