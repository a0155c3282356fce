; SPDX-License-Identifier: MIT
; Sleep, yield, and exit with the value the kernel left at USER_DATA, so
; that two tasks can show they each see their own data page.
%include "tests/user/user.inc"

start:
	syscall1 SYS_sleep, 2
	syscall1 SYS_yield, 0
	mov rAX, [USER_DATA]
	syscall1 SYS_exit, rAX
	ud2
