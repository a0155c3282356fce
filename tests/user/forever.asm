; SPDX-License-Identifier: MIT
; Sleep half a second at a time, forever: a task for the monitor's kill.
%include "tests/user/user.inc"

start:
	syscall1 SYS_sleep, 50
	jmp start
