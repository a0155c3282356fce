// SPDX-License-Identifier: MIT
/*
 * The arch side of tasks: a new task's first stack frame, the kernel
 * stack the CPU switches to on entry from ring 3, and the first entry
 * into ring 3.
 */
#include <asm/desc.h>
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

/* Drop to ring 3 at t->user_ip with t->user_sp, interrupts on. */
__attribute__((noreturn)) void arch_start_task(struct task_struct *t)
{
	unsigned long flags = X86_EFLAGS_IF | 0x2;

#ifdef CONFIG_X86_64
	__asm__ __volatile__("pushq %0\n\t"
			     "pushq %1\n\t"
			     "pushq %2\n\t"
			     "pushq %3\n\t"
			     "pushq %4\n\t"
			     "iretq"
			     :
			     : "i"(__USER_DS), "r"(t->user_sp), "r"(flags),
			       "i"(__USER_CS), "r"(t->user_ip)
			     : "memory");
#else
	__asm__ __volatile__("movl %0, %%ds\n\t"
			     "movl %0, %%es\n\t"
			     "pushl %0\n\t"
			     "pushl %1\n\t"
			     "pushl %2\n\t"
			     "pushl %3\n\t"
			     "pushl %4\n\t"
			     "iret"
			     :
			     : "r"(__USER_DS), "r"(t->user_sp), "r"(flags),
			       "i"(__USER_CS), "r"(t->user_ip)
			     : "memory");
#endif
	__builtin_unreachable();
}
