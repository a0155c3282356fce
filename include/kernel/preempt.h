/* SPDX-License-Identifier: MIT */
/*
 * The context this CPU runs in, as Linux keeps it: one per-CPU word,
 * preempt_count (asm/percpu.h), changed only by this CPU.
 *
 *	bits  0..7   preemption disabled (nesting count; spin_lock adds 1)
 *	bits 16..19  hard interrupt handlers running (irq_enter)
 *	bits 20..23  NMI handlers running (nmi_enter; also counts as hardirq)
 *
 * A task is preempted only at preempt_count == 0 with interrupts on: on
 * the way out of an interrupt (irq_exit_preempt) or in preempt_enable.
 * The timer tick never switches tasks itself; it sets need_resched.
 */
#ifndef KERNEL_PREEMPT_H
#define KERNEL_PREEMPT_H

#include <asm/percpu.h>
#include <kernel/compiler.h>

#define PREEMPT_MASK 0x000000ffu
#define HARDIRQ_OFFSET 0x00010000u
#define HARDIRQ_MASK 0x000f0000u
#define NMI_OFFSET 0x00100000u
#define NMI_MASK 0x00f00000u

static inline unsigned int preempt_count(void)
{
	return this_cpu_read(preempt_count);
}

static inline bool in_nmi(void)
{
	return preempt_count() & NMI_MASK;
}

static inline bool in_hardirq(void)
{
	return preempt_count() & HARDIRQ_MASK;
}

/* In an interrupt or NMI handler: no sleeping, no vmalloc. */
static inline bool in_interrupt(void)
{
	return preempt_count() & (HARDIRQ_MASK | NMI_MASK);
}

/* Neither preemption nor sleeping allowed here. */
static inline bool in_atomic(void)
{
	return preempt_count() != 0;
}

/* The tick has asked this CPU to switch tasks at the next chance. */
static inline bool need_resched(void)
{
	return this_cpu_read(need_resched);
}

static inline void preempt_disable(void)
{
	this_cpu_add(preempt_count, 1);
	barrier();
}

/* Re-enable preemption without acting on a pending need_resched. */
static inline void preempt_enable_no_resched(void)
{
	barrier();
	this_cpu_sub(preempt_count, 1);
}

/* Switch tasks if the tick asked for it while preemption was off. */
void preempt_schedule(void);

static inline void preempt_enable(void)
{
	preempt_enable_no_resched();
	if (unlikely(need_resched()) && !preempt_count())
		preempt_schedule();
}

static inline void irq_enter(void)
{
	this_cpu_add(preempt_count, HARDIRQ_OFFSET);
}

static inline void irq_exit(void)
{
	this_cpu_sub(preempt_count, HARDIRQ_OFFSET);
}

static inline void nmi_enter(void)
{
	this_cpu_add(preempt_count, NMI_OFFSET + HARDIRQ_OFFSET);
}

static inline void nmi_exit(void)
{
	this_cpu_sub(preempt_count, NMI_OFFSET + HARDIRQ_OFFSET);
}

/*
 * Context rules, checked at run time (kernel/sched.c). might_sleep(): the
 * caller may switch tasks; in interrupt context that is a bug, reported
 * in one line naming the caller, and the function returns true so that
 * the caller can refuse instead (vmalloc does).
 */
bool might_sleep_report(const char *what, const void *caller);
static __always_inline bool __might_sleep(const char *what, const void *caller)
{
	return unlikely(in_interrupt()) && might_sleep_report(what, caller);
}
#define might_sleep(what) __might_sleep(what, __builtin_return_address(0))

/* Context warnings printed or counted so far (tests read it). */
extern unsigned long context_warnings;

#endif
