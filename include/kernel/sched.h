/* SPDX-License-Identifier: MIT */
/*
 * Tasks and the round-robin scheduler.
 *
 * Every task has its own kernel stack (in vmalloc space, with a guard page
 * below it: include/kernel/task_stack.h) and an mm: a user task its own; a
 * kernel thread none of its own (mm == NULL) -- it borrows the previous
 * task's (active_mm), as Linux's lazy TLB does, so switching to and from
 * a kernel thread loads no CR3. The switch loads CR3 only when the mm
 * changes. Task 0 is the boot context (it runs the tests); each CPU has
 * an idle task that runs when nothing else can there.
 *
 * Placement and migration (docs/smp.md): one queue, task_list, for every
 * CPU. A CPU that switches takes the next runnable task after the one it
 * ran, in list order, that no other CPU is running and whose cpus_allowed
 * names it. So a task runs on whichever CPU is free, and may move at
 * every switch; task 0 and the idle tasks are bound to their CPU. A new
 * or woken task waits for the next switch of some CPU (a tick at most).
 *
 * Locking: rq_lock (kernel/sched.c, irqsave) covers task_list, every
 * task's state, on_cpu and wake_at, the pid counter and sched_stats. It
 * is held across the switch itself and let go by the task switched to
 * (finish_task_switch), on the same CPU.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <asm/page.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <kernel/list.h>
#include <kernel/types.h>

#define THREAD_ORDER 1 /* 8 KiB kernel stacks */
#define THREAD_SIZE (PAGE_SIZE << THREAD_ORDER)
#define TASK_COMM_LEN 16
#define TIMESLICE_TICKS 2 /* a task runs this many ticks before the next */

/* TASK_NEW: created, being set up, never picked until wake_up_new_task. */
enum task_state { TASK_NEW, TASK_RUNNING, TASK_SLEEPING, TASK_DEAD };

/* Exit code of a task killed for a bad memory access (128 + SIGSEGV, as a shell shows it). */
#define EXIT_KILLED 139

struct mm_struct;
struct pt_regs;

struct task_struct {
	unsigned long sp; /* saved by __switch_to_asm: must stay first */
	void *stack; /* THREAD_SIZE bytes of vmalloc space (task 0: boot_stack) */
	struct mm_struct *mm;	     /* NULL for kernel threads */
	struct mm_struct *active_mm; /* the mm CR3 holds while this runs */
	int pid;
	enum task_state state;
	unsigned long wake_at; /* jiffies, when sleeping */
	int exit_code;
	unsigned int on_cpu; /* running, or being switched from (rq_lock) */
	unsigned int cpu;    /* where it runs or ran last */
	unsigned long cpus_allowed; /* CPUs it may run on (a mask) */
	bool idle;		    /* a CPU's idle task: picked only by it */
	char comm[TASK_COMM_LEN];
	struct list_head tasks; /* on the task list */
	void (*fn)(void *);	/* kernel thread body */
	void *arg;
	unsigned long user_ip, user_sp;	   /* where a user task starts */
	struct exception_catch *catch_top; /* its armed catches (innermost) */
	struct thread_struct thread; /* user segment state (asm/processor.h) */
};

/* The task running on this CPU (per CPU: asm/percpu.h). */
static inline struct task_struct *get_current(void)
{
	return this_cpu_read(current_task);
}
#define current get_current()
/* Every task, in scheduling order (the monitor's ps reads it, IRQs off). */
extern struct list_head task_list;

struct sched_stats {
	unsigned long switches;	   /* context switches */
	unsigned long cr3_loads;   /* of which loaded CR3 */
	unsigned long tasks_alive; /* not yet released */
};
extern struct sched_stats sched_stats;

/* Task 0: the boot CPU's boot context (the percpu area points at it from the start). */
extern struct task_struct init_task;

/*
 * What an AP runs as until it schedules, and then its idle task: like
 * init_task, on init_mm and its boot stack, on no list. NULL when out of
 * memory.
 */
struct task_struct *cpu_boot_task_create(unsigned int cpu, void *stack);
/* On an AP, before it turns interrupts on: its boot task becomes its idle task. */
void sched_init_ap(void);

/* Make the boot context task 0 and start the idle task. */
void sched_init(void);

/*
 * A task that will run fn(arg) on mm (NULL: a kernel thread), not yet
 * runnable: set it up (cpus_allowed, user_ip, ...), then wake it. Until
 * then no CPU can pick it. NULL when out of memory.
 */
struct task_struct *task_create(void (*fn)(void *), void *arg, const char *name,
				struct mm_struct *mm);
void wake_up_new_task(struct task_struct *t);

/* A kernel thread running fn(arg) only on CPU cpu; NULL when out of memory. */
struct task_struct *kthread_create_on_cpu(void (*fn)(void *), void *arg,
					  const char *name, unsigned int cpu);

/* A kernel thread running fn(arg); NULL when out of memory. Runnable at once. */
struct task_struct *kthread_create(void (*fn)(void *), void *arg,
				   const char *name);

/*
 * A kernel thread with an address space of its own (mm taken over: the
 * task releases it). For the tests of per-process page directories.
 */
struct task_struct *kthread_create_mm(void (*fn)(void *), void *arg,
				      const char *name, struct mm_struct *mm);

/* Give up the CPU to the next runnable task (round robin). */
void schedule(void);
void yield(void);
/* Sleep for ticks timer ticks. */
void sleep_ticks(unsigned long ticks);
/*
 * Sleeping until woken, Linux's way, so that no wake-up is lost:
 *
 *	set_current_sleeping();
 *	if (!condition)
 *		schedule();
 *	set_current_running();
 *
 * A wake_up_process() after set_current_sleeping() makes the schedule()
 * return at once (or not switch at all). wake_up_process() may be called
 * from an interrupt handler; the woken task runs at the next switch of a
 * CPU (a tick at most). It does nothing to a task that is not asleep.
 */
void set_current_sleeping(void);
void set_current_running(void);
void wake_up_process(struct task_struct *t);
/* End the current task; its stack and mm are released after the switch away. */
__attribute__((noreturn)) void task_exit(int code);

/*
 * Wait until t has exited (running other tasks meanwhile), then return
 * its exit code. t must not be waited for twice; it is released (its
 * stack, its mm, the task itself) here.
 */
int task_wait(struct task_struct *t);
/* Has t exited and left its CPU (task_wait would return at once)? */
bool task_has_exited(struct task_struct *t);
/*
 * End t, which must not be current, as if it had called task_exit(code);
 * -EBUSY (nothing done) if it is running on a CPU right now.
 */
int task_kill(struct task_struct *t, int code);

/*
 * The task whose stack (guard false) or whose guard page below its stack
 * (guard true) holds addr; NULL if none. For the #DF report.
 */
struct task_struct *task_by_stack_address(unsigned long addr, bool *guard);

/* Timer tick: account the current task's slice; ask for a switch when it is used up. */
void sched_tick(struct pt_regs *regs);
/* On the way out of an interrupt: switch if the tick asked and regs allow. */
void preempt_schedule_irq(struct pt_regs *regs);

/* Tests only: called in the switch path after CR3 is loaded, before current changes. */
extern void (*sched_switch_test_hook)(struct task_struct *prev,
				      struct task_struct *next);

#endif
