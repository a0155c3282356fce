// SPDX-License-Identifier: MIT
/*
 * The kernel-PGD sync with several CPUs racing (docs/page-faults.md,
 * "Several CPUs"): every CPU touches the same fresh top-level slot at once,
 * each in its own address space and all in one; new slots appear while
 * other CPUs switch between many address spaces and read them; and the
 * eager strategy's window (the entry in init_mm, not yet in this PGD) is
 * covered by the fault. Under kpgd_sync=eager and prealloc the same tests
 * expect no sync fault at all (SYNC_FAULTS).
 */
#include <asm/processor.h>
#include <asm/smp.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/pgtable.h>
#include <kernel/preempt.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

#define WORD(i) (0x5a5a0000UL + (i))

static volatile unsigned long *volatile race_area;
static volatile bool race_go;
static unsigned int race_arrived, race_bad;

/* Wait for the release, then read the area on this CPU, in this task's mm. */
static void racer(void *arg __unused)
{
	__atomic_add_fetch(&race_arrived, 1, __ATOMIC_SEQ_CST);
	while (!READ_ONCE(race_go))
		cpu_relax();
	if (*race_area != WORD(0))
		__atomic_add_fetch(&race_bad, 1, __ATOMIC_RELAXED);
}

static bool top_entry_matches(struct mm_struct *mm, unsigned long addr)
{
	return pgd_val(*pgd_offset_pgd(mm->pgd, addr)) ==
	       pgd_val(*pgd_offset_pgd(init_mm.pgd, addr));
}

/*
 * One racer per online CPU, bound, each on mms[own ? cpu : 0]; all
 * released at once on a fresh slot that their PGDs lack.
 */
static void race_same_slot(struct ktest *t, bool own)
{
	unsigned int n = num_online_cpus(), cpu, made = 0, i;
	struct mm_struct *mms[NR_CPUS] = { NULL };
	struct task_struct *task[NR_CPUS] = { NULL };
	unsigned long syncs, loops = pf_stats.loops, slot = fresh_slot(0);
	unsigned long start;

	if (!slot) {
		ktest_skip(t, "no fresh top-level slot left");
		return;
	}
	for (i = 0; i < (own ? n : 1); i++) {
		mms[i] = mm_alloc();
		ASSERT_NOT_NULL(t, mms[i]);
	}
	race_go = false;
	race_arrived = race_bad = 0;
	/* Tasks (and their stacks) first: the slot stays the area's alone. */
	for (cpu = 0; cpu < NR_CPUS && made < n; cpu++) {
		struct mm_struct *mm = mms[own ? made : 0];

		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		mmgrab(mm); /* the task's reference */
		task[cpu] = task_create(racer, NULL, "racer", mm);
		EXPECT_NOT_NULL(t, task[cpu]);
		if (!task[cpu]) {
			mmdrop(mm);
			break;
		}
		task[cpu]->cpus_allowed = 1UL << cpu;
		wake_up_new_task(task[cpu]);
		made++;
	}
	race_area = vmalloc_in_slot(slot, PAGE_SIZE);
	EXPECT_NOT_NULL(t, race_area);
	if (race_area) {
		*race_area = WORD(0);
		/* Our write left a global TLB entry (Bochs keeps it across
		 * CR3 loads): the racers must walk their own tables. */
		flush_tlb_kernel_range((unsigned long)race_area,
				       (unsigned long)race_area + PAGE_SIZE);
	}
	syncs = pf_stats.vmalloc_sync;
	local_irq_enable();
	for (start = jiffies;
	     READ_ONCE(race_arrived) < made && jiffies - start < 5 * HZ;)
		schedule(); /* CPU 0's racer needs this CPU */
	EXPECT_EQ(t, race_arrived, made);
	WRITE_ONCE(race_go, race_area != NULL);
	if (!race_area) /* let them finish anyway: on a valid area */
		race_area = (volatile unsigned long *)&race_go, race_go = true;
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (task[cpu])
			EXPECT_EQ(t, task_wait(task[cpu]), 0);
	local_irq_disable();
	EXPECT_EQ(t, race_bad, 0U);
	EXPECT_EQ(t, pf_stats.loops, loops);
	for (i = 0; i < (own ? n : 1); i++)
		EXPECT_TRUE(t, top_entry_matches(mms[i], slot));
	if (own) /* exactly one sync per address space */
		EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(made));
	else /* CPUs racing on one PGD may each write the same entry */
		EXPECT_LE(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(made));
	if (!own && SYNC_FAULTS(1))
		EXPECT_GE(t, pf_stats.vmalloc_sync - syncs, 1UL);
	ktest_log(t, "%u CPUs, %lu sync faults", made,
		  pf_stats.vmalloc_sync - syncs);
	if (race_area != (volatile unsigned long *)&race_go)
		vfree((void *)race_area);
	for (i = 0; i < NR_CPUS; i++)
		if (mms[i])
			mmdrop(mms[i]);
}

KTEST(lazy_sync_smp, same_slot_every_cpu_own_address_space)
{
	race_same_slot(t, true);
}

KTEST(lazy_sync_smp, same_slot_every_cpu_one_address_space)
{
	race_same_slot(t, false);
}

/* ---- new slots while other CPUs switch address spaces -------------------- */

#define SWITCH_MMS 16
#define NEW_SLOTS 4

static struct mm_struct *switch_mms[SWITCH_MMS];
static volatile unsigned long *volatile new_areas[NEW_SLOTS];
static volatile unsigned int new_published;
static volatile bool switch_stop;
static unsigned long switch_reads[NR_CPUS], switch_bad;

/* Switch between the mms (preemption off), reading every published area. */
static void switcher(void *arg)
{
	unsigned int cpu = (unsigned int)(unsigned long)arg, k = cpu;
	struct mm_struct *home = current->active_mm;

	while (!READ_ONCE(switch_stop)) {
		unsigned int n = READ_ONCE(new_published);

		preempt_disable();
		switch_mm(switch_mms[k++ % SWITCH_MMS]);
		for (unsigned int i = 0; i < n; i++) {
			if (*new_areas[i] != WORD(i))
				__atomic_add_fetch(&switch_bad, 1,
						   __ATOMIC_RELAXED);
			switch_reads[cpu]++;
		}
		switch_mm(home);
		preempt_enable();
	}
}

KTEST(lazy_sync_smp, new_slots_while_cpus_switch_address_spaces)
{
	struct task_struct *task[NR_CPUS] = { NULL };
	unsigned long loops = pf_stats.loops, syncs, reads = 0, start;
	unsigned long slots[NEW_SLOTS];
	unsigned int cpu, i, made = 0;

	if (num_online_cpus() < 2) {
		ktest_skip(t, "one CPU (QEMU: -smp 2)");
		return;
	}
	for (i = 0; i < NEW_SLOTS; i++) {
		slots[i] = fresh_slot(i);
		if (!slots[i]) {
			ktest_skip(t, "not enough fresh top-level slots");
			return;
		}
	}
	for (i = 0; i < SWITCH_MMS; i++) {
		switch_mms[i] = mm_alloc();
		ASSERT_NOT_NULL(t, switch_mms[i]);
	}
	switch_stop = false;
	new_published = 0;
	switch_bad = 0;
	for (cpu = 1; cpu < NR_CPUS; cpu++) {
		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		switch_reads[cpu] = 0;
		task[cpu] = kthread_create_on_cpu(
			switcher, (void *)(unsigned long)cpu, "switcher", cpu);
		EXPECT_NOT_NULL(t, task[cpu]);
		made += task[cpu] != NULL;
	}
	syncs = pf_stats.vmalloc_sync;
	local_irq_enable();
	for (i = 0; i < NEW_SLOTS; i++) {
		volatile unsigned long *p =
			vmalloc_in_slot(slots[i], PAGE_SIZE);

		EXPECT_NOT_NULL(t, p);
		if (!p)
			break;
		*p = WORD(i);
		new_areas[i] = p;
		WRITE_ONCE(new_published, i + 1);
		for (start = jiffies; jiffies - start < 2;) /* let them read */
			cpu_relax();
	}
	for (start = jiffies; jiffies - start < 5;)
		cpu_relax();
	WRITE_ONCE(switch_stop, true);
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (task[cpu]) {
			task_wait(task[cpu]);
			reads += switch_reads[cpu];
		}
	local_irq_disable();
	EXPECT_EQ(t, switch_bad, 0UL);
	EXPECT_EQ(t, pf_stats.loops, loops);
	EXPECT_GT(t, reads, 0UL);
	/* Never a wrong entry; never more than one sync per (mm, slot). */
	for (unsigned int m = 0; m < SWITCH_MMS; m++)
		for (unsigned int s = 0; s < new_published; s++) {
			pgd_t e = *pgd_offset_pgd(switch_mms[m]->pgd, slots[s]);

			EXPECT_TRUE(t, !pgd_val(e) ||
					       top_entry_matches(switch_mms[m],
								 slots[s]));
		}
	/* At most one per (CPU, mm, slot): CPUs on one mm may race. */
	EXPECT_LE(t, pf_stats.vmalloc_sync - syncs,
		  SYNC_FAULTS(made * (SWITCH_MMS + made) * NEW_SLOTS));
	ktest_log(t, "%u CPUs switching, %lu reads, %lu sync faults", made,
		  reads, pf_stats.vmalloc_sync - syncs);
	for (i = 0; i < new_published; i++)
		vfree((void *)new_areas[i]);
	for (i = 0; i < SWITCH_MMS; i++)
		mm_free(switch_mms[i]);
}

/* ---- eager: the entry in init_mm, not yet in this PGD --------------------- */

static struct mm_struct *eager_mm;
static volatile unsigned long eager_saw;

static void eager_reader(void *arg __unused)
{
	eager_saw = *race_area;
}

/*
 * A CPU on a PGD that the eager copy has not reached yet touches the new
 * slot: the #PF sync fills it, in every strategy, and the access succeeds.
 * (kpgd_eager_test_skip holds the copy back for this PGD.)
 */
KTEST(lazy_sync_smp, eager_copy_not_yet_here_is_synced_by_the_fault)
{
	unsigned long loops = pf_stats.loops, syncs, eager0 = kpgd_eager_copies;
	unsigned long slot = fresh_slot(0);
	struct task_struct *task;

	if (PGTABLE_TOP_TABLES_PINNED || kpgd_sync == KPGD_SYNC_PREALLOC) {
		ktest_skip(t,
			   "no top-level entry ever appears (PAE, prealloc)");
		return;
	}
	ASSERT_NE(t, slot, 0UL);
	eager_mm = mm_alloc();
	ASSERT_NOT_NULL(t, eager_mm);
	kpgd_eager_test_skip = eager_mm;
	race_area = vmalloc_in_slot(slot, PAGE_SIZE);
	kpgd_eager_test_skip = NULL;
	ASSERT_NOT_NULL(t, race_area);
	*race_area = WORD(7);
	flush_tlb_kernel_range((unsigned long)race_area,
			       (unsigned long)race_area + PAGE_SIZE);
	EXPECT_FALSE(t, pgd_val(*pgd_offset_pgd(eager_mm->pgd, slot)));
	if (kpgd_sync == KPGD_SYNC_EAGER)
		EXPECT_EQ(t, kpgd_eager_copies - eager0, nr_pgds - 1);
	syncs = pf_stats.vmalloc_sync;
	eager_saw = 0;
	mmgrab(eager_mm);
	task = task_create(eager_reader, NULL, "eager", eager_mm);
	ASSERT_NOT_NULL(t, task);
	task->cpus_allowed = num_online_cpus() > 1 ? 1UL << 1 : 1UL;
	wake_up_new_task(task);
	local_irq_enable();
	EXPECT_EQ(t, task_wait(task), 0);
	local_irq_disable();
	EXPECT_EQ(t, eager_saw, WORD(7));
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, 1UL);
	EXPECT_EQ(t, pf_stats.loops, loops);
	EXPECT_TRUE(t, top_entry_matches(eager_mm, slot));
	vfree((void *)race_area);
	mmdrop(eager_mm);
}
