// SPDX-License-Identifier: MIT
/*
 * The generic page-table code on the live tables of init_mm: map, look
 * up, protect and unmap at vmalloc addresses, with the CPU as the judge
 * (data written through one mapping is read through the direct map; an
 * unmapped and flushed address faults), and the hardware protections
 * the kernel map relies on: NX on data, read-only text and rodata.
 *
 * Every case ends with the free-page and page-table-page counts it
 * started with. Unmapping in the kernel half keeps the tables hanging off
 * a kernel top-level entry (other PGDs may hold copies of that entry; see
 * table_kept in mm/memory.c), so the first mapping of an address range
 * may allocate tables that stay for good: leak_check_start() maps and
 * unmaps the case's range once before counting, so that they exist.
 */
#include <asm/setup.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/ptdump.h>
#include <kernel/string.h>

extern char _rodata[], _data[];

/*
 * Test addresses near the end of the vmalloc range, away from where
 * vmalloc() allocates first; each case checks that they are free.
 */
#define TEST_VA (VMALLOC_END - 16 * PMD_SIZE)
#define LARGE_VA (VMALLOC_END - 8 * PMD_SIZE)

struct leak_check {
	unsigned long free_pages, pgtable_pages;
};

/*
 * Warm up [va, end) (map it with 4 KiB pages, unmap, flush) so that the
 * tables unmapping keeps exist, then count.
 */
static void leak_check_start(struct ktest *t, struct leak_check *lc,
			     unsigned long va, unsigned long end)
{
	struct page *page = alloc_page(GFP_KERNEL);
	unsigned long a;

	ASSERT_NOT_NULL(t, page);
	for (a = va; a != end; a += PAGE_SIZE)
		ASSERT_EQ(t,
			  pgtable_map_range(init_mm.pgd, a, a + PAGE_SIZE,
					    page_to_phys(page), PAGE_KERNEL,
					    PAGE_SIZE),
			  0);
	ASSERT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, end), 0);
	flush_tlb_kernel_range(va, end);
	__free_page(page);
	lc->free_pages = nr_free_pages();
	lc->pgtable_pages = nr_pgtable_pages;
}

static void leak_check_end(struct ktest *t, const struct leak_check *lc)
{
	EXPECT_EQ(t, nr_free_pages(), lc->free_pages);
	EXPECT_EQ(t, nr_pgtable_pages, lc->pgtable_pages);
}

/* Nothing is mapped in [va, end) of init_mm. */
static bool range_unmapped(unsigned long va, unsigned long end)
{
	enum pg_level level;

	for (; va != end; va += PAGE_SIZE)
		if (lookup_address_in_pgd(init_mm.pgd, va, &level))
			return false;
	return true;
}

/* Physical address lookup_address_in_pgd finds for va, or -1. */
static phys_addr_t lookup_phys(unsigned long va, enum pg_level *level)
{
	pteval_t *e = lookup_address_in_pgd(init_mm.pgd, va, level);
	unsigned long size = pg_level_size(*level);

	if (!e)
		return (phys_addr_t)-1;
	if (*level == PG_LEVEL_4K)
		return (*e & PTE_PFN_MASK) + (va & (size - 1));
	if (*level == PG_LEVEL_2M)
		return pmd_leaf_phys(__pmd(*e)) + (va & (size - 1));
	return pud_leaf_phys(__pud(*e)) + (va & (size - 1));
}

static int map_page(unsigned long va, struct page *page, pgprot_t prot)
{
	return pgtable_map_range(init_mm.pgd, va, va + PAGE_SIZE,
				 page_to_phys(page), prot, PAGE_SIZE);
}

/* Read va; its value, or a #PF the caller expects. */
static __noinline unsigned long read_word(unsigned long va)
{
	return *(volatile unsigned long *)va;
}

/* The error code of a not-present read by the kernel. */
static void expect_not_present_read(struct ktest *t, unsigned long va)
{
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)read_word(va))) {
		EXPECT_EQ(t, t->fault.address, va);
		EXPECT_EQ(t,
			  t->fault.error_code &
				  (X86_PF_PROT | X86_PF_WRITE | X86_PF_USER),
			  0UL);
	}
}

/* ---- map, look up, unmap ------------------------------------------------ */

KTEST(pgtable, map_lookup_unmap_round_trip)
{
	const unsigned long va = TEST_VA;
	struct leak_check lc;
	struct page *page;
	enum pg_level level;
	pteval_t *entry;
	unsigned long *direct;

	ASSERT_TRUE(t, range_unmapped(va, va + PAGE_SIZE));
	leak_check_start(t, &lc, va, va + PAGE_SIZE);
	page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	ASSERT_NOT_NULL(t, page);
	direct = page_address(page);

	ASSERT_EQ(t, map_page(va, page, PAGE_KERNEL), 0);
	entry = lookup_address_in_pgd(init_mm.pgd, va, &level);
	ASSERT_NOT_NULL(t, entry);
	EXPECT_EQ(t, level, PG_LEVEL_4K);
	EXPECT_EQ(t, *entry & PTE_PFN_MASK, page_to_phys(page));
	EXPECT_EQ(t, *entry & PTDUMP_FLAGS,
		  (_PAGE_PRESENT | _PAGE_RW) |
			  (__supported_pte_mask & (_PAGE_NX | _PAGE_GLOBAL)));

	/* Written through va, read through the direct map, and back. */
	((volatile unsigned long *)va)[0] = 0x5a5aa5a5UL;
	((volatile unsigned long *)va)[PAGE_SIZE / sizeof(long) - 1] = 17;
	EXPECT_EQ(t, READ_ONCE(direct[0]), 0x5a5aa5a5UL);
	EXPECT_EQ(t, READ_ONCE(direct[PAGE_SIZE / sizeof(long) - 1]), 17UL);
	WRITE_ONCE(direct[1], 0xc0ffeeUL);
	EXPECT_EQ(t, read_word(va + sizeof(long)), 0xc0ffeeUL);

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PAGE_SIZE), 0);
	EXPECT_NULL(t, lookup_address_in_pgd(init_mm.pgd, va, &level));
	EXPECT_EQ(t, level, PG_LEVEL_NONE);
	flush_tlb_kernel_range(va, va + PAGE_SIZE);
	expect_not_present_read(t, va);

	__free_page(page);
	leak_check_end(t, &lc);
}

/* Mapping over a mapping is refused, and leaves the mapping that was there. */
KTEST(pgtable, map_eexist_keeps_existing)
{
	const unsigned long va = TEST_VA + PAGE_SIZE, P = PAGE_SIZE;
	struct leak_check lc;
	struct page *page, *other;
	enum pg_level level;

	ASSERT_TRUE(t, range_unmapped(va - P, va + 2 * P));
	leak_check_start(t, &lc, va - P, va + 2 * P);
	page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	other = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	ASSERT_NOT_NULL(t, other);
	ASSERT_EQ(t, map_page(va, page, PAGE_KERNEL), 0);

	EXPECT_EQ(t, map_page(va, other, PAGE_KERNEL_RO), -EEXIST);
	EXPECT_EQ(t, lookup_phys(va, &level), page_to_phys(page));

	/* A range that runs into it: refused, and nothing of it stays. */
	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + P), 0);
	ASSERT_EQ(t, map_page(va, page, PAGE_KERNEL), 0);
	EXPECT_EQ(t,
		  pgtable_map_range(init_mm.pgd, va - P, va + 2 * P,
				    page_to_phys(other), PAGE_KERNEL, P),
		  -EEXIST);
	EXPECT_EQ(t, lookup_phys(va, &level), page_to_phys(page));
	EXPECT_TRUE(t, range_unmapped(va - P, va));
	EXPECT_TRUE(t, range_unmapped(va + P, va + 2 * P));

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va - P, va + 2 * P), 0);
	flush_tlb_kernel_range(va - P, va + 2 * P);
	__free_page(page);
	__free_page(other);
	leak_check_end(t, &lc);
}

KTEST(pgtable, map_across_table_boundary)
{
	/* Four pages, two on each side of a PMD boundary: two PTE tables. */
	const unsigned long va = TEST_VA + PMD_SIZE - 2 * PAGE_SIZE;
	const unsigned long end = va + 4 * PAGE_SIZE;
	struct page *pages[4];
	struct leak_check lc;
	enum pg_level level;
	unsigned int i;

	ASSERT_TRUE(t, range_unmapped(va, end));
	leak_check_start(t, &lc, va, end);
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		ASSERT_NOT_NULL(t, pages[i]);
		ASSERT_EQ(t,
			  map_page(va + i * PAGE_SIZE, pages[i], PAGE_KERNEL),
			  0);
	}
	for (i = 0; i < 4; i++) {
		unsigned long a = va + i * PAGE_SIZE;

		EXPECT_EQ(t, lookup_phys(a, &level), page_to_phys(pages[i]));
		*(volatile unsigned long *)a = 0x1000 + i;
		EXPECT_EQ(t,
			  READ_ONCE(*(unsigned long *)page_address(pages[i])),
			  0x1000UL + i);
	}

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, end), 0);
	flush_tlb_kernel_range(va, end);
	for (i = 0; i < 4; i++) {
		expect_not_present_read(t, va + i * PAGE_SIZE);
		__free_page(pages[i]);
	}
	leak_check_end(t, &lc);
}

KTEST(pgtable, protect_read_only)
{
	const unsigned long va = TEST_VA;
	struct leak_check lc;
	struct page *page;

	ASSERT_TRUE(t, range_unmapped(va, va + PAGE_SIZE));
	leak_check_start(t, &lc, va, va + PAGE_SIZE);
	page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	ASSERT_NOT_NULL(t, page);
	ASSERT_EQ(t, map_page(va, page, PAGE_KERNEL), 0);
	*(volatile unsigned long *)va = 1;

	EXPECT_EQ(t,
		  pgtable_protect_range(init_mm.pgd, va, va + PAGE_SIZE, 0,
					_PAGE_RW),
		  0);
	flush_tlb_kernel_range(va, va + PAGE_SIZE);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF,
			     *(volatile unsigned long *)va = 2)) {
		EXPECT_EQ(t, t->fault.address, va);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_PROT | X86_PF_WRITE);
	}
	EXPECT_EQ(t, read_word(va), 1UL);

	EXPECT_EQ(t,
		  pgtable_protect_range(init_mm.pgd, va, va + PAGE_SIZE,
					_PAGE_RW, 0),
		  0);
	flush_tlb_kernel_range(va, va + PAGE_SIZE);
	*(volatile unsigned long *)va = 3;
	EXPECT_EQ(t, READ_ONCE(*(unsigned long *)page_address(page)), 3UL);

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PAGE_SIZE), 0);
	flush_tlb_kernel_range(va, va + PAGE_SIZE);
	__free_page(page);
	leak_check_end(t, &lc);
}

/*
 * A large leaf: mapped whole, then one page unmapped from its middle,
 * which splits it into a table of 4 KiB entries mapping the rest.
 */
KTEST(pgtable, large_leaf_split_on_partial_unmap)
{
	const unsigned long va = LARGE_VA, P = PAGE_SIZE;
	const unsigned int order = PMD_SHIFT - PAGE_SHIFT;
	struct leak_check lc;
	struct page *block;
	unsigned long kept;
	enum pg_level level;
	phys_addr_t pa;

	if (!pmd_leaf_supported()) {
		ktest_skip(t, "no large pages: 2-level paging without PSE");
		return;
	}
	/* In 2-level the PMD is the top level: a preallocated table rules the leaf out. */
	if (PGTABLE_TOP_LEVEL == PGT_PMD &&
	    pgd_val(*pgd_offset_pgd(init_mm.pgd, va))) {
		ktest_skip(
			t,
			"a page table already covers the slot (kpgd_sync=prealloc)");
		return;
	}
	ASSERT_TRUE(t, range_unmapped(va, va + PMD_SIZE));
	/*
	 * No warm-up of va itself: in 2-level paging its kept PTE table
	 * would rule out a large leaf there. Warming up the next PMD makes
	 * the tables above the PMD level exist (kept in 4-level paging; in
	 * PAE the kernel PMD table is there from boot). What the split
	 * leaves behind is counted explicitly below.
	 */
	block = alloc_pages(GFP_KERNEL, order);
	if (!block) {
		ktest_skip(t, "no free block of a large page (RAM too small)");
		return;
	}
	__free_pages(block, order);
	leak_check_start(t, &lc, va + PMD_SIZE, va + PMD_SIZE + P);
	block = alloc_pages(GFP_KERNEL, order);
	ASSERT_NOT_NULL(t, block);
	pa = page_to_phys(block);

	ASSERT_EQ(t,
		  pgtable_map_range(init_mm.pgd, va, va + PMD_SIZE, pa,
				    PAGE_KERNEL, PMD_SIZE),
		  0);
	EXPECT_EQ(t, lookup_phys(va + 5 * P, &level), pa + 5 * P);
	EXPECT_EQ(t, level, PG_LEVEL_2M);
	*(volatile unsigned long *)(va + 4 * P) = 0xabcdUL;
	EXPECT_EQ(t,
		  READ_ONCE(*(unsigned long *)((char *)page_address(block) +
					       4 * P)),
		  0xabcdUL);

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va + 3 * P, va + 4 * P),
		  0);
	/* invlpg drops a large TLB entry whole, as it must (SDM 4.10.4.1). */
	flush_tlb_kernel_range(va + 3 * P, va + 4 * P);
	EXPECT_NULL(t, lookup_address_in_pgd(init_mm.pgd, va + 3 * P, &level));
	EXPECT_EQ(t, lookup_phys(va + 2 * P, &level), pa + 2 * P);
	EXPECT_EQ(t, level, PG_LEVEL_4K);
	EXPECT_EQ(t, lookup_phys(va + PMD_SIZE - P, &level), pa + PMD_SIZE - P);
	EXPECT_EQ(t, level, PG_LEVEL_4K);
	expect_not_present_read(t, va + 3 * P);
	EXPECT_EQ(t, read_word(va + 4 * P), 0xabcdUL);

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PMD_SIZE), 0);
	flush_tlb_kernel_range(va, va + PMD_SIZE);
	EXPECT_TRUE(t, range_unmapped(va, va + PMD_SIZE));
	expect_not_present_read(t, va + 4 * P);
	__free_pages(block, order);

	/*
	 * The split's PTE table hangs off a kernel top-level entry in 2-level
	 * paging (the PGD entry is the PMD) and so stays, empty; elsewhere it
	 * is freed with the last of its entries.
	 */
	kept = PGTABLE_TOP_LEVEL == PGT_PMD ? 1 : 0;
	EXPECT_EQ(t, nr_pgtable_pages, lc.pgtable_pages + kept);
	EXPECT_EQ(t, nr_free_pages(), lc.free_pages - kept);
}

/* ---- the protections the kernel map relies on --------------------------- */

/* A page of the direct map (RW, NX where it exists) holding `ret`. */
static void *ret_page(struct page *page)
{
	u8 *code = page_address(page);

	memset(code, 0xcc, PAGE_SIZE); /* int3 */
	code[0] = 0xc3;		       /* ret */
	return code;
}

static __noinline void call(void *code)
{
	void (*fn)(void) = (void (*)(void))code;

	OPTIMIZER_HIDE_VAR(fn);
	fn();
}

KTEST(pgtable, nx_data_page_not_executable)
{
	struct page *page;
	void *code;

	if (!(__supported_pte_mask & _PAGE_NX)) {
		ktest_skip(t, _PAGE_NX ? "the CPU has no NX"
				       : "2-level paging has no NX bit");
		return;
	}
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	code = ret_page(page);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, call(code))) {
		EXPECT_EQ(t, t->fault.address, (unsigned long)code);
		EXPECT_EQ(t, t->fault.ip, (unsigned long)code);
		EXPECT_EQ(t,
			  t->fault.error_code &
				  (X86_PF_INSTR | X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_INSTR | X86_PF_PROT);
	}
	__free_page(page);
}

/* The same bytes run when mapped executable, and stop when made NX. */
KTEST(pgtable, exec_mapping_runs_until_nx)
{
	const unsigned long va = TEST_VA;
	struct leak_check lc;
	struct page *page;

	ASSERT_TRUE(t, range_unmapped(va, va + PAGE_SIZE));
	leak_check_start(t, &lc, va, va + PAGE_SIZE);
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	ret_page(page);
	ASSERT_EQ(t, map_page(va, page, PAGE_KERNEL_RX), 0);
	call((void *)va);

	if (__supported_pte_mask & _PAGE_NX) {
		EXPECT_EQ(t,
			  pgtable_protect_range(init_mm.pgd, va, va + PAGE_SIZE,
						_PAGE_NX, 0),
			  0);
		flush_tlb_kernel_range(va, va + PAGE_SIZE);
		if (EXPECT_EXCEPTION(t, X86_TRAP_PF, call((void *)va)))
			EXPECT_TRUE(t, t->fault.error_code & X86_PF_INSTR);
	}

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + PAGE_SIZE), 0);
	flush_tlb_kernel_range(va, va + PAGE_SIZE);
	__free_page(page);
	leak_check_end(t, &lc);
}

static __noinline void text_target(void)
{
	barrier();
}

KTEST(pgtable, kernel_text_read_only)
{
	volatile u8 *p = (volatile u8 *)text_target;
	u8 old = *p;

	/* The byte it already holds: harmless should the write go through. */
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, *p = old)) {
		EXPECT_EQ(t, t->fault.address, (unsigned long)p);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_PROT | X86_PF_WRITE);
	}
}

static const unsigned long rodata_target = 0x600dUL;

KTEST(pgtable, kernel_rodata_read_only)
{
	volatile unsigned long *p = (volatile unsigned long *)&rodata_target;

	ASSERT_GE(t, (unsigned long)p, (unsigned long)_rodata);
	ASSERT_LT(t, (unsigned long)p, (unsigned long)_data);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, *p = 0x600dUL)) {
		EXPECT_EQ(t, t->fault.address, (unsigned long)p);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_PROT | X86_PF_WRITE);
	}
	EXPECT_EQ(t, *p, 0x600dUL);
}
