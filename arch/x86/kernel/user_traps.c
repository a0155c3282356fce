// SPDX-License-Identifier: MIT
/*
 * A CPU exception raised by ring-3 code ends that task, never the kernel:
 * one line naming the task, the exception and where, then the task exits
 * with 128 + the signal Linux would send (include/kernel/user.h). A page
 * fault has its own line (arch/x86/mm/fault.c).
 */
#include <asm/processor.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <kernel/exception.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/user.h>

struct user_trap_stats user_trap_stats;

/* The exit code for a task killed by vector, as a shell shows a signal. */
static int user_trap_exit_code(int vector)
{
	switch (vector) {
	case X86_TRAP_DE:
	case X86_TRAP_MF:
	case X86_TRAP_XF:
		return EXIT_SIGFPE;
	case X86_TRAP_DB:
	case X86_TRAP_BP:
		return EXIT_SIGTRAP;
	case X86_TRAP_UD:
		return EXIT_SIGILL;
	case X86_TRAP_AC:
		return EXIT_SIGBUS;
	default: /* #GP, #NP, #SS, #TS, #OF, #BR, ... */
		return EXIT_KILLED;
	}
}

/*
 * What a #GP/#NP/#TS/#SS error code names (SDM Vol. 3A, 6.13), and for a
 * software interrupt the instruction itself: QEMU's TCG in 64-bit mode
 * reports an IDT gate as vector * 16 + 2 rather than vector * 8 + 2.
 */
static void describe_selector(const struct pt_regs *regs, char *buf,
			      size_t size)
{
	unsigned long ec = regs->error_code;
	u8 op = 0, imm = 0;

	if (!ec) {
		buf[0] = '\0';
	} else if (ec & 2) {
		if (!get_user_u8(&op, (const u8 *)regs->ip) && op == 0xcc)
			snprintf(buf, size, ", IDT gate (int3)");
		else if (op == 0xcd &&
			 !get_user_u8(&imm, (const u8 *)regs->ip + 1))
			snprintf(buf, size, ", IDT gate (int 0x%02x)", imm);
		else
			snprintf(buf, size, ", IDT gate");
	} else {
		snprintf(buf, size, ", %s selector 0x%lx",
			 ec & 4 ? "LDT" : "GDT", ec & ~7UL);
	}
}

void do_user_trap(struct pt_regs *regs)
{
	int vector = (int)regs->vector;
	char what[48];

	/* Not the task's doing: an NMI or a machine check just happened to hit it. */
	if (!user_mode(regs) || vector == X86_TRAP_NMI ||
	    vector == X86_TRAP_MC || vector >= X86_NR_EXCEPTIONS)
		return;
	__atomic_fetch_add(&user_trap_stats.killed, 1, __ATOMIC_RELAXED);
	user_trap_stats.last_vector = vector;
	user_trap_stats.last_error_code = regs->error_code;
	describe_selector(regs, what, sizeof(what));
	printk("traps: killed task '%s' (pid %d): %s in user mode at ip %lx, error_code 0x%lx%s\n",
	       current->comm, current->pid, exception_name(vector), regs->ip,
	       regs->error_code, what);
	task_exit(user_trap_exit_code(vector));
}
