; SPDX-License-Identifier: MIT
; write(1, "hello from ring 3\n"), then exit(getpid() + 100).
%include "tests/user/user.inc"

start:
	syscall3 SYS_write, 1, msg, msg_len
	syscall1 SYS_getpid, 0
	add rAX, 100
	syscall1 SYS_exit, rAX
	ud2

msg:	db "hello from ring 3", 10
msg_len	equ $ - msg
