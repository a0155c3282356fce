/* SPDX-License-Identifier: MIT */
/* int 0x80 system calls (arch/x86/kernel/syscall.c); numbers as Linux i386. */
#ifndef KERNEL_SYSCALL_H
#define KERNEL_SYSCALL_H

#define SYSCALL_VECTOR 0x80

#define SYS_exit 1
#define SYS_write 4
#define SYS_getpid 20
#define SYS_sched_yield 158
#define SYS_sleep 162 /* ours: sleep for a number of timer ticks */

struct pt_regs;
void do_syscall(struct pt_regs *regs);

/* Bumped atomically by any CPU, read without a lock. */
struct syscall_stats {
	unsigned long calls;
};
extern struct syscall_stats syscall_stats;

#endif
