// SPDX-License-Identifier: MIT
/*
 * System calls through int 0x80 (a DPL 3 interrupt gate): the number in
 * eax/rax, arguments in ebx, ecx, edx (32-bit) or rdi, rsi, rdx (64-bit),
 * the result in eax/rax. Linux's i386 numbers, a handful of them.
 */
#include <asm/uaccess.h>
#include <asm/ptrace.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscall.h>
#include <kernel/time.h>

#define EBADF 9
#define ENOSYS 38
/* The longest sys_sleep: 10 minutes of ticks; longer is refused. */
#define SLEEP_MAX_TICKS (600UL * HZ)

struct syscall_stats syscall_stats;

static long sys_write(unsigned long fd, unsigned long buf, unsigned long len)
{
	char chunk[128];
	unsigned long done = 0;

	if (fd != 1 && fd != 2)
		return -EBADF;
	while (done < len) {
		unsigned int n = 0;

		while (n < sizeof(chunk) && done + n < len) {
			if (get_user_u8((u8 *)&chunk[n],
					(const u8 *)(buf + done + n)))
				break;
			n++;
		}
		/* What was read before a fault is written, and counted. */
		printk("%.*s", (int)n, chunk);
		done += n;
		if (n < sizeof(chunk) && done < len)
			return done ? (long)done : -EFAULT;
	}
	return (long)done;
}

void do_syscall(struct pt_regs *regs)
{
#ifdef CONFIG_X86_64
	unsigned long a0 = regs->di, a1 = regs->si, a2 = regs->dx;
#else
	unsigned long a0 = regs->bx, a1 = regs->cx, a2 = regs->dx;
#endif
	long ret;

	__atomic_fetch_add(&syscall_stats.calls, 1, __ATOMIC_RELAXED);
	switch (regs->ax) {
	case SYS_exit:
		task_exit((int)a0);
	case SYS_write:
		ret = sys_write(a0, a1, a2);
		break;
	case SYS_getpid:
		ret = current->pid;
		break;
	case SYS_sched_yield:
		yield();
		ret = 0;
		break;
	case SYS_sleep:
		if (a0 > SLEEP_MAX_TICKS) {
			ret = -EINVAL;
			break;
		}
		sleep_ticks(a0);
		ret = 0;
		break;
	default:
		ret = -ENOSYS;
	}
	regs->ax = (unsigned long)ret;
}
