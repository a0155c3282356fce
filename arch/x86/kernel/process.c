// SPDX-License-Identifier: MIT
/*
 * The arch side of tasks: a new task's first stack frame, the kernel
 * stack the CPU switches to on entry from ring 3, and the first entry
 * into ring 3.
 */
#include <asm/desc.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <kernel/sched.h>

void task_start(void); /* arch/x86/entry/switch_*.asm */

/*
 * Lay out the frame __switch_to_asm pops: callee-saved registers (the
 * task in r12 / ebx, for task_start) and task_start as return address.
 */
void arch_prepare_stack(struct task_struct *t)
{
	unsigned long *sp = (unsigned long *)((char *)t->stack + THREAD_SIZE);

	*--sp = (unsigned long)task_start;
#ifdef CONFIG_X86_64
	*--sp = 0;		  /* rbp */
	*--sp = 0;		  /* rbx */
	*--sp = (unsigned long)t; /* r12 */
	*--sp = 0;		  /* r13 */
	*--sp = 0;		  /* r14 */
	*--sp = 0;		  /* r15 */
#else
	*--sp = 0;		  /* ebp */
	*--sp = (unsigned long)t; /* ebx */
	*--sp = 0;		  /* esi */
	*--sp = 0;		  /* edi */
#endif
	t->sp = (unsigned long)sp;
}

/* Entries from ring 3 land at the top of the task's kernel stack. */
void arch_set_kernel_stack(struct task_struct *t)
{
	unsigned long top = (unsigned long)t->stack + THREAD_SIZE;

	/* This CPU's TSS: the task may have run on another before. */
#ifdef CONFIG_X86_64
	this_cpu_read(tss)->sp0 = top;
#else
	this_cpu_read(tss)->esp0 = top;
#endif
}

#ifdef CONFIG_X86_64
/*
 * Load sel into GS without touching the kernel's GS base: the load
 * writes the hidden base, so do it with the user's base in GS_BASE.
 * Interrupts off; an NMI in between finds a user base in GS_BASE and
 * swaps for itself (entry_64.asm). sel is one ring 3 loaded (a #GP here
 * would find GS_BASE wrong), so it loads again.
 */
static void load_gs_index(u16 sel)
{
	__asm__ __volatile__("swapgs\n\t"
			     "movl %k0, %%gs\n\t"
			     "swapgs" ::"r"((u32)sel)
			     : "memory");
}
#endif

/*
 * Context switch, interrupts off: keep prev's user segment state and give
 * the CPU next's (asm/processor.h). Only user tasks (those with a
 * user_ip) run ring 3; any other task (kernel threads, task 0 and the idle
 * tasks, which have init_mm) leaves the CPU's user state as it found it,
 * and the next user task loads its own over it. i386: nothing (pt_regs
 * holds it).
 */
void arch_switch_segments(struct task_struct *prev, struct task_struct *next)
{
#ifdef CONFIG_X86_64
	struct thread_struct *p = &prev->thread, *n = &next->thread;

	if (prev->user_ip) {
		savesegment(ds, p->ds);
		savesegment(es, p->es);
		savesegment(fs, p->fsindex);
		savesegment(gs, p->gsindex);
		p->fsbase = rdmsr(MSR_FS_BASE);
		p->gsbase = rdmsr(MSR_KERNEL_GS_BASE); /* the user's, now */
	}
	if (next->user_ip) {
		loadsegment(ds, n->ds);
		loadsegment(es, n->es);
		/* A selector load sets the base from the GDT: the MSR after. */
		loadsegment(fs, n->fsindex);
		wrmsr(MSR_FS_BASE, n->fsbase);
		load_gs_index(n->gsindex);
		wrmsr(MSR_KERNEL_GS_BASE, n->gsbase);
	}
#else
	(void)prev;
	(void)next;
#endif
}

/*
 * Drop to ring 3 at t->user_ip with t->user_sp, interrupts on. x86_64:
 * the switch to t loaded its (zero) user segment state, and swapgs right
 * before iretq puts its GS base in GS_BASE and this CPU's area back in
 * KERNEL_GS_BASE, as every exit to ring 3 does. i386: FS and GS null,
 * whatever the kernel or the task that ran before left in them.
 */
__attribute__((noreturn)) void arch_start_task(struct task_struct *t)
{
	unsigned long flags = X86_EFLAGS_IF | 0x2;

#ifdef CONFIG_X86_64
	__asm__ __volatile__("cli\n\t"
			     "pushq %0\n\t"
			     "pushq %1\n\t"
			     "pushq %2\n\t"
			     "pushq %3\n\t"
			     "pushq %4\n\t"
			     "swapgs\n\t"
			     "iretq"
			     :
			     : "i"(__USER_DS), "r"(t->user_sp), "r"(flags),
			       "i"(__USER_CS), "r"(t->user_ip)
			     : "memory");
#else
	__asm__ __volatile__("movl %0, %%ds\n\t"
			     "movl %0, %%es\n\t"
			     "movl %5, %%fs\n\t"
			     "movl %5, %%gs\n\t"
			     "pushl %0\n\t"
			     "pushl %1\n\t"
			     "pushl %2\n\t"
			     "pushl %3\n\t"
			     "pushl %4\n\t"
			     "iret"
			     :
			     : "r"(__USER_DS), "r"(t->user_sp), "r"(flags),
			       "i"(__USER_CS), "r"(t->user_ip), "r"(0)
			     : "memory");
#endif
	__builtin_unreachable();
}
