; SPDX-License-Identifier: MIT
; Do one access the kernel asked for, then exit(0): a task that is killed
; for it never gets to exit(0). USER_DATA holds the operation (0 read,
; 1 write, 2 call) and the address.
%include "tests/user/user.inc"

start:
	mov rAX, [USER_DATA]
	mov rBX, [USER_DATA + WSIZE]
	cmp rAX, 1
	je .write
	cmp rAX, 2
	je .call
	mov rCX, [rBX]
	jmp .done
.write:
	mov byte [rBX], 1
	jmp .done
.call:
	call rBX
.done:
	syscall1 SYS_exit, 0
	ud2
