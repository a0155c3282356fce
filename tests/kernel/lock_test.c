// SPDX-License-Identifier: MIT
/*
 * Locks and contexts: the lock-order validator catches what it must,
 * interrupt and NMI handlers know their context, preemption waits for
 * preempt_enable, sleeping and vmalloc are refused in interrupt context,
 * and allocators hammered by preempted threads stay sound.
 */
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <asm/traps.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/fault_inject.h>
#include <kernel/ktest.h>
#include <kernel/lockdep.h>
#include <kernel/page_alloc.h>
#include <kernel/preempt.h>
#include <kernel/sched.h>
#include <kernel/smp.h>
#include <kernel/slab.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>
#include <kernel/time.h>
#include <kernel/vmalloc.h>

#include "vm_check.h"
#include "vm_slots.h"

static DEFINE_SPINLOCK(test_lock_a);
static DEFINE_SPINLOCK(test_lock_b);
static DEFINE_SPINLOCK(test_lock_irq);

/* Reports a case causes on purpose are taken back, or ktest fails it. */
static void take_back_reports(unsigned long *counter, unsigned long before)
{
	*counter = before;
}

static void int_test_vector(void (*fn)(struct pt_regs *))
{
	test_vector_handler = fn;
	__asm__ __volatile__("int %0" ::"i"(TEST_VECTOR) : "memory");
	test_vector_handler = NULL;
}

/* A then B, later B then A: the second order is reported, every time. */
KTEST(lockdep, catches_inversion)
{
	unsigned long before = lockdep_reports;

	if (!lockdep_enabled) {
		ktest_skip(t, "lockdep=off");
		return;
	}
	spin_lock(&test_lock_a);
	spin_lock(&test_lock_b);
	spin_unlock(&test_lock_b);
	spin_unlock(&test_lock_a);
	EXPECT_EQ(t, lockdep_reports, before);
	spin_lock(&test_lock_b);
	spin_lock(&test_lock_a);
	spin_unlock(&test_lock_a);
	spin_unlock(&test_lock_b);
	EXPECT_EQ(t, lockdep_reports, before + 1);
	take_back_reports(&lockdep_reports, before);
}

/* Taking the same order again reports nothing: the pair is known. */
KTEST(lockdep, same_order_is_quiet)
{
	unsigned long before = lockdep_reports;

	for (int i = 0; i < 1000; i++) {
		spin_lock(&test_lock_a);
		spin_lock(&test_lock_b);
		spin_unlock(&test_lock_b);
		spin_unlock(&test_lock_a);
	}
	EXPECT_EQ(t, lockdep_reports, before);
	EXPECT_EQ(t, lockdep_depth(), 0U);
	EXPECT_EQ(t, preempt_count(), 0U);
}

static void take_irq_lock(struct pt_regs *regs __unused)
{
	spin_lock(&test_lock_irq);
	spin_unlock(&test_lock_irq);
}

/* A lock taken in an interrupt handler and elsewhere with interrupts on. */
KTEST(lockdep, catches_irq_unsafe_lock)
{
	unsigned long before = lockdep_reports;

	if (!lockdep_enabled) {
		ktest_skip(t, "lockdep=off");
		return;
	}
	lockdep_test_reset_irq_usage(&test_lock_irq.dep);
	local_irq_enable();
	spin_lock(&test_lock_irq);
	spin_unlock(&test_lock_irq);
	local_irq_disable();
	EXPECT_EQ(t, lockdep_reports, before);
	int_test_vector(take_irq_lock);
	EXPECT_EQ(t, lockdep_reports, before + 1);
	take_back_reports(&lockdep_reports, before);
}

/* ---- contexts -------------------------------------------------------- */

static unsigned int handler_count;
static bool handler_in_interrupt, handler_in_nmi;

static void record_context(struct pt_regs *regs __unused)
{
	handler_count = preempt_count();
	handler_in_interrupt = in_interrupt();
	handler_in_nmi = in_nmi();
}

KTEST(preempt, handler_knows_its_context)
{
	EXPECT_FALSE(t, in_interrupt());
	EXPECT_EQ(t, preempt_count(), 0U);
	int_test_vector(record_context);
	EXPECT_EQ(t, handler_count, HARDIRQ_OFFSET);
	EXPECT_TRUE(t, handler_in_interrupt);
	EXPECT_FALSE(t, handler_in_nmi);
	EXPECT_EQ(t, preempt_count(), 0U);
	spin_lock(&test_lock_a);
	EXPECT_EQ(t, preempt_count(), 1U);
	EXPECT_FALSE(t, in_interrupt());
	spin_unlock(&test_lock_a);
	EXPECT_EQ(t, preempt_count(), 0U);
}

static volatile bool spinner_stop;
static volatile unsigned long spinner_ran;

static void spinner(void *arg __unused)
{
	while (!READ_ONCE(spinner_stop)) {
		spinner_ran++;
		cpu_relax();
	}
}

/* A spinner that can run only on this CPU (CPU 0), not yet started. */
static struct task_struct *spinner_here(void)
{
	struct task_struct *other;

	spinner_stop = false;
	spinner_ran = 0;
	other = kthread_create_on_cpu(spinner, NULL, "spinner",
				      smp_processor_id());
	return other;
}

/* The tick asks; the switch waits for preempt_enable, then comes at once. */
KTEST(preempt, disable_holds_off_the_tick)
{
	struct task_struct *other = spinner_here();
	unsigned long start;

	ASSERT_NOT_NULL(t, other);
	/* Off before interrupts go on: a tick pending now must not switch. */
	preempt_disable();
	local_irq_enable();
	start = jiffies;
	while (jiffies - start < 3 * TIMESLICE_TICKS)
		cpu_relax();
	EXPECT_EQ(t, spinner_ran, 0UL);
	EXPECT_TRUE(t, need_resched());
	preempt_enable(); /* runs the spinner, then comes back here */
	EXPECT_GT(t, spinner_ran, 0UL);
	spinner_stop = true;
	task_wait(other);
	local_irq_disable();
}

static void *irq_vmalloc_result;
static void *irq_vfree_target;

static void vmalloc_in_handler(struct pt_regs *regs __unused)
{
	irq_vmalloc_result = vmalloc(PAGE_SIZE);
	vfree(irq_vfree_target);
}

/*
 * In interrupt context vmalloc is refused with one warning, and vfree is
 * deferred: the area is still live when the handler returns, and freed in
 * process context (here by vm_unmap_aliases, else by the vfreed thread).
 */
KTEST(preempt, vmalloc_refused_vfree_deferred_in_interrupt)
{
	unsigned long warnings = context_warnings, areas = vmalloc_stats.areas;
	unsigned long deferred = vmalloc_stats.deferred, flags;
	void *area = vmalloc(PAGE_SIZE);

	ASSERT_NOT_NULL(t, area);
	irq_vfree_target = area;
	irq_vmalloc_result = (void *)1;
	local_irq_save(flags); /* the vfreed thread waits for us */
	int_test_vector(vmalloc_in_handler);
	EXPECT_NULL(t, irq_vmalloc_result);
	EXPECT_EQ(t, context_warnings, warnings + 1);
	EXPECT_EQ(t, vmalloc_stats.deferred, deferred + 1);
	EXPECT_TRUE(t, find_vm_area(area) != NULL); /* not freed yet */
	local_irq_restore(flags);
	vm_unmap_aliases();
	EXPECT_NULL(t, find_vm_area(area));
	EXPECT_EQ(t, vmalloc_stats.areas, areas);
	take_back_reports(&context_warnings, warnings);
}

static void *atomic_vfree_area;

static void vfree_atomic_on_cpu(void *arg __unused)
{
	vfree_atomic(atomic_vfree_area);
}

/*
 * vfree_atomic with a lock held and interrupts off, and from another CPU's
 * call-function handler: the vfreed thread frees the areas by itself.
 */
KTEST(preempt, vfree_atomic_frees_in_process_context)
{
	static DEFINE_SPINLOCK(lock);
	unsigned long areas = vmalloc_stats.areas, start, flags;
	struct cpumask others = { .bits = 0 };
	void *a = vmalloc(PAGE_SIZE), *b = vmalloc(2 * PAGE_SIZE);

	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	spin_lock_irqsave(&lock, flags);
	vfree_atomic(a);
	EXPECT_TRUE(t, find_vm_area(a) != NULL); /* later, not here */
	spin_unlock_irqrestore(&lock, flags);
	atomic_vfree_area = b;
	others.bits = cpu_online_mask->bits & ~1UL;
	if (others.bits)
		EXPECT_EQ(t,
			  smp_call_function_many(&others, vfree_atomic_on_cpu,
						 NULL, true),
			  0);
	else
		vfree_atomic(b);
	local_irq_enable();
	for (start = jiffies;
	     vmalloc_stats.areas != areas && jiffies - start < 2 * HZ;)
		yield(); /* vfreed runs on some CPU */
	local_irq_disable();
	EXPECT_EQ(t, vmalloc_stats.areas, areas);
	EXPECT_NULL(t, find_vm_area(a));
	EXPECT_NULL(t, find_vm_area(b));
}

/* schedule() with a lock held: one warning, and no switch. */
KTEST(preempt, schedule_while_atomic_refused)
{
	unsigned long warnings = context_warnings;
	struct task_struct *other = spinner_here();

	ASSERT_NOT_NULL(t, other);
	spin_lock(&test_lock_a);
	schedule();
	EXPECT_EQ(t, spinner_ran, 0UL);
	spin_unlock(&test_lock_a);
	EXPECT_EQ(t, context_warnings, warnings + 1);
	take_back_reports(&context_warnings, warnings);
	spinner_stop = true;
	task_wait(other);
}

/* ---- allocators under preemption ------------------------------------- */

#define STRESS_THREADS 4
#define STRESS_SLOTS 8
#define STRESS_TICKS (2 * HZ)

enum { OBJ_NONE, OBJ_PAGES, OBJ_KMALLOC, OBJ_VMALLOC };

struct stress_obj {
	int kind;
	void *p;
	struct page *page;
	unsigned long size;
	unsigned char pattern;
};

struct stress_thread {
	unsigned int seed;
	unsigned long ops, bad, failed;
	struct stress_obj obj[STRESS_SLOTS];
};

static struct stress_thread stress[STRESS_THREADS];
static volatile unsigned long stress_until;

static unsigned int stress_rand(struct stress_thread *s)
{
	s->seed = s->seed * 1103515245u + 12345u;
	return s->seed >> 8;
}

/* Fill, and check later, one byte per 64 (pages) or every byte (small). */
static void stress_fill(struct stress_obj *o)
{
	unsigned char *c = o->p;

	for (unsigned long i = 0; i < o->size; i += 64)
		c[i] = (unsigned char)(o->pattern + i / 64);
}

static bool stress_check(const struct stress_obj *o)
{
	const unsigned char *c = o->p;

	for (unsigned long i = 0; i < o->size; i += 64)
		if (c[i] != (unsigned char)(o->pattern + i / 64))
			return false;
	return true;
}

static void stress_free(struct stress_thread *s, struct stress_obj *o)
{
	if (o->kind == OBJ_NONE)
		return;
	if (!stress_check(o))
		s->bad++;
	if (o->kind == OBJ_PAGES)
		__free_pages(o->page, (unsigned int)(o->size > PAGE_SIZE) +
					      (o->size > 2 * PAGE_SIZE));
	else if (o->kind == OBJ_KMALLOC)
		kfree(o->p);
	else
		vfree(o->p);
	o->kind = OBJ_NONE;
}

static void stress_alloc(struct stress_thread *s, struct stress_obj *o)
{
	unsigned int r = stress_rand(s);

	o->pattern = (unsigned char)r;
	switch (r % 3) {
	case 0: {
		unsigned int order = (r >> 4) % 3;

		o->page = alloc_pages(GFP_KERNEL, order);
		o->p = o->page ? page_address(o->page) : NULL;
		o->size = PAGE_SIZE << order;
		o->kind = OBJ_PAGES;
		break;
	}
	case 1:
		o->size = 8 + (r >> 4) % 3000;
		o->p = kmalloc(o->size, GFP_KERNEL);
		o->kind = OBJ_KMALLOC;
		break;
	default:
		o->size = PAGE_SIZE * (1 + (r >> 4) % 8);
		o->p = vmalloc(o->size);
		o->kind = OBJ_VMALLOC;
		break;
	}
	if (!o->p) {
		o->kind = OBJ_NONE;
		s->failed++;
		return;
	}
	stress_fill(o);
}

static void stress_body(void *arg)
{
	struct stress_thread *s = arg;

	while ((long)(READ_ONCE(stress_until) - jiffies) > 0) {
		struct stress_obj *o = &s->obj[stress_rand(s) % STRESS_SLOTS];

		if (o->kind != OBJ_NONE)
			stress_free(s, o);
		else
			stress_alloc(s, o);
		s->ops++;
	}
	for (unsigned int i = 0; i < STRESS_SLOTS; i++)
		stress_free(s, &s->obj[i]);
}

/*
 * Threads that allocate and free pages, kmalloc objects and vmalloc areas
 * for two seconds, preempted by the timer anywhere (interrupts on): every
 * pattern survives, the allocators check out, and every page comes back.
 */
KTEST(preempt, allocators_under_preemption)
{
	unsigned long free0 = free_pages_all(), switches = sched_stats.switches;
	struct task_struct *task[STRESS_THREADS];
	unsigned long ops = 0, bad = 0, failed = 0;

	memset(stress, 0, sizeof(stress));
	stress_until = jiffies + STRESS_TICKS;
	for (unsigned int i = 0; i < STRESS_THREADS; i++) {
		stress[i].seed = 1 + i * 7919;
		/* On this CPU: the point is preemption, not parallelism. */
		task[i] = kthread_create_on_cpu(stress_body, &stress[i],
						"stress", smp_processor_id());
		ASSERT_NOT_NULL(t, task[i]);
	}
	local_irq_enable();
	for (unsigned int i = 0; i < STRESS_THREADS; i++)
		task_wait(task[i]);
	local_irq_disable();
	for (unsigned int i = 0; i < STRESS_THREADS; i++) {
		ops += stress[i].ops;
		bad += stress[i].bad;
		failed += stress[i].failed;
	}
	ktest_log(t, "%lu operations (%lu allocations failed), %lu switches",
		  ops, failed, sched_stats.switches - switches);
	EXPECT_EQ(t, bad, 0UL);
	EXPECT_GT(t, ops, 100UL);
	EXPECT_GT(t, sched_stats.switches - switches, 20UL);
	EXPECT_EQ(t, page_alloc_verify(), 0UL);
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* Waiting by ticket or by test and set: CPUID, unless the command line says. */
KTEST(lockdep, spinlock_wait_policy)
{
	bool want = boot_cpu.hypervisor;
	char arg[8];

	if (cmdline_get(boot_info.cmdline, "spinlock", arg, sizeof(arg)) &&
	    (!strcmp(arg, "ticket") || !strcmp(arg, "tas")))
		want = !strcmp(arg, "tas");
	EXPECT_EQ(t, spin_virt_tas, want);
	ktest_log(t, "%s", spin_virt_tas ? "test and set" : "tickets");
}
