// SPDX-License-Identifier: MIT
/*
 * Printing machine state for oops reports: registers, control registers,
 * the page-fault error code decoded, and a frame-pointer backtrace with
 * symbol names. Every memory read here goes through probe_read_ulong, so
 * a corrupt frame chain ends the trace instead of faulting again.
 */
#include <asm/extable.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/ksyms.h>
#include <kernel/printk.h>

#define BACKTRACE_MAX_FRAMES 24

#ifdef CONFIG_X86_64
#define REG_FMT "%016lx"
#else
#define REG_FMT "%08lx"
#endif

void show_pf_error_code(const struct pt_regs *regs, unsigned long error_code)
{
	const char *access = (error_code & X86_PF_INSTR)   ? "instruction fetch"
			     : (error_code & X86_PF_WRITE) ? "write access"
							   : "read access";

	printk("#PF: %s %s in %s mode\n",
	       (error_code & X86_PF_USER) ? "user" : "supervisor", access,
	       user_mode(regs) ? "user" : "kernel");
	printk("#PF: error_code(0x%04lx) - %s%s%s%s%s%s\n", error_code,
	       !(error_code & X86_PF_PROT)  ? "not-present page"
	       : (error_code & X86_PF_RSVD) ? "reserved bit violation"
					    : "permissions violation",
	       (error_code & X86_PF_WRITE) ? ", W" : ", R",
	       (error_code & X86_PF_USER) ? ", U" : ", S",
	       (error_code & X86_PF_RSVD) ? ", RSVD" : "",
	       (error_code & X86_PF_INSTR) ? ", I" : ", D",
	       (error_code & X86_PF_PK) ? ", PK" : "");
}

unsigned int save_stack_trace(unsigned long *trace, unsigned int max,
			      unsigned long bp)
{
	unsigned int n = 0;

	while (n < max) {
		unsigned long next, ret;

		/* Frames live in kernel memory, word-aligned, and move up the stack. */
		if (bp < KERNEL_HALF_START || bp % sizeof(long))
			break;
		if (!probe_read_ulong((unsigned long *)bp, &next) ||
		    !probe_read_ulong((unsigned long *)bp + 1, &ret))
			break;
		if (!ret)
			break;
		trace[n++] = ret;
		if (next <= bp)
			break;
		bp = next;
	}
	return n;
}

void print_stack_trace(const unsigned long *trace, unsigned int n)
{
	char sym[96];

	for (unsigned int i = 0; i < n; i++)
		printk(" [<" REG_FMT ">] %s\n", trace[i],
		       ksym_format_ret(trace[i], sym, sizeof(sym)));
}

void show_stack(unsigned long ip, unsigned long bp)
{
	unsigned long trace[BACKTRACE_MAX_FRAMES];
	char sym[96];

	printk("Call Trace:\n");
	printk(" [<" REG_FMT ">] %s\n", ip, ksym_format(ip, sym, sizeof(sym)));
	print_stack_trace(trace,
			  save_stack_trace(trace, BACKTRACE_MAX_FRAMES, bp));
}

void show_regs(const struct pt_regs *regs)
{
	char sym[96];

	printk("IP: %04lx:" REG_FMT " %s\n", regs->cs & 0xffff, regs->ip,
	       ksym_format(regs->ip, sym, sizeof(sym)));
#ifdef CONFIG_X86_64
	printk("RSP: %04lx:%016lx EFLAGS: %08lx\n", regs->ss & 0xffff, regs->sp,
	       regs->flags);
	printk("RAX: %016lx RBX: %016lx RCX: %016lx\n", regs->ax, regs->bx,
	       regs->cx);
	printk("RDX: %016lx RSI: %016lx RDI: %016lx\n", regs->dx, regs->si,
	       regs->di);
	printk("RBP: %016lx R08: %016lx R09: %016lx\n", regs->bp, regs->r8,
	       regs->r9);
	printk("R10: %016lx R11: %016lx R12: %016lx\n", regs->r10, regs->r11,
	       regs->r12);
	printk("R13: %016lx R14: %016lx R15: %016lx\n", regs->r13, regs->r14,
	       regs->r15);
	printk("CR0: %016lx CR2: %016lx CR3: %016lx\n", read_cr0(), read_cr2(),
	       read_cr3());
	printk("CR4: %016lx EFER: %016llx\n", read_cr4(),
	       (unsigned long long)rdmsr(MSR_EFER));
#else
	printk("EAX: %08lx EBX: %08lx ECX: %08lx EDX: %08lx\n", regs->ax,
	       regs->bx, regs->cx, regs->dx);
	printk("ESI: %08lx EDI: %08lx EBP: %08lx ESP: %08lx\n", regs->si,
	       regs->di, regs->bp, regs_sp(regs));
	printk("DS: %04lx ES: %04lx FS: %04lx GS: %04lx EFLAGS: %08lx\n",
	       regs->ds & 0xffff, regs->es & 0xffff, regs->fs & 0xffff,
	       regs->gs & 0xffff, regs->flags);
	printk("CR0: %08lx CR2: %08lx CR3: %08lx CR4: %08lx\n", read_cr0(),
	       read_cr2(), read_cr3(), read_cr4());
#endif
	if (!user_mode(regs))
		show_stack(regs->ip, regs->bp);
}
