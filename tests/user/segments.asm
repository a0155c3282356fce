; SPDX-License-Identifier: MIT
; Loads GS and FS from ring 3, then makes system calls and spins through
; timer ticks, checking after each entry that its selectors and bases are
; still its own (tests/kernel/user_segment_test.c). On x86_64 the kernel's
; per-CPU data is reached through GS (swapgs), on i386 through FS.
; USER_DATA holds words: the operation, then its arguments.
%include "tests/user/user.inc"

OP		equ USER_DATA
GS_SEL		equ USER_DATA + WSIZE
FS_SEL		equ USER_DATA + 2 * WSIZE
ROUNDS		equ USER_DATA + 3 * WSIZE
SPIN		equ USER_DATA + 4 * WSIZE
PID		equ USER_DATA + 64	; getpid() at the start
LEFT		equ USER_DATA + 72	; rounds left
MARK		equ USER_DATA + 80	; read back through GS and FS (base 0)

OP_LOOP		equ 0	; load GS_SEL and FS_SEL; ROUNDS x (getpid, yield, spin SPIN)
OP_WRGSBASE	equ 1	; wrgsbase with a kernel address: #UD (CR4.FSGSBASE off)
OP_LOAD_GS	equ 2	; load GS_SEL into GS: exit(0) if allowed
OP_LOAD_FS	equ 3	; load FS_SEL into FS: exit(0) if allowed

MAGIC		equ 0x5e65e65e

; Exit codes of OP_LOOP; 0: everything held.
E_GS_SEL	equ 1	; GS's selector changed
E_FS_SEL	equ 2	; FS's selector changed
E_GS_READ	equ 3	; a read through GS missed MARK (base not 0)
E_FS_READ	equ 4	; the same through FS
E_PID		equ 5	; getpid() changed: the kernel took us for another task
E_INITIAL	equ 6	; GS or FS was not null at the start

start:
	mov rAX, [OP]
	cmp rAX, OP_WRGSBASE
	je do_wrgsbase
	cmp rAX, OP_LOAD_GS
	je do_load_gs
	cmp rAX, OP_LOAD_FS
	je do_load_fs
	cmp rAX, OP_LOOP
	je do_loop
	syscall1 SYS_exit, 255		; unknown operation

do_wrgsbase:
%ifdef BITS64
	mov rax, 0xffff888000000000
	db 0xf3, 0x48, 0x0f, 0xae, 0xd8	; wrgsbase rax
%endif
	syscall1 SYS_exit, 0

do_load_gs:
	mov eax, [GS_SEL]
	mov gs, ax
	syscall1 SYS_exit, 0

do_load_fs:
	mov eax, [FS_SEL]
	mov fs, ax
	syscall1 SYS_exit, 0

do_loop:
	mov ax, gs			; a new task starts with both null
	mov cx, fs
	or ax, cx
	jnz .not_null
	mov dword [MARK], MAGIC
	mov eax, [GS_SEL]
	mov gs, ax
	mov eax, [FS_SEL]
	mov fs, ax
	syscall1 SYS_getpid, 0
	mov [PID], rAX
	mov rCX, [ROUNDS]
	mov [LEFT], rCX
	test rCX, rCX
	jz .done			; no data (spawned from the monitor): nothing to do
.round:
	call check
	test eax, eax
	jnz .fail
	syscall1 SYS_getpid, 0
	cmp rAX, [PID]
	jne .bad_pid
	call check
	test eax, eax
	jnz .fail
	syscall1 SYS_yield, 0
	mov rCX, [SPIN]
	test rCX, rCX
	jz .spun
.spin:
	dec rCX
	jnz .spin
.spun:
	mov rCX, [LEFT]
	dec rCX
	mov [LEFT], rCX
	jnz .round
.done:
	call check
	test eax, eax
	jnz .fail
	syscall1 SYS_exit, 0
.not_null:
	mov eax, E_INITIAL
	jmp .fail
.bad_pid:
	mov eax, E_PID
.fail:
	syscall1 SYS_exit, rAX
	ud2

; eax = 0 if GS and FS hold what do_loop loaded, else an E_ code.
; Reads through a segment only where it has a base: a non-null selector,
; or in 64-bit mode any (a null one leaves base 0 there, not a #GP).
; A null selector may come back as any null one: an iret to ring 3 may
; clear its RPL (Bochs does; QEMU keeps it).
check:
	mov ax, gs
	movzx eax, ax
	cmp eax, [GS_SEL]
	je .gs_same
	test dword [GS_SEL], 0xfffc
	jnz .gs_sel
	test eax, 0xfffc
	jnz .gs_sel
.gs_same:
	mov ax, fs
	movzx eax, ax
	cmp eax, [FS_SEL]
	je .fs_same
	test dword [FS_SEL], 0xfffc
	jnz .fs_sel
	test eax, 0xfffc
	jnz .fs_sel
.fs_same:
%ifndef BITS64
	test dword [GS_SEL], 0xfffc
	jz .fs
%endif
	cmp dword [gs:MARK], MAGIC
	jne .gs_read
.fs:
%ifndef BITS64
	test dword [FS_SEL], 0xfffc
	jz .ok
%endif
	cmp dword [fs:MARK], MAGIC
	jne .fs_read
.ok:
	xor eax, eax
	ret
.gs_sel:
	mov eax, E_GS_SEL
	ret
.fs_sel:
	mov eax, E_FS_SEL
	ret
.gs_read:
	mov eax, E_GS_READ
	ret
.fs_read:
	mov eax, E_FS_READ
	ret
