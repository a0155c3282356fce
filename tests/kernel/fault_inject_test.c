// SPDX-License-Identifier: MIT
/*
 * Fault injection: the knobs, fail-nth, and the sweep. A sweep runs one
 * operation with its 1st, 2nd, 3rd, ... allocation failing until the
 * operation makes fewer allocations than that and succeeds. After every
 * failing step the operation must have reported failure, and free pages,
 * kmalloc objects, vmap areas, page-table pages, PGDs and tasks must be
 * what they were before (include/kernel/leak_check.h); the page allocator
 * and the vmalloc invariants must hold. Runs in every mode and every
 * kpgd_sync strategy (the matrix boots the whole suite under each).
 */
#include <kernel/errno.h>
#include <kernel/fault_inject.h>
#include <kernel/ktest.h>
#include <kernel/leak_check.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/user.h>
#include <kernel/vmalloc.h>

#include "user_probe.h"
#include "vm_check.h"
#include "vm_slots.h"

#define SWEEP_MAX 256 /* no operation here allocates more often */

/*
 * One operation: prepare (no injection) sets up what it needs, run does
 * it under injection and returns 0 on success or a negative error, undo
 * takes back a success, cleanup what prepare made.
 */
struct sweep_op {
	const char *name;
	void (*prepare)(void *ctx);
	int (*run)(void *ctx);
	void (*undo)(void *ctx);
	void (*cleanup)(void *ctx);
};

/* Run op with fail-nth = 1, 2, ... until it succeeds; the failures it took. */
static unsigned int sweep(struct ktest *t, const struct sweep_op *op, void *ctx)
{
	unsigned int n, failures = 0;

	fault_inject_pause(); /* only fail-nth: the random knobs would blur it */
	for (n = 1; n <= SWEEP_MAX; n++) {
		struct mem_snapshot before, after;
		bool fired;
		int ret;

		mem_snapshot(&before);
		if (op->prepare)
			op->prepare(ctx);
		fault_inject_fail_nth(n);
		ret = op->run(ctx);
		fired = fault_inject_fail_nth_fired();
		if (!fired) {
			EXPECT_EQ(t, ret, 0);
			if (!ret && op->undo)
				op->undo(ctx);
		} else if (ret == 0) {
			t->failed = true;
			ktest_log(t,
				  "%s: allocation %u failed, but it succeeded",
				  op->name, n);
			if (op->undo)
				op->undo(ctx);
		} else {
			failures++;
		}
		if (op->cleanup)
			op->cleanup(ctx);
		mem_snapshot(&after);
		if (mem_snapshot_diff(&before, &after, op->name)) {
			t->failed = true;
			ktest_log(t,
				  "%s: leak after step %u (allocation %u %s)",
				  op->name, n, n,
				  fired ? "failed" : "never came");
		}
		if (page_alloc_verify() || vmalloc_check_invariants(t)) {
			t->failed = true;
			ktest_log(t, "%s: invariants broken after step %u",
				  op->name, n);
		}
		if (!fired || t->failed)
			break;
	}
	fault_inject_resume();
	if (n > SWEEP_MAX) {
		t->failed = true;
		ktest_log(t, "%s: still failing at allocation %u", op->name,
			  SWEEP_MAX);
	}
	ktest_log(t, "%s: %u allocations, each failed once%s", op->name,
		  failures, t->failed ? "" : ": clean every time");
	return failures;
}

/* ---- the knobs --------------------------------------------------------- */

KTEST(fault_inject, setup_fault_attr_syntax)
{
	struct fault_attr a = { .name = "test", .interval = 1, .times = 1 };

	EXPECT_EQ(t, setup_fault_attr(&a, "10,25,4096,-1"), 0);
	EXPECT_EQ(t, a.interval, 10UL);
	EXPECT_EQ(t, a.probability, 25UL);
	EXPECT_EQ(t, a.space, 4096L);
	EXPECT_EQ(t, a.times, -1L);
	/* Bad ones are refused whole: the attr keeps its values. */
	EXPECT_EQ(t, setup_fault_attr(&a, "1,101,0,1"), -EINVAL);
	EXPECT_EQ(t, setup_fault_attr(&a, "1,5,0"), -EINVAL);
	EXPECT_EQ(t, setup_fault_attr(&a, "1,5,0,-2"), -EINVAL);
	EXPECT_EQ(t, setup_fault_attr(&a, "1,x,0,1"), -EINVAL);
	EXPECT_EQ(t, setup_fault_attr(&a, "1,5,0,1,"), -EINVAL);
	EXPECT_EQ(t, a.probability, 25UL);
	EXPECT_EQ(t, a.times, -1L);
}

/* should_fail in Linux's order: times, space, interval, probability. */
KTEST(fault_inject, should_fail_rules)
{
	struct fault_attr a = { .name = "test" };
	unsigned int i, fails = 0;

	fault_inject_fail_nth(0);
	EXPECT_EQ(t, setup_fault_attr(&a, "1,100,3,2"), 0);
	/*
	 * Space: a call passes while more space is left than it asks for
	 * (3 > 1, 2 > 1), then times = 2 failures, then none.
	 */
	EXPECT_FALSE(t, should_fail(&a, 1, NULL));
	EXPECT_FALSE(t, should_fail(&a, 1, NULL));
	fault_inject_pause();
	EXPECT_FALSE(t, should_fail(&a, 1, NULL)); /* paused */
	fault_inject_resume();
	EXPECT_TRUE(t, should_fail(&a, 1, NULL));
	EXPECT_TRUE(t, should_fail(&a, 1, NULL));
	EXPECT_FALSE(t, should_fail(&a, 1, NULL));
	EXPECT_EQ(t, a.failures, 2UL);
	EXPECT_EQ(t, a.sites[0].failures, 2UL); /* both from caller NULL */
	/* interval 4: only every 4th call may fail. */
	EXPECT_EQ(t, setup_fault_attr(&a, "4,100,0,-1"), 0);
	for (i = 0; i < 16; i++)
		fails += should_fail(&a, 1, NULL);
	EXPECT_EQ(t, fails, 4U);
	/* probability 0 never fails, whatever the rest says. */
	EXPECT_EQ(t, setup_fault_attr(&a, "1,0,0,-1"), 0);
	for (i = 0, fails = 0; i < 100; i++)
		fails += should_fail(&a, 1, NULL);
	EXPECT_EQ(t, fails, 0U);
}

/* fail-nth fails exactly the n-th allocation, and says whether it came. */
KTEST(fault_inject, fail_nth_fires_once)
{
	unsigned long calls = failslab.calls;
	void *keep = kmalloc(32, GFP_KERNEL), *a, *b, *c;

	/* With keep's page there, the next kmalloc(32)s take no page. */
	ASSERT_NOT_NULL(t, keep);
	fault_inject_fail_nth(2);
	a = kmalloc(32, GFP_KERNEL);
	b = kmalloc(32, GFP_KERNEL);
	c = kmalloc(32, GFP_KERNEL);
	EXPECT_TRUE(t, fault_inject_fail_nth_fired());
	EXPECT_NOT_NULL(t, a);
	EXPECT_NULL(t, b);
	EXPECT_NOT_NULL(t, c);
	/* Calls count while armed: a and b (the failure disarms it). */
	EXPECT_EQ(t, failslab.calls - calls, 2UL);
	kfree(a);
	kfree(c);
	/* Not reached: reported as not fired, and nothing fails later. */
	fault_inject_fail_nth(3);
	a = kmalloc(32, GFP_KERNEL);
	EXPECT_FALSE(t, fault_inject_fail_nth_fired());
	b = kmalloc(32, GFP_KERNEL);
	c = kmalloc(32, GFP_KERNEL);
	EXPECT_NOT_NULL(t, a);
	EXPECT_NOT_NULL(t, b);
	EXPECT_NOT_NULL(t, c);
	kfree(a);
	kfree(b);
	kfree(c);
	kfree(keep);
	/* Page allocations count too. */
	fault_inject_fail_nth(1);
	EXPECT_NULL(t, alloc_page(GFP_KERNEL));
	EXPECT_TRUE(t, fault_inject_fail_nth_fired());
}

/* ---- the sweep --------------------------------------------------------- */

struct vm_ctx {
	void *addr;
	unsigned long slot, size;
	struct page *pages[4];
	struct mm_struct *mm;
	struct task_struct *task;
};

static int run_vmalloc(void *p)
{
	struct vm_ctx *c = p;

	c->addr = vmalloc(c->size);
	return c->addr ? 0 : -ENOMEM;
}

static void undo_vfree(void *p)
{
	vfree(((struct vm_ctx *)p)->addr);
}

KTEST(fault_inject, sweep_vmalloc)
{
	static const struct sweep_op op = { "vmalloc", NULL, run_vmalloc,
					    undo_vfree, NULL };
	struct vm_ctx c = { .size = 5 * PAGE_SIZE };

	/* A kmalloc (the page array shares it) and 5 pages at least. */
	/* A kmalloc and 4 pages at least (prealloc has the tables already). */
	EXPECT_GE(t, sweep(t, &op, &c), 5U);
}

/* In a top-level slot nobody has: the page tables are allocated too. */
static void prepare_fresh_slot(void *p)
{
	struct vm_ctx *c = p;

	c->slot = fresh_slot(0);
}

static int run_vmalloc_slot(void *p)
{
	struct vm_ctx *c = p;

	if (!c->slot)
		return -EBUSY; /* no fresh slot left: the case says so */
	c->addr = vmalloc_in_slot(c->slot, c->size);
	return c->addr ? 0 : -ENOMEM;
}

KTEST(fault_inject, sweep_vmalloc_fresh_slot)
{
	static const struct sweep_op op = { "vmalloc in a fresh slot",
					    prepare_fresh_slot,
					    run_vmalloc_slot, undo_vfree,
					    NULL };
	struct vm_ctx c = { .size = 3 * PAGE_SIZE };

	if (!fresh_slot(0)) {
		ktest_skip(t, "no top-level slot of the vmalloc range is free");
		return;
	}
	/* A kmalloc and 3 pages at least (prealloc has the tables already). */
	EXPECT_GE(t, sweep(t, &op, &c), 4U);
}

/* Across a top-level boundary: two slots' tables, the second may fail. */
static void prepare_boundary(void *p)
{
	struct vm_ctx *c = p;
	unsigned long a = fresh_slot(0), b = fresh_slot(1);

	c->slot = a && b == a + slot_size() ? a : 0;
}

static int run_vmalloc_boundary(void *p)
{
	struct vm_ctx *c = p;
	unsigned long start = c->slot + slot_size() - 2 * PAGE_SIZE;

	if (!c->slot)
		return -EBUSY;
	c->addr = __vmalloc_node_range(c->size, PAGE_SIZE, start,
				       start + 2 * slot_size() - PAGE_SIZE,
				       GFP_KERNEL, PAGE_KERNEL, 0, 0, NULL);
	return c->addr ? 0 : -ENOMEM;
}

KTEST(fault_inject, sweep_vmalloc_across_slots)
{
	static const struct sweep_op op = { "vmalloc across two fresh slots",
					    prepare_boundary,
					    run_vmalloc_boundary, undo_vfree,
					    NULL };
	struct vm_ctx c = { .size = 4 * PAGE_SIZE };

	prepare_boundary(&c);
	if (!c.slot) {
		ktest_skip(t, "no two adjacent free top-level slots");
		return;
	}
	/* A kmalloc and 4 pages at least (prealloc has the tables already). */
	EXPECT_GE(t, sweep(t, &op, &c), 5U);
}

static void prepare_vmap(void *p)
{
	struct vm_ctx *c = p;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(c->pages); i++)
		c->pages[i] = alloc_page(GFP_HIGHUSER);
}

static int run_vmap(void *p)
{
	struct vm_ctx *c = p;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(c->pages); i++)
		if (!c->pages[i])
			return -EBUSY;
	c->addr = vmap(c->pages, ARRAY_SIZE(c->pages), 0, PAGE_KERNEL);
	return c->addr ? 0 : -ENOMEM;
}

static void undo_vunmap(void *p)
{
	vunmap(((struct vm_ctx *)p)->addr);
}

static void cleanup_vmap(void *p)
{
	struct vm_ctx *c = p;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(c->pages); i++)
		if (c->pages[i])
			__free_page(c->pages[i]);
}

KTEST(fault_inject, sweep_vmap)
{
	static const struct sweep_op op = { "vmap", prepare_vmap, run_vmap,
					    undo_vunmap, cleanup_vmap };
	struct vm_ctx c = { 0 };

	EXPECT_GE(t, sweep(t, &op, &c), 1U);
}

static int run_ioremap(void *p)
{
	struct vm_ctx *c = p;

	/* The VGA text buffer: it exists in every machine QEMU makes. */
	c->addr = ioremap(0xb8010, 3 * PAGE_SIZE);
	return c->addr ? 0 : -ENOMEM;
}

static void undo_iounmap(void *p)
{
	iounmap(((struct vm_ctx *)p)->addr);
}

KTEST(fault_inject, sweep_ioremap)
{
	static const struct sweep_op op = { "ioremap", NULL, run_ioremap,
					    undo_iounmap, NULL };
	struct vm_ctx c = { 0 };

	EXPECT_GE(t, sweep(t, &op, &c), 1U);
}

static int run_mm_alloc(void *p)
{
	struct vm_ctx *c = p;

	c->mm = mm_alloc();
	return c->mm ? 0 : -ENOMEM;
}

static void undo_mm_alloc(void *p)
{
	mm_free(((struct vm_ctx *)p)->mm);
}

KTEST(fault_inject, sweep_mm_alloc)
{
	static const struct sweep_op op = { "mm_alloc", NULL, run_mm_alloc,
					    undo_mm_alloc, NULL };
	struct vm_ctx c = { 0 };

	/* The mm_struct, the PGD (PAE: and its 3 user PMDs). */
	EXPECT_GE(t, sweep(t, &op, &c), 1U + (unsigned int)PGD_PAGES);
}

static int run_user_task(void *p)
{
	struct vm_ctx *c = p;
	unsigned long data[2] = { PROBE_READ, USER_DATA };

	c->task = user_task_create("probe", data, sizeof(data));
	return c->task ? 0 : -ENOMEM;
}

static void undo_task(void *p)
{
	struct vm_ctx *c = p;

	local_irq_enable();
	task_wait(c->task);
	local_irq_disable();
}

KTEST(fault_inject, sweep_user_task_create)
{
	static const struct sweep_op op = { "user_task_create", NULL,
					    run_user_task, undo_task, NULL };
	struct vm_ctx c = { 0 };

	/* mm, PGD, code and data pages and their tables, task, stack. */
	/* A kmalloc and 4 pages at least (prealloc has the tables already). */
	EXPECT_GE(t, sweep(t, &op, &c), 5U);
}

/*
 * The task exists; it reads its stack page, which nobody filled yet: the
 * fill (a page) runs under injection, in the task's own page fault. A
 * failed fill kills only that task, with its report line.
 */
static void prepare_demand_fill(void *p)
{
	struct vm_ctx *c = p;
	unsigned long data[2] = { PROBE_READ, USER_STACK_TOP - 64 };

	c->task = user_task_create("probe", data, sizeof(data));
}

static int run_demand_fill(void *p)
{
	struct vm_ctx *c = p;
	int code;

	if (!c->task)
		return -EBUSY;
	local_irq_enable();
	code = task_wait(c->task);
	local_irq_disable();
	c->task = NULL;
	return code == 0 ? 0 : code == EXIT_KILLED ? -ENOMEM : -EINVAL;
}

KTEST(fault_inject, sweep_user_demand_fill)
{
	static const struct sweep_op op = { "demand fill", prepare_demand_fill,
					    run_demand_fill, NULL, NULL };
	struct vm_ctx c = { 0 };

	EXPECT_GE(t, sweep(t, &op, &c), 1U);
}

static void nothing(void *arg __unused)
{
}

static int run_kthread(void *p)
{
	struct vm_ctx *c = p;

	c->task = kthread_create(nothing, NULL, "sweep");
	return c->task ? 0 : -ENOMEM;
}

KTEST(fault_inject, sweep_kthread_create)
{
	static const struct sweep_op op = { "kthread_create", NULL, run_kthread,
					    undo_task, NULL };
	struct vm_ctx c = { 0 };

	/* The task_struct, the stack's area, its array and its pages. */
	EXPECT_GE(t, sweep(t, &op, &c), 2U + THREAD_SIZE / PAGE_SIZE);
}
