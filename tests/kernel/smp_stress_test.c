// SPDX-License-Identifier: MIT
/*
 * Every CPU at once on the same allocator: one thread bound to each
 * online CPU, released together, each checking its own patterns. After
 * each stress the checkers run over the buddy lists, the vmalloc tree and
 * page tables, and every page, PGD and task must be back.
 */
#include <asm/processor.h>
#include <asm/smp.h>
#include <kernel/ktest.h>
#include <kernel/leak_check.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/smp.h>
#include <kernel/string.h>
#include <kernel/time.h>
#include <kernel/user.h>
#include <kernel/vmalloc.h>

#include "vm_check.h"
#include "vm_slots.h"

#define STRESS_ITERS 300
#define STRESS_LIVE 6

struct stress_cpu {
	unsigned int seed;
	unsigned long ops, bad, failed;
	unsigned int cpu_seen; /* where the body ran: must be its own CPU */
};

static struct stress_cpu per_cpu[NR_CPUS];
static volatile unsigned int arrived, started;

static unsigned int stress_rand(struct stress_cpu *s)
{
	s->seed = s->seed * 1103515245u + 12345u;
	return s->seed >> 8;
}

/* Wait for every thread, so that all CPUs start hammering at once. */
static void stress_start(unsigned int n)
{
	__atomic_add_fetch(&arrived, 1, __ATOMIC_SEQ_CST);
	while (READ_ONCE(arrived) < n && !READ_ONCE(started))
		cpu_relax();
	WRITE_ONCE(started, 1);
}

static void fill(void *p, unsigned long size, unsigned char seed)
{
	unsigned char *c = p;

	for (unsigned long i = 0; i < size; i += 64)
		c[i] = (unsigned char)(seed + i / 64);
	if ((size - 1) % 64) /* the last byte too, unless the loop had it */
		c[size - 1] = seed;
}

static bool check(const void *p, unsigned long size, unsigned char seed)
{
	const unsigned char *c = p;

	for (unsigned long i = 0; i < size; i += 64)
		if (c[i] != (unsigned char)(seed + i / 64))
			return false;
	return (size - 1) % 64 == 0 || c[size - 1] == seed;
}

/* ---- the bodies: one per kind of object -------------------------------- */

struct live {
	void *p;
	struct page *page;
	unsigned long size;
	unsigned char seed;
};

typedef void *(*alloc_fn)(struct live *l, unsigned int r);
typedef void (*free_fn)(struct live *l);

static void *vmalloc_one(struct live *l, unsigned int r)
{
	l->size = PAGE_SIZE * (1 + r % 8);
	return vmalloc(l->size);
}

static void vfree_one(struct live *l)
{
	vfree(l->p);
}

static void *pages_one(struct live *l, unsigned int r)
{
	unsigned int order = r % 4;

	l->page = alloc_pages(GFP_KERNEL, order);
	l->size = PAGE_SIZE << order;
	return l->page ? page_address(l->page) : NULL;
}

static void pages_free(struct live *l)
{
	__free_pages(l->page, (unsigned int)__builtin_ctzl(l->size >> 12));
}

static void *kmalloc_one(struct live *l, unsigned int r)
{
	l->size = 8 + r % 3000;
	return kmalloc(l->size, GFP_KERNEL);
}

static void kfree_one(struct live *l)
{
	kfree(l->p);
}

struct stress_kind {
	alloc_fn alloc;
	free_fn free;
};

static const struct stress_kind *stress_kind;
static unsigned int stress_threads;

/* Allocate, fill, check and free, keeping up to STRESS_LIVE objects. */
static void stress_objects(void *arg)
{
	struct stress_cpu *s = arg;
	struct live live[STRESS_LIVE] = { 0 };

	stress_start(stress_threads);
	s->cpu_seen = smp_processor_id();
	for (unsigned int i = 0; i < STRESS_ITERS; i++) {
		unsigned int r = stress_rand(s);
		struct live *l = &live[r % STRESS_LIVE];

		if (l->p) {
			s->bad += !check(l->p, l->size, l->seed);
			stress_kind->free(l);
			l->p = NULL;
		} else {
			l->seed = (unsigned char)(r >> 8);
			l->p = stress_kind->alloc(l, r >> 4);
			if (l->p)
				fill(l->p, l->size, l->seed);
			else
				s->failed++;
		}
		s->ops++;
	}
	for (unsigned int i = 0; i < STRESS_LIVE; i++)
		if (live[i].p) {
			s->bad += !check(live[i].p, live[i].size, live[i].seed);
			stress_kind->free(&live[i]);
		}
}

/* Address spaces born and freed: each new PGD has init_mm's kernel half. */
static void stress_pgds(void *arg)
{
	struct stress_cpu *s = arg;

	stress_start(stress_threads);
	s->cpu_seen = smp_processor_id();
	for (unsigned int i = 0; i < STRESS_ITERS; i++) {
		struct mm_struct *mm = mm_alloc();

		if (!mm) {
			s->failed++;
			continue;
		}
		for (unsigned int k = KERNEL_PGD_BOUNDARY; k < PTRS_PER_PGD;
		     k++) {
			u64 have = pgd_val(mm->pgd[k]),
			    want = pgd_val(init_mm.pgd[k]);

			/* Lazy: an entry may be missing, never different. */
			if (have && have != want)
				s->bad++;
		}
		mm_free(mm);
		s->ops++;
	}
}

/* User tasks started and waited for; each reads its data page and exits 0. */
static void stress_user_tasks(void *arg)
{
	struct stress_cpu *s = arg;

	stress_start(stress_threads);
	s->cpu_seen = smp_processor_id();
	for (unsigned int i = 0; i < STRESS_ITERS / 10; i++) {
		unsigned long data[2] = { 0, USER_DATA };
		struct task_struct *u =
			user_task_create("probe", data, sizeof(data));

		if (!u) {
			s->failed++;
			continue;
		}
		s->bad += task_wait(u) != 0;
		s->ops++;
	}
}

static void nothing(void *info __unused)
{
}

/*
 * Every other CPU has been through a point with interrupts on: a switch
 * it was in the middle of (and the mm reference it drops) is finished.
 */
static unsigned long free_pages_quiet(void)
{
	local_irq_enable();
	on_each_cpu(nothing, NULL, true);
	local_irq_disable();
	return free_pages_all();
}

/* One thread per online CPU, bound there; then every check. */
static void stress_all_cpus(struct ktest *t, void (*body)(void *))
{
	unsigned long free0 = free_pages_quiet(), pgds0 = nr_pgds,
		      tasks0 = sched_stats.tasks_alive,
		      areas0 = vmalloc_stats.areas;
	struct task_struct *task[NR_CPUS] = { 0 };
	unsigned long ops = 0, bad = 0, failed = 0;
	unsigned int cpu, n = 0;

	memset(per_cpu, 0, sizeof(per_cpu));
	arrived = started = 0;
	stress_threads = num_online_cpus();
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		per_cpu[cpu].seed = 17 + cpu * 7919;
		per_cpu[cpu].cpu_seen = ~0u;
		task[cpu] = kthread_create_on_cpu(body, &per_cpu[cpu], "stress",
						  cpu);
		ASSERT_NOT_NULL(t, task[cpu]);
		n++;
	}
	local_irq_enable();
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (task[cpu])
			EXPECT_EQ(t, task_wait(task[cpu]), 0);
	local_irq_disable();
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		if (!task[cpu])
			continue;
		EXPECT_EQ(t, per_cpu[cpu].cpu_seen, cpu);
		ops += per_cpu[cpu].ops;
		bad += per_cpu[cpu].bad;
		failed += per_cpu[cpu].failed;
	}
	ktest_log(t, "%u CPUs: %lu operations, %lu failed allocations", n, ops,
		  failed);
	EXPECT_EQ(t, bad, 0UL);
	EXPECT_EQ(t, failed, 0UL);
	EXPECT_EQ(t, page_alloc_verify(), 0UL);
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
	/*
	 * Exactly back. (vmalloc counts the table pages it keeps from this
	 * CPU's allocations alone: from the global count, user tasks' tables
	 * filled on other CPUs meanwhile put it a few pages off either way.)
	 */
	EXPECT_EQ(t, free_pages_quiet(), free0);
	EXPECT_EQ(t, vmalloc_stats.areas, areas0);
	EXPECT_EQ(t, nr_pgds, pgds0);
	EXPECT_EQ(t, sched_stats.tasks_alive, tasks0);
}

KTEST(smp_stress, vmalloc_vfree_touch)
{
	static const struct stress_kind k = { vmalloc_one, vfree_one };

	stress_kind = &k;
	stress_all_cpus(t, stress_objects);
}

KTEST(smp_stress, alloc_pages_free)
{
	static const struct stress_kind k = { pages_one, pages_free };

	stress_kind = &k;
	stress_all_cpus(t, stress_objects);
}

KTEST(smp_stress, kmalloc_kfree)
{
	static const struct stress_kind k = { kmalloc_one, kfree_one };

	stress_kind = &k;
	stress_all_cpus(t, stress_objects);
}

KTEST(smp_stress, pgd_alloc_free)
{
	stress_all_cpus(t, stress_pgds);
}

KTEST(smp_stress, user_tasks_come_and_go)
{
	stress_all_cpus(t, stress_user_tasks);
}

static volatile bool churn_stop;
static unsigned int churning;

static void spin_a_while(void)
{
	for (unsigned int i = 0; i < 200; i++)
		cpu_relax();
}

/* A page-table page held half the time (as another mm's tables come and go). */
static void table_churn(void *arg __unused)
{
	__atomic_add_fetch(&churning, 1, __ATOMIC_SEQ_CST);
	while (!READ_ONCE(churn_stop)) {
		phys_addr_t pa = pgtable_alloc();

		spin_a_while();
		if (pa)
			pgtable_free(pa);
		spin_a_while();
	}
}

static unsigned long slot_without_tables(unsigned int n)
{
	for (unsigned int k = 0; k < 256; k++) {
		unsigned long slot = fresh_slot(k);

		if (!slot)
			return 0;
		if (!kernel_table_pages_in(slot, slot + slot_size()) &&
		    n-- == 0)
			return slot;
	}
	return 0;
}

/*
 * vmalloc keeps the table pages it allocates for its range, and counts
 * them (vmalloc_stats.pgtable_pages) as the tables its own work added,
 * not whatever other CPUs allocated and freed meanwhile (user page
 * tables, in the user-task stress: that put the free-page check a few
 * pages off now and then).
 */
KTEST(smp_stress, vmalloc_counts_its_own_tables)
{
	struct task_struct *task[NR_CPUS] = { NULL };
	unsigned long wrong = 0, start;
	unsigned int cpu, i, made = 0;

	if (num_online_cpus() < 2) {
		ktest_skip(t, "one CPU (QEMU: -smp 2)");
		return;
	}
	churn_stop = false;
	churning = 0;
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask)) {
			task[cpu] = kthread_create_on_cpu(table_churn, NULL,
							  "churn", cpu);
			made += task[cpu] != NULL;
		}
	local_irq_enable();
	for (start = jiffies;
	     READ_ONCE(churning) < made && jiffies - start < 2 * HZ;)
		cpu_relax(); /* idle CPUs pick them up at their next tick */
	EXPECT_EQ(t, churning, made);
	for (i = 0; i < 8; i++) {
		unsigned long slot = slot_without_tables(0), counted, tables;
		void *p;

		if (!slot)
			break;
		counted = vmalloc_stats.pgtable_pages;
		tables = kernel_table_pages();
		p = vmalloc_in_slot(slot, PAGE_SIZE);
		EXPECT_NOT_NULL(t, p);
		if (!p)
			break;
		/* New tables for the fresh slot, and no other change. */
		EXPECT_GT(t, kernel_table_pages(), tables);
		wrong += vmalloc_stats.pgtable_pages - counted !=
			 kernel_table_pages() - tables;
		vfree(p);
	}
	WRITE_ONCE(churn_stop, true);
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (task[cpu])
			task_wait(task[cpu]);
	local_irq_disable();
	EXPECT_EQ(t, wrong, 0UL);
}
