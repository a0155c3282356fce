// SPDX-License-Identifier: MIT
/*
 * CPU exceptions: dispatch from the entry stubs, fixups, and the oops
 * report for the ones nobody fixes.
 *
 * Order for every exception: an exception-table fixup for the faulting
 * instruction, then the innermost armed catch (kernel/exception.c), then
 * the per-vector policy: #BP and NMI report and go on, the rest oops.
 */
#include <asm/apic.h>
#include <asm/extable.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/debug_break.h>
#include <kernel/exception.h>
#include <kernel/mm.h>
#include <kernel/nmi.h>
#include <kernel/preempt.h>
#include <kernel/sched.h>
#include <kernel/panic.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/task_stack.h>
#include <asm/smap.h>
#include <kernel/syscall.h>
#include <kernel/user.h>
#include <kernel/vmalloc.h>

extern const char exception_catch_resume[];

void (*test_vector_handler)(struct pt_regs *regs);

static const char *const exception_names[X86_NR_EXCEPTIONS] = {
	[X86_TRAP_DE] = "#DE divide error",
	[X86_TRAP_DB] = "#DB debug",
	[X86_TRAP_NMI] = "NMI",
	[X86_TRAP_BP] = "#BP breakpoint",
	[X86_TRAP_OF] = "#OF overflow",
	[X86_TRAP_BR] = "#BR bound range exceeded",
	[X86_TRAP_UD] = "#UD invalid opcode",
	[X86_TRAP_NM] = "#NM device not available",
	[X86_TRAP_DF] = "#DF double fault",
	[X86_TRAP_OLD_MF] = "coprocessor segment overrun",
	[X86_TRAP_TS] = "#TS invalid TSS",
	[X86_TRAP_NP] = "#NP segment not present",
	[X86_TRAP_SS] = "#SS stack-segment fault",
	[X86_TRAP_GP] = "#GP general protection",
	[X86_TRAP_PF] = "#PF page fault",
	[X86_TRAP_MF] = "#MF x87 floating-point error",
	[X86_TRAP_AC] = "#AC alignment check",
	[X86_TRAP_MC] = "#MC machine check",
	[X86_TRAP_XF] = "#XM SIMD floating-point",
	[X86_TRAP_VE] = "#VE virtualization",
	[X86_TRAP_CP] = "#CP control protection",
};

const char *exception_name(int vector)
{
	if (vector >= 0 && vector < X86_NR_EXCEPTIONS &&
	    exception_names[vector])
		return exception_names[vector];
	return "reserved exception";
}

/* The page-table walk of a faulting address, in the live PGD and in init_mm. */
static void show_fault_walk(unsigned long address)
{
	pgd_t *live = pgd_from_cr3(read_cr3());

	printk("walk (cr3 %lx): ", read_cr3());
	show_pgtable_walk(live, address);
	if (__pa(live) != __pa(init_mm.pgd)) {
		printk("walk (init_mm): ");
		show_pgtable_walk(init_mm.pgd, address);
	}
}

/* Show the header of an exception report: what happened, then the machine state. */
static void show_exception(const struct pt_regs *regs, unsigned long address)
{
	int vector = (int)regs->vector;

	if (vector == X86_TRAP_PF) {
		if (address < 4096)
			printk("BUG: kernel NULL pointer dereference, address: %p\n",
			       (void *)address);
		else
			printk("BUG: unable to handle page fault for address: %p\n",
			       (void *)address);
		show_pf_error_code(regs, regs->error_code);
		show_fault_walk(address);
		vmalloc_report_address(address);
	} else {
		printk("traps: %s in %s mode, error_code 0x%lx\n",
		       exception_name(vector),
		       user_mode(regs) ? "user" : "kernel", regs->error_code);
	}
	show_regs(regs);
}

/*
 * Try to recover from an exception in kernel code. Returns true if regs
 * now point at a fixup, so that returning from the trap resumes there.
 */
bool fixup_exception(struct pt_regs *regs, unsigned long address)
{
	const struct exception_table_entry *e;
	struct exception_catch *c;

	if (user_mode(regs))
		return false;
	e = search_exception_table(regs->ip);
	if (e) {
		regs->ip = e->fixup;
		regs->flags &= ~X86_EFLAGS_DF; /* out of a backward memmove, say */
		return true;
	}
	c = exception_catch_innermost();
	/* A test's catch belongs to the code the NMI interrupted, not to it. */
	if (!c || in_nmi())
		return false;
	c->info.vector = (int)regs->vector;
	c->info.error_code = regs->error_code;
	c->info.address = address;
	c->info.ip = regs->ip;
	if (c->flags & CATCH_REPORT) {
		printk("---[ caught exception: report follows ]---\n");
		show_exception(regs, address);
		printk("---[ end of caught exception ]---\n");
	}
	regs->ip = (unsigned long)exception_catch_resume;
	/* Compiled code runs with DF clear; the fault may have been in std..cld. */
	regs->flags &= ~X86_EFLAGS_DF;
	return true;
}

/* An exception nobody can fix: report it and stop the kernel. */
__noreturn void die(const struct pt_regs *regs, unsigned long address)
{
	printk("Oops: %s [#1]\n", exception_name((int)regs->vector));
	show_exception(regs, address);
	debug_break("oops");
	panic("Fatal exception %s", exception_name((int)regs->vector));
}

static void do_exception(struct pt_regs *regs)
{
	int vector = (int)regs->vector;

	if (vector == X86_TRAP_PF) {
		do_page_fault(regs, regs->error_code, read_cr2());
		return;
	}
	if (vector == X86_TRAP_NMI) {
		do_nmi(regs);
		return;
	}
	if (vector == X86_TRAP_DF) {
		/* On the IST stack, CR3 still the faulting one: name the stack. */
		printk("Oops: #DF double fault [#1]\n");
		task_stack_explain_fault(read_cr2(), read_cr3());
		show_exception(regs, 0);
		panic("Fatal exception %s", exception_name(vector));
	}
	do_user_trap(regs); /* from ring 3: kills the task, never the kernel */
	if (fixup_exception(regs, 0))
		return;
	if (vector == X86_TRAP_BP) {
		/* A trap, not a fault: report and carry on after the instruction. */
		show_exception(regs, 0);
		return;
	}
	die(regs, 0);
}

void do_interrupt(struct pt_regs *regs)
{
	smap_entry(); /* ring 3 may have set EFLAGS.AC */
	if (regs->vector < X86_NR_EXCEPTIONS) {
		do_exception(regs);
		return;
	}
	if (regs->vector == SYSCALL_VECTOR) {
		do_syscall(regs);
		return;
	}
	if (regs->vector == TEST_VECTOR && test_vector_handler) {
		irq_enter();
		test_vector_handler(regs);
		irq_exit();
		return;
	}
	if (regs->vector >= IRQ0_VECTOR &&
	    regs->vector < IRQ0_VECTOR + NR_IRQS) {
		irq_enter();
		do_irq(regs);
		irq_exit();
		preempt_schedule_irq(regs);
		return;
	}
	if (regs->vector >= FIRST_SYSTEM_VECTOR) {
		irq_enter();
		do_apic_interrupt(regs);
		irq_exit();
		preempt_schedule_irq(regs); /* the local timer is the tick */
		return;
	}
	printk("unexpected interrupt vector %lu\n", regs->vector);
}
