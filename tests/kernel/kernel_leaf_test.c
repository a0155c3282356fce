// SPDX-License-Identifier: MIT
/*
 * Kernel top-level leaves (2-level paging: the 4 MiB leaves of the direct
 * map, or any large mapping in the kernel half) are copied into every PGD,
 * at birth, eagerly or by the #PF sync. When init_mm's leaf is unmapped,
 * split or protected, no PGD may keep its old copy: it would still
 * translate, to memory that is freed or rights that were taken away. (The
 * cases use fresh slots rather than the direct map: a split leaf stays
 * split, and the ptdump cases expect the direct map's leaves whole.)
 *
 * A process B, born before the change and holding a copy, checks each
 * change twice: its entry is init_mm's, and the CPU, running on B's PGD,
 * obeys the new mapping. In PAE and x86_64 the leaves sit below tables
 * that every PGD shares, and the same checks hold trivially.
 */
#include <asm/layout.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>

#include "vm_slots.h"

#define LEAF_ORDER (PMD_SHIFT - PAGE_SHIFT)

static __noinline unsigned long read_word(unsigned long va)
{
	return *(volatile unsigned long *)va;
}

static __noinline void write_word(unsigned long va, unsigned long v)
{
	*(volatile unsigned long *)va = v;
}

/* Does mm's walk of va end in the very entry value init_mm's does? */
static bool same_translation(struct mm_struct *mm, unsigned long va)
{
	enum pg_level l_mm, l_ref;
	pteval_t *e = lookup_address_in_pgd(mm->pgd, va, &l_mm);
	pteval_t *ref = lookup_address_in_pgd(init_mm.pgd, va, &l_ref);

	if (!e || !ref)
		return !e && !ref;
	return l_mm == l_ref && *e == *ref;
}

/* Read or write va on mm's PGD, TLB cold; true if that took a #PF at va. */
static bool faults_in(struct ktest *t, struct mm_struct *mm, unsigned long va,
		      bool write)
{
	bool faulted;

	__flush_tlb_all();
	switch_mm(mm);
	if (write)
		faulted = catch_exception(&t->fault, 0, write_word(va, 0x5a5a));
	else
		faulted = catch_exception(&t->fault, 0, (void)read_word(va));
	switch_mm(&init_mm);
	__flush_tlb_all();
	return faulted && t->fault.vector == X86_TRAP_PF &&
	       t->fault.address == va;
}

/*
 * Map a large leaf of fresh memory at va (PMD_SIZE-aligned, nothing
 * mapped) in init_mm: its block, or NULL with the reason given.
 */
static struct page *map_test_leaf(struct ktest *t, unsigned long va)
{
	struct page *block;

	if (!pmd_leaf_supported()) {
		ktest_skip(t, "no large pages: 2-level paging without PSE");
		return NULL;
	}
	/* In 2-level the PMD is the top level: a table there rules a leaf out. */
	if (PGTABLE_TOP_LEVEL == PGT_PMD &&
	    pgd_val(*pgd_offset_pgd(init_mm.pgd, va))) {
		ktest_skip(t,
			   "a page table covers the slot (kpgd_sync=prealloc)");
		return NULL;
	}
	block = alloc_pages(GFP_KERNEL, LEAF_ORDER);
	if (!block) {
		ktest_skip(t, "no free block of a large page (RAM too small)");
		return NULL;
	}
	if (pgtable_map_range(init_mm.pgd, va, va + PMD_SIZE,
			      page_to_phys(block), PAGE_KERNEL, PMD_SIZE)) {
		__free_pages(block, LEAF_ORDER);
		EXPECT_TRUE(t, false); /* the mapping must work */
		return NULL;
	}
	return block;
}

/*
 * A leaf in a fresh vmalloc slot, reached by B (a sync fault, or an eager
 * copy): protected read-only whole, then split by protecting one page.
 */
KTEST(kernel_leaf, protect_and_split_reach_every_pgd)
{
	unsigned long va = fresh_slot(0);
	struct mm_struct *b = mm_alloc();
	struct page *block;

	ASSERT_NOT_NULL(t, b);
	ASSERT_NE(t, va, 0UL);
	block = map_test_leaf(t, va);
	if (!block)
		goto out_mm;
	EXPECT_FALSE(t, faults_in(t, b, va, true));
	EXPECT_TRUE(t, same_translation(b, va));

	/* The whole leaf read-only, then writable again. */
	ASSERT_EQ(t,
		  pgtable_protect_range(init_mm.pgd, va, va + PMD_SIZE, 0,
					_PAGE_RW),
		  0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_TRUE(t, same_translation(b, va));
	EXPECT_TRUE(t, faults_in(t, b, va + PAGE_SIZE, true));
	ASSERT_EQ(t,
		  pgtable_protect_range(init_mm.pgd, va, va + PMD_SIZE,
					_PAGE_RW, 0),
		  0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_FALSE(t, faults_in(t, b, va + PAGE_SIZE, true));

	/* One page read-only: the leaf becomes a table, in B too. */
	ASSERT_EQ(t,
		  pgtable_protect_range(init_mm.pgd, va + PAGE_SIZE,
					va + 2 * PAGE_SIZE, 0, _PAGE_RW),
		  0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_EQ(t, (u64)pgd_val(*pgd_offset_pgd(b->pgd, va)),
		  (u64)pgd_val(*pgd_offset_pgd(init_mm.pgd, va)));
	EXPECT_TRUE(t, same_translation(b, va + PAGE_SIZE));
	EXPECT_TRUE(t, faults_in(t, b, va + PAGE_SIZE, true));
	EXPECT_FALSE(t, faults_in(t, b, va + 2 * PAGE_SIZE, true));

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PMD_SIZE), 0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_TRUE(t, faults_in(t, b, va + 2 * PAGE_SIZE, false));
	__free_pages(block, LEAF_ORDER);
out_mm:
	mm_free(b);
}

/*
 * A leaf outside the vmalloc range (the unmapped gap after the direct
 * map), where no #PF sync would ever fetch an entry: B has it at once,
 * loses it with the unmap, and has it again when it is mapped again.
 */
KTEST(kernel_leaf, unmap_and_remap_reach_every_pgd)
{
	unsigned long va = layout_find(LAYOUT_GAP)->start;
	struct mm_struct *b = mm_alloc();
	struct page *block;

	ASSERT_NOT_NULL(t, b);
	ASSERT_TRUE(t, IS_ALIGNED(va, PMD_SIZE));
	block = map_test_leaf(t, va);
	if (!block)
		goto out_mm;
	write_word(va, 0x1234);
	EXPECT_TRUE(t, same_translation(b, va));
	EXPECT_FALSE(t, faults_in(t, b, va, false));

	ASSERT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PMD_SIZE), 0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_TRUE(t, same_translation(b, va));
	EXPECT_TRUE(t, faults_in(t, b, va, false));

	ASSERT_EQ(t,
		  pgtable_map_range(init_mm.pgd, va, va + PMD_SIZE,
				    page_to_phys(block), PAGE_KERNEL, PMD_SIZE),
		  0);
	EXPECT_TRUE(t, same_translation(b, va));
	EXPECT_FALSE(t, faults_in(t, b, va, false));
	EXPECT_EQ(t, read_word(va), 0x1234UL);
	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PMD_SIZE), 0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	__free_pages(block, LEAF_ORDER);
out_mm:
	mm_free(b);
}

/*
 * The reproduction: a leaf in a fresh vmalloc slot, read by B, then
 * unmapped and its memory freed. B must fault, not read the freed memory.
 */
KTEST(kernel_leaf, unmapped_vmalloc_leaf_not_readable)
{
	unsigned long va = fresh_slot(0);
	struct mm_struct *b = mm_alloc();
	struct page *block;

	ASSERT_NOT_NULL(t, b);
	ASSERT_NE(t, va, 0UL);
	block = map_test_leaf(t, va);
	if (!block)
		goto out_mm;
	write_word(va + PAGE_SIZE, 0xfeed);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_FALSE(t, faults_in(t, b, va + PAGE_SIZE, false));
	EXPECT_TRUE(t, same_translation(b, va));

	ASSERT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PMD_SIZE), 0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	__free_pages(block, LEAF_ORDER);
	EXPECT_TRUE(t, same_translation(b, va));
	EXPECT_TRUE(t, faults_in(t, b, va + PAGE_SIZE, false));
out_mm:
	mm_free(b);
}
