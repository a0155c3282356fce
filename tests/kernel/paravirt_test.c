// SPDX-License-Identifier: MIT
/*
 * The paravirt MMU layer, under pv=checking (the matrix boots every mode
 * with it; under pv=native these cases skip): lazy MMU batching, the
 * validation of every write, and why the #PF sync must flush the batch.
 */
#include <asm/paravirt.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/pv_checking.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

#ifdef CONFIG_PARAVIRT
static bool checking(struct ktest *t)
{
	if (strcmp(pv_mmu_ops.name, "checking") == 0)
		return true;
	ktest_skip(t, "needs pv=checking on the command line");
	return false;
}

/* vmalloc maps inside lazy MMU mode: its writes arrive as one batch. */
KTEST(paravirt, vmalloc_batches_its_writes)
{
	struct pv_checking_stats before;
	unsigned long *p;

	if (!checking(t))
		return;
	p = vmalloc(3 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p); /* warm: the tables exist now */
	vfree(p);
	before = pv_checking_stats;
	p = vmalloc(3 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, pv_checking_stats.queued - before.queued, 3UL);
	EXPECT_EQ(t, pv_checking_stats.batches - before.batches, 1UL);
	p[PAGE_SIZE / sizeof(long)] = 7; /* applied at leave: mapped */
	vfree(p);
	EXPECT_EQ(t, pv_checking_stats.refused, before.refused);
}

/* A writable and executable kernel mapping is refused, and so is a write
 * to memory that is not a page table. */
KTEST(paravirt, validation_refuses_bad_writes)
{
	unsigned long refused, va;
	struct page *page;
	pte_t *pte, fake;
	enum pg_level level;

	if (!checking(t))
		return;
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	refused = pv_checking_stats.refused;
	/* Not a page-table page: a local variable. */
	set_pte(&fake, __pte(0));
	EXPECT_EQ(t, pv_checking_stats.refused, refused + 1);
	if (__supported_pte_mask & _PAGE_NX) {
		va = fresh_slot(0);
		ASSERT_NE(t, va, 0UL);
		pte = pgtable_alloc_pte(init_mm.pgd, va);
		ASSERT_NOT_NULL(t, pte);
		set_pte(pte, pfn_pte(page_to_pfn(page),
				     __pgprot(__PAGE_KERNEL & ~_PAGE_NX)));
		EXPECT_EQ(t, pv_checking_stats.refused, refused + 2);
		EXPECT_NULL(t, lookup_address_in_pgd(init_mm.pgd, va, &level));
	}
	__free_page(page);
}

/*
 * The heart of it: a sync fault taken inside lazy MMU mode. set_pgd is
 * only queued; with the flush the access succeeds at once, without it the
 * same fault comes back until the loop guard stops it.
 */
KTEST(paravirt, lazy_sync_fault_needs_the_flush)
{
	unsigned long syncs, loops = pf_stats.loops;
	struct mm_struct *b;
	volatile unsigned long *p, *q;

	if (!checking(t))
		return;
	if (PGTABLE_TOP_TABLES_PINNED || kpgd_sync != KPGD_SYNC_LAZY) {
		ktest_skip(t,
			   "no sync faults here (PAE, or kpgd_sync not lazy)");
		return;
	}
	b = mm_alloc();
	ASSERT_NOT_NULL(t, b);
	p = vmalloc_in_slot(fresh_slot(0), PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	q = vmalloc_in_slot(fresh_slot(0), PAGE_SIZE);
	ASSERT_NOT_NULL(t, q);
	*p = 5;
	*q = 6;
	flush_tlb_kernel_range((unsigned long)p, (unsigned long)p + PAGE_SIZE);
	flush_tlb_kernel_range((unsigned long)q, (unsigned long)q + PAGE_SIZE);

	syncs = pf_stats.vmalloc_sync;
	switch_mm(b);
	arch_enter_lazy_mmu_mode();
	EXPECT_EQ(t, *p, 5UL);
	arch_leave_lazy_mmu_mode();
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, 1UL);
	EXPECT_EQ(t, pf_stats.loops, loops);

	pf_test_skip_lazy_flush = true;
	switch_mm(b);
	arch_enter_lazy_mmu_mode();
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)*q);
	arch_leave_lazy_mmu_mode(); /* now the queued entry lands */
	pf_test_skip_lazy_flush = false;
	EXPECT_EQ(t, *q, 6UL);
	switch_mm(&init_mm);
	EXPECT_EQ(t, pf_stats.loops, loops + 1);

	vfree((void *)p);
	vfree((void *)q);
	mm_free(b);
}
#endif
