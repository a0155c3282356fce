/* SPDX-License-Identifier: MIT */
/*
 * Kernel stacks in vmalloc space, as Linux's CONFIG_VMAP_STACK: every
 * task's THREAD_SIZE stack is a vmalloc area aligned to its size, so the
 * page below it is never mapped (the guard page: a vmalloc area is always
 * followed by an unmapped guard page, so whatever lies below a stack is a
 * guard or a hole) and an overflow faults instead of corrupting memory.
 * The #PF cannot be pushed on the overflowed stack: it becomes a #DF,
 * which runs on a stack of its own (IST on x86_64, a task gate on i386).
 *
 * The lazy-sync hazard: a stack may sit in a kernel top-level slot that
 * another PGD does not have yet. switch_mm() copies the current stack's
 * entry into the PGD it loads, and the scheduler touches the next task's
 * stack (a fault then is taken on the current, good stack) before it
 * moves to it. PAE shares the kernel PMD: there nothing is ever missing.
 *
 * A few freed stacks are kept for reuse (the cache, interrupts off while
 * it changes), so that creating a task does not always pay for vmalloc.
 */
#ifndef KERNEL_TASK_STACK_H
#define KERNEL_TASK_STACK_H

#include <asm/irq.h>
#include <asm/smp.h>
#include <kernel/types.h>

#define THREAD_STACK_CACHE 4

struct task_stack_counts {
	unsigned long allocated;   /* by vmalloc */
	unsigned long reused;	   /* taken from the cache */
	unsigned long freed;	   /* given back to vmalloc */
	unsigned long stack_syncs; /* stack slots switch_mm copied into a PGD */
};

/*
 * Per CPU, summed on read (task_stack_stats): a CPU adds to its own
 * counts only, with interrupts off around the add (task_stack_stat_inc),
 * so the task cannot move to another CPU in the middle and no two CPUs
 * ever add to the same counts. No lock. (Interrupts rather than
 * preemption: preempt_enable could switch tasks inside switch_mm.)
 */
extern struct task_stack_counts task_stack_stats_cpu[NR_CPUS];
struct task_stack_counts task_stack_stats_sum(void);
#define task_stack_stats (task_stack_stats_sum())
#define task_stack_stat_inc(field)                                \
	do {                                                      \
		unsigned long flags__;                            \
                                                                  \
		local_irq_save(flags__);                          \
		task_stack_stats_cpu[smp_processor_id()].field++; \
		local_irq_restore(flags__);                       \
	} while (0)

/* A THREAD_SIZE stack, or NULL when out of memory. */
void *alloc_thread_stack(void);
/* Give a stack back (to the cache, or to vmalloc). */
void free_thread_stack(void *stack);
/* Free every cached stack (tests, before counting free pages). */
void thread_stack_cache_drain(void);

/*
 * Tests only: allocate stacks in [start, end) instead (0: anywhere), never
 * from the cache; for stacks in fresh top-level slots.
 */
void thread_stack_test_range(unsigned long start, unsigned long end);

/*
 * Tests only: turn off the two protections against the lazy-sync hazard,
 * to see the double fault each one prevents.
 */
extern bool stack_test_skip_sync;  /* switch_mm: the current stack's slot */
extern bool stack_test_skip_touch; /* schedule: touching the next stack */

/*
 * From the #DF handler: if addr (CR2) hits a task's stack or the guard
 * page below it, explain in one line which (overflow, or a stack slot
 * missing from the PGD of loaded_cr3) and return true.
 */
bool task_stack_explain_fault(unsigned long addr, unsigned long loaded_cr3);

#endif
