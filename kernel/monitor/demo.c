// SPDX-License-Identifier: MIT
/*
 * The lazy sync's story with real numbers (`demo`), and the same workload
 * with many processes as a machine-readable map (`kpgdmap`, drawn by
 * `make heatmap`).
 *
 * A "process" is a kernel thread with an address space of its own: it
 * runs on its own PGD, so its kernel-mode reads of a vmalloc area fault
 * exactly as a process's system call would. Each process is born (its PGD
 * copied from init_mm) before the areas exist (kpgdmap: in waves between
 * the allocations); the monitor then lets each one read the areas and
 * records which kernel top-level slots its PGD has, and how each got
 * there (include/kernel/kpgd_origin.h).
 */
#include <asm/irq.h>
#include <asm/tlbflush.h>
#include <kernel/errno.h>
#include <kernel/fault.h>
#include <kernel/kpgd_origin.h>
#include <kernel/mm.h>
#include <kernel/pgtable.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/task_stack.h>
#include <kernel/version.h>
#include <kernel/vmalloc.h>

#include "monitor.h"

#define DEMO_PROCS 3
#define DEMO_SLOTS 2
#define MAP_PROCS_DEFAULT 32
#define MAP_PROCS_MAX 128
#define MAP_SLOTS 8

static const char *const strategy_names[] = { "lazy", "eager", "prealloc" };

struct kpgd_run {
	unsigned int nprocs, nslots;
	bool staggered; /* kpgdmap: born in waves; not every slot touched */
	struct mm_struct *mm[MAP_PROCS_MAX];
	struct task_struct *task[MAP_PROCS_MAX];
	int pid[MAP_PROCS_MAX];
	unsigned long faults[MAP_PROCS_MAX], again[MAP_PROCS_MAX];
	/* What process i's reads of the areas add up to. */
	unsigned long expect[MAP_PROCS_MAX];
	unsigned long *area[MAP_SLOTS];
	unsigned long slot[MAP_SLOTS]; /* start address of each slot */
};

static struct kpgd_run run;

/* ---- slots no PGD has yet ---------------------------------------------------- */

/* A top-level slot (PAE: a PMD-sized part of the shared kernel PMD). */
static unsigned long demo_slot_size(void)
{
	return PGTABLE_TOP_TABLES_PINNED ? PMD_SIZE : PGDIR_SIZE;
}

/*
 * The first slot of the vmalloc range that no PGD has an entry for yet;
 * when every entry exists from boot (prealloc, PAE), one with no area.
 */
static unsigned long demo_fresh_slot(void)
{
	unsigned long size = demo_slot_size();
	unsigned long a = ALIGN_UP(VMALLOC_START, size);

	for (; a && a + size <= VMALLOC_END; a += size) {
		bool empty =
			PGTABLE_TOP_TABLES_PINNED ||
					kpgd_sync == KPGD_SYNC_PREALLOC
				? true
				: !pgd_val(*pgd_offset_pgd(init_mm.pgd, a));

		if (empty && !vmap_area_find_containing(&vmap_area_root, a) &&
		    !vmalloc_area_containing(a + size - 1))
			return a;
	}
	return 0;
}

static int run_alloc_slot(unsigned int s)
{
	unsigned long a = demo_fresh_slot(), i;

	if (!a) {
		printk("demo: no fresh top-level slot left in the vmalloc range (each run takes new ones)\n");
		return -ENOSPC;
	}
	run.area[s] = __vmalloc_node_range(
		PAGE_SIZE, PAGE_SIZE, a, a + demo_slot_size(),
		GFP_KERNEL | __GFP_ZERO, PAGE_KERNEL, 0, 0, NULL);
	if (!run.area[s]) {
		printk("demo: vmalloc in slot %p failed: out of memory\n",
		       (void *)a);
		return -ENOMEM;
	}
	run.slot[s] = a;
	for (i = 0; i < PAGE_SIZE / sizeof(long); i++)
		run.area[s][i] = 0x1000 + s;
	/* The write left a global TLB entry that survives CR3 loads. */
	flush_tlb_kernel_range((unsigned long)run.area[s],
			       (unsigned long)run.area[s] + PAGE_SIZE);
	return 0;
}

/* ---- the processes ------------------------------------------------------------- */

static bool run_touches(unsigned int i, unsigned int s)
{
	return !run.staggered || (i + s) % 3 != 0;
}

/*
 * Body of process i: read each area, counting the sync faults; twice.
 * Each process reads its own word of the page: the fault-loop guard of
 * arch/x86/mm/fault.c compares only the IP and the address, not CR3, so
 * many processes syncing the very same word one after another would look
 * like one fault "fixed" and coming back (a false loop).
 */
static void run_touch(void *arg)
{
	unsigned int i = (unsigned int)(uintptr_t)arg, s, pass;
	unsigned int word = i % (PAGE_SIZE / sizeof(long));
	unsigned long flags, sum = 0;

	local_irq_save(flags);
	for (pass = 0; pass < 2; pass++) {
		unsigned long before = pf_stats.vmalloc_sync, n;

		for (s = 0; s < run.nslots; s++)
			if (run_touches(i, s))
				sum += READ_ONCE(run.area[s][word]);
		/* The fault handler changed pf_stats behind the compiler's back. */
		n = pf_stats.vmalloc_sync - before;
		if (pass == 0)
			run.faults[i] = n;
		else
			run.again[i] = n;
	}
	local_irq_restore(flags);
	task_exit(sum == run.expect[i] ? 0 : 1);
}

/* Process i is born: a PGD now, its task (not yet run) with it. */
static int run_birth(unsigned int i)
{
	char name[TASK_COMM_LEN];

	run.mm[i] = mm_alloc();
	if (!run.mm[i])
		return -ENOMEM;
	snprintf(name, sizeof(name), "demo-%u", i);
	mmgrab(run.mm[i]); /* ours: the table outlives the task */
	run.task[i] =
		task_create(run_touch, (void *)(uintptr_t)i, name, run.mm[i]);
	if (!run.task[i]) {
		mm_free(run.mm[i]);
		run.mm[i] = NULL;
		return -ENOMEM;
	}
	/* One CPU: the fault counts below are read from one global counter. */
	run.task[i]->cpus_allowed = 1UL << 0;
	wake_up_new_task(run.task[i]);
	run.pid[i] = run.task[i]->pid;
	return 0;
}

/* Undo what run_setup did; tasks that never ran are run to the end first. */
static void run_release(void)
{
	unsigned int i, s;

	for (i = 0; i < run.nprocs; i++) {
		if (run.task[i])
			task_wait(run.task[i]);
		local_irq_disable();
		if (run.mm[i])
			mmdrop(run.mm[i]);
		run.task[i] = NULL;
		run.mm[i] = NULL;
	}
	for (s = 0; s < run.nslots; s++) {
		vfree(run.area[s]);
		run.area[s] = NULL;
	}
	/* The tasks' stacks went to the cache: give them back, meminfo shows it. */
	thread_stack_cache_drain();
}

/*
 * Births and allocations: all processes first (demo), or process i born
 * once i * nslots / nprocs slots are allocated (kpgdmap).
 */
static int run_setup(unsigned int nprocs, unsigned int nslots, bool staggered)
{
	unsigned int i, s = 0;
	int err = 0;

	memset(&run, 0, sizeof(run));
	run.nprocs = nprocs;
	run.staggered = staggered;
	for (i = 0; i < nprocs && !err; i++) {
		while (!err && staggered && s < i * nslots / nprocs) {
			err = run_alloc_slot(s);
			run.nslots = s += !err;
		}
		if (!err)
			err = run_birth(i);
	}
	if (err == -ENOMEM)
		printk("demo: out of memory for process %u\n", i);
	return err;
}

static int run_alloc_rest(unsigned int nslots)
{
	int err = 0;

	while (!err && run.nslots < nslots) {
		err = run_alloc_slot(run.nslots);
		run.nslots += !err;
	}
	return err;
}

/*
 * Let every process run to the end (interrupts on while waiting). Returns
 * how many read something other than the values the areas hold.
 */
static unsigned int run_all(void)
{
	unsigned int i, s, bad = 0;

	for (i = 0; i < run.nprocs; i++) {
		run.expect[i] = 0;
		for (s = 0; s < run.nslots; s++)
			if (run_touches(i, s))
				run.expect[i] +=
					2 * (0x1000 + s); /* two passes */
	}
	for (i = 0; i < run.nprocs; i++) {
		bad += task_wait(run.task[i]) != 0;
		run.task[i] = NULL;
	}
	local_irq_disable();
	if (bad)
		printk("demo: %u processes read wrong values from the areas\n",
		       bad);
	return bad;
}

/* ---- demo ----------------------------------------------------------------------- */

static void demo_table(const char *when)
{
	unsigned int i, s;

	printk("   %s:   pid", when);
	for (s = 0; s < run.nslots; s++)
		printk("  pgd[%lu]", pgd_index(run.slot[s]));
	printk("\n");
	for (i = 0; i < run.nprocs; i++) {
		printk("   %*s%5d", (int)strlen(when) + 1, "", run.pid[i]);
		for (s = 0; s < run.nslots; s++) {
			char col[16];

			snprintf(col, sizeof(col), "pgd[%lu]",
				 pgd_index(run.slot[s]));
			printk("  %-*s", (int)strlen(col),
			       kpgd_origin_name(kpgd_origin_get(
				       run.mm[i], pgd_index(run.slot[s]))));
		}
		printk("\n");
	}
}

static unsigned long demo_count(enum kpgd_origin how)
{
	unsigned long n = 0;
	unsigned int i, s;

	for (i = 0; i < run.nprocs; i++)
		for (s = 0; s < run.nslots; s++)
			n += kpgd_origin_get(run.mm[i],
					     pgd_index(run.slot[s])) == how;
	return n;
}

int mon_demo(int argc __unused, char **argv __unused)
{
	unsigned long syncs0 = pf_stats.vmalloc_sync, faults = 0, again = 0;
	unsigned int i, s;
	int err;

	printk("demo: the lazy sync of kernel PGD entries (%s, kpgd_sync=%s, a top-level slot maps %lu %s)\n",
	       KERNEL_MODE, strategy_names[kpgd_sync],
	       (unsigned long)(PGDIR_SIZE >> (PGDIR_SHIFT >= 40	  ? 40
					      : PGDIR_SHIFT >= 30 ? 30
								  : 20)),
	       PGDIR_SHIFT >= 40   ? "TiB"
	       : PGDIR_SHIFT >= 30 ? "GiB"
				   : "MiB");
	err = run_setup(DEMO_PROCS, DEMO_SLOTS, false);
	if (err)
		goto out;
	printk("1. %u processes are born; each PGD gets a copy of init_mm's kernel half:",
	       DEMO_PROCS);
	for (i = 0; i < run.nprocs; i++)
		printk(" pid %d (PGD 0x%llx)", run.pid[i],
		       (unsigned long long)__pa(run.mm[i]->pgd));
	printk("\n");
	err = run_alloc_rest(DEMO_SLOTS);
	if (err)
		goto out;
	printk("2. vmalloc into %u top-level slots no PGD had: init_mm gets the new entries\n",
	       DEMO_SLOTS);
	for (s = 0; s < run.nslots; s++)
		printk("   %p in pgd[%lu]: init_mm entry %llx\n", run.area[s],
		       pgd_index(run.slot[s]),
		       (unsigned long long)pgd_val(
			       *pgd_offset_pgd(init_mm.pgd, run.slot[s])));
	demo_table("before");
	printk("3. each process reads each area, on its own PGD (kernel mode)\n");
	if (run_all())
		err = -EFAULT;
	for (i = 0; i < run.nprocs; i++) {
		printk("   pid %d: %lu sync faults, %lu when it reads again\n",
		       run.pid[i], run.faults[i], run.again[i]);
		faults += run.faults[i];
		again += run.again[i];
	}
	printk("4. the PGDs now (birth: copied at pgd_alloc, lazy: by a sync fault, eager: at vmalloc)\n");
	demo_table("after");
	printk("demo: %u processes x %u slots: %lu sync faults, %lu on the second pass, %lu lazy, %lu eager, %lu birth (pf: %lu syncs in all)\n",
	       DEMO_PROCS, DEMO_SLOTS, faults, again,
	       demo_count(KPGD_ORIGIN_LAZY), demo_count(KPGD_ORIGIN_EAGER),
	       demo_count(KPGD_ORIGIN_BIRTH), pf_stats.vmalloc_sync - syncs0);
	if (PGTABLE_TOP_TABLES_PINNED)
		printk("demo: PAE shares the kernel PMD page between all PGDs: nothing was ever missing\n");
	else if (kpgd_sync == KPGD_SYNC_LAZY)
		printk("demo: one fault per (process, slot), none after: the entry is copied once, the tables below it are shared\n");
out:
	run_release();
	return err;
}

/* ---- kpgdmap: the heat map's data ------------------------------------------------- */

static char origin_char(enum kpgd_origin how)
{
	static const char chars[] = ".BLEO";

	return (unsigned int)how < sizeof(chars) - 1 ? chars[how] : '?';
}

int mon_kpgdmap(int argc, char **argv)
{
	unsigned long n = MAP_PROCS_DEFAULT, syncs0 = pf_stats.vmalloc_sync;
	unsigned long eager0 = kpgd_eager_copies;
	char row[KPGD_NR_SLOTS + 1];
	unsigned int i, j;
	int err;

	if (argc == 2 && mon_arg_ulong("kpgdmap", "count", argv[1], &n))
		return -EINVAL;
	if (n < MAP_SLOTS || n > MAP_PROCS_MAX) {
		printk("kpgdmap: count %lu is out of range (%d .. %d)\n", n,
		       MAP_SLOTS, MAP_PROCS_MAX);
		return -ERANGE;
	}
	err = run_setup((unsigned int)n, MAP_SLOTS, true);
	if (!err)
		err = run_alloc_rest(MAP_SLOTS);
	if (err)
		goto out;
	if (run_all())
		err = -EFAULT;
	printk("kpgdmap: begin mode=%s strategy=%s procs=%u slots=%u first=%u count=%u\n",
	       KERNEL_MODE, strategy_names[kpgd_sync], run.nprocs, run.nslots,
	       (unsigned int)KPGD_FIRST_SLOT, (unsigned int)KPGD_NR_SLOTS);
	for (j = 0; j < run.nslots; j++)
		printk("kpgdmap: area %u pgd=%lu\n", j, pgd_index(run.slot[j]));
	for (i = 0; i < run.nprocs; i++) {
		for (j = 0; j < KPGD_NR_SLOTS; j++)
			row[j] = origin_char(kpgd_origin_get(
				run.mm[i], KPGD_FIRST_SLOT + j));
		row[KPGD_NR_SLOTS] = '\0';
		printk("kpgdmap: row %u pid=%d faults=%lu %s\n", i, run.pid[i],
		       run.faults[i], row);
	}
	printk("kpgdmap: end syncs=%lu eager_copies=%lu\n",
	       pf_stats.vmalloc_sync - syncs0, kpgd_eager_copies - eager0);
out:
	run_release();
	return err;
}
