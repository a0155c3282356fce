// SPDX-License-Identifier: MIT
/*
 * Tasks, context switch and a round-robin scheduler (include/kernel/sched.h).
 *
 * The task list is scanned from the task after current for the next one
 * that can run: O(n), fine for the test workloads. A task that exits
 * keeps running on its stack until the switch away; the task switched to
 * releases its stack and mm (finish_task_switch), and task_wait frees
 * what is left.
 */
#include <asm/desc.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/smp.h>
#include <kernel/exception.h>
#include <kernel/fault.h>
#include <kernel/ksyms.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/task_stack.h>
#include <kernel/time.h>

extern char boot_stack[];
void task_start(void); /* arch/x86/entry/switch_*.asm */
struct task_struct *__switch_to_asm(struct task_struct *prev,
				    struct task_struct *next);
void arch_start_task(struct task_struct *t); /* arch/x86/kernel/process.c */
void arch_prepare_stack(struct task_struct *t);
void arch_set_kernel_stack(struct task_struct *t);

/*
 * Task 0, the boot context. It runs on init_mm itself rather than borrow
 * like other kernel threads: the tests it runs change init_mm's tables
 * and expect to see them through CR3 at once.
 */
struct task_struct init_task = {
	.stack = boot_stack,
	.mm = &init_mm,
	.active_mm = &init_mm,
	.pid = 0,
	.state = TASK_RUNNING,
	.comm = "swapper/0",
};

struct sched_stats sched_stats;
void (*sched_switch_test_hook)(struct task_struct *, struct task_struct *);

LIST_HEAD(task_list);
static struct task_struct *idle_task;
static int next_pid = 1;
static unsigned int slice_left = TIMESLICE_TICKS;

static unsigned long irq_save(void)
{
	unsigned long flags = read_flags();

	local_irq_disable();
	return flags;
}

static void irq_restore(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		local_irq_enable();
}

static bool task_runnable(struct task_struct *t)
{
	if (t->state == TASK_SLEEPING && (long)(jiffies - t->wake_at) >= 0)
		t->state = TASK_RUNNING;
	return t->state == TASK_RUNNING;
}

/* The next runnable task after current, in list order; idle if none. */
static struct task_struct *pick_next_task(void)
{
	struct list_head *pos = &current->tasks;

	for (;;) {
		struct task_struct *t;

		pos = pos->next;
		if (pos == &task_list)
			continue;
		t = list_entry(pos, struct task_struct, tasks);
		if (t != idle_task && task_runnable(t))
			return t;
		if (t == current)
			return task_runnable(t) ? t : idle_task;
	}
}

/* Drop a reference to mm; the last one frees it (never init_mm). */
static void mmdrop(struct mm_struct *mm)
{
	if (mm != &init_mm && --mm->count == 0)
		mm_free(mm);
}

/* Free what a dead task no longer needs: its stack and its mm. */
static void release_task(struct task_struct *t)
{
	if (t->mm)
		mmdrop(t->mm); /* the task's own reference */
	free_thread_stack(t->stack);
	t->stack = NULL;
	sched_stats.tasks_alive--;
}

/* Runs in the task switched to, on its stack, right after the switch. */
void finish_task_switch(struct task_struct *last)
{
	/* A kernel thread borrowed last's mm for as long as it ran. */
	mmdrop(last->active_mm);
	if (last->state == TASK_DEAD)
		release_task(last);
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;

	if (next->mm) {
		next->active_mm = next->mm;
		if (next->mm != oldmm)
			sched_stats.cr3_loads++;
		switch_mm(next->mm);
	} else {
		next->active_mm = oldmm; /* lazy TLB: keep CR3 as it is */
	}
	next->active_mm->count++;
	/*
	 * CR3 is next's now. Its stack may sit in a top-level slot that PGD
	 * lacks: touch it here, where a #PF is taken (and synced) on prev's
	 * good stack, not as the first push on next's, which would be a #DF.
	 * (switch_mm made prev's stack present in the new PGD.)
	 */
	if (!stack_test_skip_touch)
		(void)*(volatile unsigned long *)next->sp;
	if (sched_switch_test_hook)
		sched_switch_test_hook(prev, next);
	arch_set_kernel_stack(next);
	sched_stats.switches++;
	pf_loop_guard_reset(); /* next's faults are its own, never prev's loop */
	this_cpu_write(current_task, next);
	finish_task_switch(__switch_to_asm(prev, next));
}

unsigned long context_warnings;

/* One line per context bug, for the first few; all are counted. */
static void context_warn(const char *what, const char *why, const void *caller)
{
	char sym[96];

	if (++context_warnings > 8)
		return;
	printk("BUG: %s %s (caller %s, preempt_count %#x, CPU %u, task %s)\n",
	       what, why,
	       ksym_format_ret((unsigned long)caller, sym, sizeof(sym)),
	       preempt_count(), smp_processor_id(), current->comm);
}

bool might_sleep_report(const char *what, const void *caller)
{
	context_warn(what,
		     in_nmi() ? "called in NMI context"
			      : "called in interrupt context",
		     caller);
	return true;
}

static void __schedule(void)
{
	struct task_struct *next = pick_next_task();

	this_cpu_write(need_resched, 0);
	slice_left = TIMESLICE_TICKS;
	if (next != current)
		context_switch(current, next);
}

/*
 * Switch only where it is allowed: never in an interrupt handler (one
 * line, and the caller goes on), never with preemption off (one line).
 */
static bool schedule_allowed(const void *caller)
{
	if (in_interrupt()) {
		context_warn("schedule", "called in interrupt context", caller);
		return false;
	}
	if (preempt_count() & PREEMPT_MASK) {
		context_warn("schedule", "called while atomic (a lock held?)",
			     caller);
		return false;
	}
	return true;
}

void schedule(void)
{
	unsigned long flags;

	if (!schedule_allowed(__builtin_return_address(0)))
		return;
	flags = irq_save();
	__schedule();
	irq_restore(flags);
}

void preempt_schedule(void)
{
	/* With interrupts off the caller is not preemptible either. */
	if (irqs_disabled() || in_interrupt())
		return;
	local_irq_disable();
	__schedule();
	local_irq_enable();
}

void preempt_schedule_irq(struct pt_regs *regs)
{
	/*
	 * The tick asked, the interrupted code was preemptible (interrupts
	 * were on, no lock held) and this is the outermost handler.
	 */
	if (!need_resched() || preempt_count() ||
	    !(regs->flags & X86_EFLAGS_IF))
		return;
	__schedule();
}

void yield(void)
{
	schedule();
}

void sleep_ticks(unsigned long ticks)
{
	if (!schedule_allowed(__builtin_return_address(0)))
		return;
	current->wake_at = jiffies + ticks;
	current->state = TASK_SLEEPING;
	schedule();
}

void sched_tick(struct pt_regs *regs __unused)
{
	if (current == idle_task || --slice_left == 0)
		this_cpu_write(need_resched, 1);
}

__noreturn void task_exit(int code)
{
	if (preempt_count())
		context_warn("task_exit",
			     "called while atomic; its locks stay held",
			     __builtin_return_address(0));
	local_irq_disable();
	this_cpu_write(preempt_count, 0); /* it must leave all the same */
	current->exit_code = code;
	current->state = TASK_DEAD;
	__schedule();
	panic("task_exit: dead task %d was scheduled again", current->pid);
}

/* First C code of a new task (from task_start): finish the switch, run. */
__noreturn void task_entry(struct task_struct *t, struct task_struct *last)
{
	finish_task_switch(last);
	if (t->mm && t->user_ip)
		arch_start_task(t); /* to ring 3, does not return */
	local_irq_enable();
	t->fn(t->arg);
	task_exit(0);
}

struct task_struct *kthread_create_mm(void (*fn)(void *), void *arg,
				      const char *name, struct mm_struct *mm)
{
	struct task_struct *t = kzalloc(sizeof(*t), GFP_KERNEL);
	unsigned long flags;

	if (!t)
		return NULL;
	t->stack = alloc_thread_stack();
	if (!t->stack) {
		kfree(t);
		return NULL;
	}
	t->fn = fn;
	t->arg = arg;
	t->mm = mm;
	t->active_mm = mm;
	t->state = TASK_RUNNING;
	snprintf(t->comm, sizeof(t->comm), "%s", name);
	arch_prepare_stack(t);
	flags = irq_save();
	t->pid = next_pid++;
	list_add_tail(&t->tasks, &task_list);
	sched_stats.tasks_alive++;
	irq_restore(flags);
	return t;
}

struct task_struct *kthread_create(void (*fn)(void *), void *arg,
				   const char *name)
{
	return kthread_create_mm(fn, arg, name, NULL);
}

struct task_struct *cpu_boot_task_create(unsigned int cpu, void *stack)
{
	struct task_struct *t = kzalloc(sizeof(*t), GFP_KERNEL);

	if (!t)
		return NULL;
	t->stack = stack;
	t->mm = &init_mm;
	t->active_mm = &init_mm;
	t->state = TASK_RUNNING;
	snprintf(t->comm, sizeof(t->comm), "swapper/%u", cpu);
	return t;
}

struct task_struct *task_by_stack_address(unsigned long addr, bool *guard)
{
	struct task_struct *t;

	list_for_each_entry (t, &task_list, tasks) {
		unsigned long base = (unsigned long)t->stack;

		if (!base)
			continue;
		if (addr >= base && addr - base < THREAD_SIZE) {
			*guard = false;
			return t;
		}
		if (addr < base && base - addr <= PAGE_SIZE &&
		    t != &init_task) {
			*guard = true;
			return t;
		}
	}
	return NULL;
}

int task_wait(struct task_struct *t)
{
	unsigned long flags;
	int code;

	while (t->stack) {
		unsigned long switches = sched_stats.switches;

		schedule();
		/* Nothing else could run (t sleeps): let the timer tick. */
		if (t->stack && sched_stats.switches == switches) {
			unsigned long flags = read_flags();

			safe_halt();
			if (!(flags & X86_EFLAGS_IF))
				local_irq_disable();
		}
	}
	flags = irq_save();
	list_del(&t->tasks);
	irq_restore(flags);
	code = t->exit_code;
	kfree(t);
	return code;
}

static void idle(void *arg __unused)
{
	for (;;) {
		safe_halt(); /* sti; hlt: no tick is lost in between */
		schedule();
	}
}

void sched_init(void)
{
	init_mm.count = 1; /* never dropped to zero */
	list_add(&init_task.tasks, &task_list);
	idle_task = kthread_create(idle, NULL, "idle");
	if (!idle_task)
		panic("sched_init: no memory for the idle task");
}
