// SPDX-License-Identifier: MIT
/*
 * The heart of the project: kernel top-level entries created after a
 * process was born reach its PGD lazily, through one #PF per (process,
 * slot), copied into the PGD that CR3 points at. In PAE every PGD shares
 * the kernel PMD page and no such fault ever happens.
 *
 * "Processes" here are address spaces the test switches CR3 to (tasks
 * that run in them come with the scheduler).
 */
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/nmi.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/slab.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

static unsigned long read_words(const volatile unsigned long *p, unsigned int n)
{
	unsigned long sum = 0;

	while (n--)
		sum += p[n * (PAGE_SIZE / sizeof(long))];
	return sum;
}

KTEST(lazy_sync, one_fault_then_none)
{
	unsigned long free0 = free_pages_all(), syncs, slot = fresh_slot(0);
	struct mm_struct *b = mm_alloc();
	unsigned long *p;

	ASSERT_NOT_NULL(t, b);
	/* B exists; A (the kernel, here) maps a slot no PGD has yet. */
	p = slot ? vmalloc_in_slot(slot, 2 * PAGE_SIZE) : NULL;
	if (!p) {
		mm_free(b);
		ASSERT_NE(t, slot, 0UL);
		ASSERT_NOT_NULL(t, p);
	}
	p[0] = 0x1234;
	p[PAGE_SIZE / sizeof(long)] = 0x5678;
	if (SYNC_FAULTS(1))
		EXPECT_EQ(t, pgd_val(*pgd_offset_pgd(b->pgd, slot)), 0);
	/*
	 * The writes left global TLB entries for p, which outlive the CR3
	 * switch (QEMU's TCG drops them, Bochs and real CPUs keep them):
	 * without this flush B reads p through them and never faults.
	 */
	flush_tlb_kernel_range((unsigned long)p,
			       (unsigned long)p + 2 * PAGE_SIZE);
	nmi_probe_set(p); /* B reads it anyway: an NMI may take its sync */

	syncs = pf_stats.vmalloc_sync;
	switch_mm(b);
	EXPECT_EQ(t, read_words(p, 2), 0x1234UL + 0x5678UL);
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(1));
	/* The entry landed in B's PGD, the very one init_mm has. */
	EXPECT_EQ(t, pgd_val(*pgd_offset_pgd(b->pgd, slot)),
		  pgd_val(*pgd_offset_pgd(init_mm.pgd, slot)));

	syncs = pf_stats.vmalloc_sync;
	switch_mm(b);
	EXPECT_EQ(t, read_words(p, 2), 0x1234UL + 0x5678UL);
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, 0UL);

	nmi_probe_set(NULL);
	vfree(p);
	mm_free(b);
	EXPECT_EQ(t, free_pages_all(), free0);
}

KTEST(lazy_sync, born_after_has_the_entry)
{
	unsigned long syncs, slot = fresh_slot(0);
	struct mm_struct *c;
	unsigned long *p;

	ASSERT_NE(t, slot, 0UL);
	p = vmalloc_in_slot(slot, PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	*p = 42;
	c = mm_alloc(); /* created after the allocation */
	if (!c) {
		vfree(p);
		ASSERT_NOT_NULL(t, c);
	}
	syncs = pf_stats.vmalloc_sync;
	switch_mm(c);
	EXPECT_EQ(t, read_words(p, 1), 42UL);
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, 0UL);
	mm_free(c);
	vfree(p);
}

/* A guard page or a freed area is not "fixed" by a sync: it oopses, once. */
KTEST(lazy_sync, guard_page_and_freed_area_oops)
{
	unsigned long syncs, loops = pf_stats.loops, slot = fresh_slot(0);
	struct mm_struct *b = mm_alloc();
	volatile char *p, *q;

	ASSERT_NOT_NULL(t, b);
	p = slot ? vmalloc_in_slot(slot, PAGE_SIZE) : NULL;
	q = slot ? vmalloc_in_slot(slot, PAGE_SIZE) : NULL;
	if (!p || !q) {
		vfree((void *)p);
		vfree((void *)q);
		mm_free(b);
		ASSERT_NE(t, slot, 0UL);
		ASSERT_NOT_NULL(t, p);
		ASSERT_NOT_NULL(t, q);
	}
	vfree((void *)q);

	syncs = pf_stats.vmalloc_sync;
	switch_mm(b);
	/* The first touch syncs the slot, then the guard page still faults. */
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)p[PAGE_SIZE]);
	EXPECT_EQ(t, t->fault.address, (unsigned long)p + PAGE_SIZE);
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)q[0]);
	EXPECT_EQ(t, t->fault.address, (unsigned long)q);
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(1));
	EXPECT_EQ(t, pf_stats.loops, loops);
	vfree((void *)p);
	mm_free(b);
}

/* 256 processes, 4 fresh slots: one sync per (process, slot), never twice. */
KTEST(lazy_sync, many_processes_many_slots)
{
	enum { NPROC = 256, NSLOT = 4 };
	static struct mm_struct *mm[NPROC];
	unsigned long *area[NSLOT], syncs, slot;
	unsigned long free0 = free_pages_all();
	unsigned int i, s, round, bad = 0;

	if (nr_free_pages() < PGD_PAGES * NPROC + 64) {
		ktest_skip(t, "not enough free pages for the address spaces");
		return;
	}
	for (i = 0; i < NPROC; i++) {
		mm[i] = mm_alloc();
		if (!mm[i]) {
			EXPECT_NOT_NULL(t, mm[i]);
			goto out_free_mms;
		}
	}
	for (s = 0; s < NSLOT; s++) {
		slot = fresh_slot(0);
		area[s] = slot ? vmalloc_in_slot(slot, PAGE_SIZE) : NULL;
		if (!area[s]) {
			EXPECT_NE(t, slot, 0UL);
			EXPECT_NOT_NULL(t, area[s]);
			goto out_free_areas;
		}
		*area[s] = s + 1;
		/* Our writes left global TLB entries; a CR3 load keeps those. */
		flush_tlb_kernel_range((unsigned long)area[s],
				       (unsigned long)area[s] + PAGE_SIZE);
	}
	nmi_probe_set(area[0]); /* every process reads it anyway */
	for (round = 0; round < 2; round++) {
		syncs = pf_stats.vmalloc_sync;
		for (i = 0; i < NPROC; i++) {
			switch_mm(mm[i]);
			for (s = 0; s < NSLOT; s++)
				bad += read_words(area[s], 1) != s + 1;
			switch_mm(&init_mm);
		}
		/* The first round syncs every pair once; the second nothing. */
		EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs,
			  round ? 0UL : SYNC_FAULTS(NPROC * NSLOT));
	}
	EXPECT_EQ(t, bad, 0U);
	nmi_probe_set(NULL);
out_free_areas:
	while (s--)
		vfree(area[s]);
out_free_mms:
	while (i--)
		mm_free(mm[i]);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* An unfixable fault (the sync "fixes" nothing) trips the loop guard. */
KTEST(lazy_sync, fault_loop_guard)
{
	unsigned long loops = pf_stats.loops, slot = fresh_slot(0);
	struct mm_struct *b;
	volatile long *p;

	if (!SYNC_FAULTS(1)) {
		ktest_skip(t,
			   "no sync faults here (PAE, or kpgd_sync not lazy)");
		return;
	}
	b = mm_alloc();
	ASSERT_NOT_NULL(t, b);
	p = slot ? vmalloc_in_slot(slot, PAGE_SIZE) : NULL;
	if (!p) {
		mm_free(b);
		ASSERT_NE(t, slot, 0UL);
		ASSERT_NOT_NULL(t, p);
	}
	pf_test_skip_sync_write = true;
	switch_mm(b);
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)*p);
	switch_mm(&init_mm);
	pf_test_skip_sync_write = false;
	EXPECT_EQ(t, pf_stats.loops, loops + 1);
	EXPECT_EQ(t, t->fault.address, (unsigned long)p);
	vfree((void *)p);
	mm_free(b);
}

/* 1000 address spaces come and go: every page comes back. */
KTEST(lazy_sync, pgd_alloc_free_no_leak)
{
	unsigned long free0 = free_pages_all(), pgds = nr_pgds;
	unsigned int i;

	for (i = 0; i < 1000; i++) {
		struct mm_struct *mm = mm_alloc();

		ASSERT_NOT_NULL(t, mm);
		EXPECT_EQ(t, nr_pgds, pgds + 1);
		mm_free(mm);
	}
	EXPECT_EQ(t, nr_pgds, pgds);
	EXPECT_EQ(t, free_pages_all(), free0);
}
