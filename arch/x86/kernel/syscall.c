// SPDX-License-Identifier: MIT
/*
 * System calls through int 0x80 (a DPL 3 interrupt gate): the number in
 * eax/rax, arguments in ebx, ecx, edx (32-bit) or rdi, rsi, rdx (64-bit),
 * the result in eax/rax. Linux's i386 numbers, a handful of them.
 */
#include <asm/extable.h>
#include <asm/ptrace.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/syscall.h>

#define EBADF 9
#define ENOSYS 38

struct syscall_stats syscall_stats;

/* Read one user byte; -EFAULT if it cannot be read (the #PF handler fills regions first). */
static int get_user_u8(u8 *val, const u8 *uaddr)
{
	int err = 0;
	u8 v = 0;

	if ((unsigned long)uaddr >= TASK_SIZE)
		return -EFAULT;
	__asm__ __volatile__("1: movb %2, %b0\n"
			     "2:\n\t"
			     ".pushsection .text.fixup, \"ax\"\n"
			     "3: mov %3, %1\n\t"
			     "jmp 2b\n\t"
			     ".popsection\n\t" _ASM_EXTABLE(1b, 3b)
			     : "+q"(v), "+r"(err)
			     : "m"(*uaddr), "i"(-EFAULT));
	*val = v;
	return err;
}

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
				return done ? (long)done : -EFAULT;
			n++;
		}
		printk("%.*s", (int)n, chunk);
		done += n;
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

	syscall_stats.calls++;
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
		sleep_ticks(a0);
		ret = 0;
		break;
	default:
		ret = -ENOSYS;
	}
	regs->ax = (unsigned long)ret;
}
