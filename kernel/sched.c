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
#include <asm/tlbflush.h>
#include <kernel/errno.h>
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
void arch_switch_segments(struct task_struct *prev, struct task_struct *next);

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
	.on_cpu = 1,
	.cpus_allowed = 1UL << 0, /* the tests expect CPU 0 */
	.comm = "swapper/0",
};

struct sched_stats sched_stats;
void (*sched_switch_test_hook)(struct task_struct *, struct task_struct *);

LIST_HEAD(task_list);
static DEFINE_SPINLOCK(rq_lock);
static int next_pid = 1;

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

/* May t run here, now? (rq_lock held) */
static bool can_run_here(struct task_struct *t, unsigned int cpu)
{
	return !t->idle && (t == current || !t->on_cpu) &&
	       (t->cpus_allowed & (1UL << cpu)) && task_runnable(t);
}

/*
 * The next task this CPU may run after current, in list order (current
 * itself last); this CPU's idle task if none. rq_lock held.
 */
static struct task_struct *pick_next_task(void)
{
	unsigned int cpu = smp_processor_id();
	struct list_head *start = current->idle ? &task_list : &current->tasks;
	struct list_head *pos = start;

	do {
		struct task_struct *t;

		pos = pos->next;
		if (pos == &task_list)
			continue;
		t = list_entry(pos, struct task_struct, tasks);
		if (can_run_here(t, cpu))
			return t;
	} while (pos != start);
	return this_cpu_read(idle_task);
}

/* Free what a dead task no longer needs: its stack and its mm. */
static void release_task(struct task_struct *t)
{
	if (t->mm)
		mmdrop(t->mm); /* the task's own reference */
	free_thread_stack(t->stack);
	t->stack = NULL;
}

/*
 * Runs in the task switched to, on its stack, right after the switch,
 * on the CPU that took rq_lock for it: let go of the lock, of this
 * CPU's mm reference, and last of all of last itself.
 */
void finish_task_switch(struct task_struct *last)
{
	struct mm_struct *mm = last->active_mm;

	spin_unlock(&rq_lock);
	/* This CPU's reference to the mm last ran on (perhaps borrowed). */
	mmdrop(mm);
	/*
	 * Only now may another CPU pick last, or task_wait reap it: by then
	 * everything this switch held of it is given back.
	 */
	__atomic_store_n(&last->on_cpu, 0, __ATOMIC_RELEASE);
}

static void context_switch(struct task_struct *prev, struct task_struct *next)
{
	struct mm_struct *oldmm = prev->active_mm;
	unsigned int cpu = smp_processor_id();

	/* Flushes skipped while idle are done before next's stack is used. */
	if (prev->idle && !next->idle)
		tlb_leave_idle();
	if (next->mm) {
		next->active_mm = next->mm;
		/*
		 * Also when the mm is the one loaded here, if next ran on
		 * another CPU since: this CPU may still hold translations of
		 * its user pages from before (a kernel thread borrowed it).
		 */
		if (next->mm != oldmm) {
			sched_stats.cr3_loads++;
			switch_mm(next->mm);
		} else if (next->cpu != cpu) {
			__flush_tlb_local();
		}
	} else {
		next->active_mm = oldmm; /* lazy TLB: keep CR3 as it is */
	}
	mmgrab(next->active_mm);
	next->cpu = cpu;
	next->on_cpu = 1;
	if (next->idle && !prev->idle)
		tlb_enter_idle();
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
	arch_switch_segments(prev, next);
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

	if (__atomic_add_fetch(&context_warnings, 1, __ATOMIC_RELAXED) > 8)
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

/* Interrupts off. rq_lock is let go by whichever task runs next. */
static void __schedule(void)
{
	struct task_struct *next;

	spin_lock(&rq_lock);
	next = pick_next_task();
	this_cpu_write(need_resched, 0);
	this_cpu_write(slice_left, TIMESLICE_TICKS);
	if (next != current)
		context_switch(current, next);
	else
		spin_unlock(&rq_lock);
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
	unsigned long flags;

	if (!schedule_allowed(__builtin_return_address(0)))
		return;
	spin_lock_irqsave(&rq_lock, flags);
	current->wake_at = jiffies + ticks;
	current->state = TASK_SLEEPING;
	spin_unlock_irqrestore(&rq_lock, flags);
	schedule();
}

void set_current_sleeping(void)
{
	unsigned long flags;

	spin_lock_irqsave(&rq_lock, flags);
	current->wake_at = jiffies + (~0UL >> 1); /* never by the clock */
	current->state = TASK_SLEEPING;
	spin_unlock_irqrestore(&rq_lock, flags);
}

void set_current_running(void)
{
	unsigned long flags;

	spin_lock_irqsave(&rq_lock, flags);
	current->state = TASK_RUNNING;
	spin_unlock_irqrestore(&rq_lock, flags);
}

void wake_up_process(struct task_struct *t)
{
	unsigned long flags;

	spin_lock_irqsave(&rq_lock, flags);
	if (t->state == TASK_SLEEPING)
		t->state = TASK_RUNNING;
	spin_unlock_irqrestore(&rq_lock, flags);
}

void sched_tick(struct pt_regs *regs __unused)
{
	this_cpu_sub(slice_left, 1);
	if (current->idle || !this_cpu_read(slice_left))
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
	spin_lock(&rq_lock);
	current->exit_code = code;
	current->state = TASK_DEAD; /* task_wait releases it once off the CPU */
	spin_unlock(&rq_lock);
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

struct task_struct *task_create(void (*fn)(void *), void *arg, const char *name,
				struct mm_struct *mm)
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
	t->state = TASK_NEW;
	t->cpus_allowed = ~0UL;
	snprintf(t->comm, sizeof(t->comm), "%s", name);
	arch_prepare_stack(t);
	spin_lock_irqsave(&rq_lock, flags);
	t->pid = next_pid++;
	list_add_tail(&t->tasks, &task_list);
	sched_stats.tasks_alive++;
	spin_unlock_irqrestore(&rq_lock, flags);
	return t;
}

void wake_up_new_task(struct task_struct *t)
{
	unsigned long flags;

	/* The lock publishes the set-up to whichever CPU picks t. */
	spin_lock_irqsave(&rq_lock, flags);
	t->state = TASK_RUNNING;
	spin_unlock_irqrestore(&rq_lock, flags);
}

struct task_struct *kthread_create_mm(void (*fn)(void *), void *arg,
				      const char *name, struct mm_struct *mm)
{
	struct task_struct *t = task_create(fn, arg, name, mm);

	if (t)
		wake_up_new_task(t);
	return t;
}

struct task_struct *kthread_create_on_cpu(void (*fn)(void *), void *arg,
					  const char *name, unsigned int cpu)
{
	struct task_struct *t = task_create(fn, arg, name, NULL);

	if (t) {
		t->cpus_allowed = 1UL << cpu;
		wake_up_new_task(t);
	}
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
	t->on_cpu = 1;
	t->cpu = cpu;
	t->cpus_allowed = 1UL << cpu;
	snprintf(t->comm, sizeof(t->comm), "swapper/%u", cpu);
	return t;
}

void sched_init_ap(void)
{
	struct task_struct *t = current;

	t->idle = true;
	this_cpu_write(idle_task, t);
	this_cpu_write(slice_left, TIMESLICE_TICKS);
	tlb_enter_idle();
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

/* Has t exited and left its CPU? Then it is off the list now. */
static bool task_reap(struct task_struct *t)
{
	unsigned long flags;
	bool done;

	spin_lock_irqsave(&rq_lock, flags);
	done = t->state == TASK_DEAD &&
	       !__atomic_load_n(&t->on_cpu, __ATOMIC_ACQUIRE);
	if (done) {
		list_del(&t->tasks);
		sched_stats.tasks_alive--;
	}
	spin_unlock_irqrestore(&rq_lock, flags);
	return done;
}

bool task_has_exited(struct task_struct *t)
{
	return READ_ONCE(t->state) == TASK_DEAD &&
	       !__atomic_load_n(&t->on_cpu, __ATOMIC_ACQUIRE);
}

int task_kill(struct task_struct *t, int code)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&rq_lock, flags);
	if (t->on_cpu) {
		ret = -EBUSY;
	} else {
		t->exit_code = code;
		t->state = TASK_DEAD;
	}
	spin_unlock_irqrestore(&rq_lock, flags);
	return ret;
}

int task_wait(struct task_struct *t)
{
	int code;

	while (!task_reap(t)) {
		unsigned long switches = sched_stats.switches;

		schedule();
		/* Nothing else ran here (t sleeps, or runs elsewhere): a tick. */
		if (sched_stats.switches == switches) {
			unsigned long flags = read_flags();

			safe_halt();
			if (!(flags & X86_EFLAGS_IF))
				local_irq_disable();
		}
	}
	release_task(t);
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
	struct task_struct *t;

	init_mm.count = 1; /* never dropped to zero */
	init_task.cpu = 0;
	list_add(&init_task.tasks, &task_list);
	t = kthread_create(idle, NULL, "idle");
	if (!t)
		panic("sched_init: no memory for the idle task");
	t->idle = true;
	t->cpus_allowed = 1UL << 0;
	this_cpu_write(idle_task, t);
	this_cpu_write(slice_left, TIMESLICE_TICKS);
}
