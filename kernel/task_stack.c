// SPDX-License-Identifier: MIT
/*
 * Kernel stacks in vmalloc space, with a small cache of freed ones
 * (include/kernel/task_stack.h).
 */
#include <asm/irq.h>
#include <kernel/compiler.h>
#include <kernel/mm.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/spinlock.h>
#include <kernel/task_stack.h>
#include <kernel/vmalloc.h>

struct task_stack_counts task_stack_stats_cpu[NR_CPUS];

struct task_stack_counts task_stack_stats_sum(void)
{
	struct task_stack_counts sum = { 0 };

	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
		const struct task_stack_counts *c = &task_stack_stats_cpu[cpu];

		sum.allocated += READ_ONCE(c->allocated);
		sum.reused += READ_ONCE(c->reused);
		sum.freed += READ_ONCE(c->freed);
		sum.stack_syncs += READ_ONCE(c->stack_syncs);
	}
	return sum;
}

bool stack_test_skip_sync, stack_test_skip_touch;

/* Freed stacks kept for reuse, under stack_cache_lock (interrupts off). */
static DEFINE_SPINLOCK(stack_cache_lock);
static void *stack_cache[THREAD_STACK_CACHE];
static unsigned int nr_cached;
static unsigned long test_start, test_end;

void thread_stack_test_range(unsigned long start, unsigned long end)
{
	test_start = start;
	test_end = end;
}

void *alloc_thread_stack(void)
{
	unsigned long flags, start = VMALLOC_START, end = VMALLOC_END;
	void *stack = NULL;

	if (test_start) {
		start = test_start;
		end = test_end;
	} else {
		spin_lock_irqsave(&stack_cache_lock, flags);
		if (nr_cached)
			stack = stack_cache[--nr_cached];
		spin_unlock_irqrestore(&stack_cache_lock, flags);
		if (stack) {
			task_stack_stat_inc(reused);
			return stack;
		}
	}
	/* Aligned to its size: the stack never straddles a top-level slot. */
	stack = __vmalloc_node_range(THREAD_SIZE, THREAD_SIZE, start, end,
				     GFP_KERNEL, PAGE_KERNEL, 0, 0,
				     __builtin_return_address(0));
	if (stack)
		task_stack_stat_inc(allocated);
	return stack;
}

void free_thread_stack(void *stack)
{
	unsigned long flags;
	bool cached = false;

	spin_lock_irqsave(&stack_cache_lock, flags);
	if (nr_cached < THREAD_STACK_CACHE) {
		stack_cache[nr_cached++] = stack;
		cached = true;
	}
	spin_unlock_irqrestore(&stack_cache_lock, flags);
	if (!cached) {
		vfree(stack);
		task_stack_stat_inc(freed);
	}
}

void thread_stack_cache_drain(void)
{
	unsigned long flags;
	void *stack;

	for (;;) {
		spin_lock_irqsave(&stack_cache_lock, flags);
		stack = nr_cached ? stack_cache[--nr_cached] : NULL;
		spin_unlock_irqrestore(&stack_cache_lock, flags);
		if (!stack)
			return;
		vfree(stack);
		task_stack_stat_inc(freed);
	}
}

bool task_stack_explain_fault(unsigned long addr, unsigned long loaded_cr3)
{
	bool guard;
	struct task_struct *t = task_by_stack_address(addr, &guard);
	unsigned long base;
	pgd_t *live, *ref;

	if (!t)
		return false;
	base = (unsigned long)t->stack;
	if (guard) {
		printk("BUG: kernel stack overflow: task '%s' (pid %d), stack %lx-%lx, hit the guard page at %lx\n",
		       t->comm, t->pid, base, base + THREAD_SIZE, addr);
		return true;
	}
	live = pgd_offset_pgd(pgd_from_cr3(loaded_cr3), addr);
	ref = pgd_offset_pgd(init_mm.pgd, addr);
	printk("BUG: kernel stack not present in the live PGD: task '%s' (pid %d), stack %lx-%lx, address %lx: top-level slot %lu is %s in the PGD of cr3 %lx, %s in init_mm (lazy-sync hazard: the stack's slot was not synced before the switch)\n",
	       t->comm, t->pid, base, base + THREAD_SIZE, addr, pgd_index(addr),
	       pgd_val(*live) ? "present" : "empty", loaded_cr3,
	       pgd_val(*ref) ? "present" : "empty");
	return true;
}
