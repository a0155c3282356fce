// SPDX-License-Identifier: MIT
/*
 * The one user/kernel boundary, at both of its edges: user regions end at
 * TASK_SIZE (one past the last user page), the kernel's half starts at
 * KERNEL_HALF_START, top-level slot KERNEL_PGD_BOUNDARY.
 */
#include <asm/layout.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/mmap.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>

#include "user_probe.h"
#include "vm_slots.h"

#define RW (VM_READ | VM_WRITE)

KTEST(mmap, region_requests_at_task_size)
{
	const unsigned long last = TASK_SIZE - PAGE_SIZE;
	struct mm_struct *mm = mm_alloc();

	ASSERT_NOT_NULL(t, mm);
	/* Crossing TASK_SIZE, starting at it, empty, unaligned, wrapping. */
	EXPECT_EQ(t, mm_add_region(mm, last, 2 * PAGE_SIZE, RW), -EINVAL);
	EXPECT_EQ(t, mm_add_region(mm, TASK_SIZE, PAGE_SIZE, RW), -EINVAL);
	EXPECT_EQ(t, mm_add_region(mm, last, 0, RW), -EINVAL);
	EXPECT_EQ(t, mm_add_region(mm, last + 8, PAGE_SIZE, RW), -EINVAL);
	EXPECT_EQ(t, mm_add_region(mm, last, -PAGE_SIZE, RW), -EINVAL);
	EXPECT_EQ(t, mm->nr_regions, 0U);
	/* The last user page is a user page. */
	EXPECT_EQ(t, mm_add_region(mm, last, PAGE_SIZE, RW), 0);
	EXPECT_PTR_EQ(t, mm_find_region(mm, TASK_SIZE - 1), &mm->regions[0]);
	EXPECT_NULL(t, mm_find_region(mm, TASK_SIZE));
	mm_free(mm);
}

/* Demand-fill the last user page: user tables all the way down; then all freed. */
KTEST(mmap, last_user_page_demand_filled)
{
	const unsigned long last = TASK_SIZE - PAGE_SIZE;
	unsigned long free0 = free_pages_all();
	struct mm_struct *mm = mm_alloc();
	enum pg_level level;
	pteval_t *e;

	ASSERT_NOT_NULL(t, mm);
	ASSERT_EQ(t, mm_add_region(mm, last, PAGE_SIZE, RW), 0);
	EXPECT_EQ(t,
		  handle_user_fault(mm, TASK_SIZE - 8,
				    X86_PF_USER | X86_PF_WRITE),
		  0);
	e = lookup_address_in_pgd(mm->pgd, last, &level);
	ASSERT_NOT_NULL(t, e);
	EXPECT_EQ(t, level, PG_LEVEL_4K);
	EXPECT_EQ(t, *e & (_PAGE_USER | _PAGE_RW),
		  (pteval_t)(_PAGE_USER | _PAGE_RW));
	/* PAE's PDPT entries have no U/S bit; elsewhere the top one needs it. */
	if (!PGTABLE_TOP_TABLES_PINNED)
		EXPECT_TRUE(t, pgd_val(*pgd_offset_pgd(mm->pgd, last)) &
				       _PAGE_USER);
	/* Nothing there at or above TASK_SIZE. */
	EXPECT_EQ(t,
		  handle_user_fault(mm, TASK_SIZE, X86_PF_USER | X86_PF_WRITE),
		  -EFAULT);
	mm_free(mm);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/*
 * The first kernel address: kernel, and mapped (if at all) with kernel
 * tables. On x86_64 it starts the unused stretch below PAGE_OFFSET, which
 * once counted as user: map a page there and look.
 */
KTEST(mmap, first_kernel_page)
{
	const unsigned long first = KERNEL_HALF_START;
	struct page *page = alloc_page(GFP_KERNEL);
	enum pg_level level;
	bool was_free;
	pteval_t *e;
	u64 top;

	ASSERT_NOT_NULL(t, page);
	EXPECT_TRUE(t, pgtable_kernel_address(first));
	EXPECT_FALSE(t, pgtable_kernel_address(first - 1));
	EXPECT_FALSE(t, pgtable_kernel_address(TASK_SIZE - 1));
	EXPECT_EQ(t, pgd_index(first), KERNEL_PGD_BOUNDARY);
	was_free = !lookup_address_in_pgd(init_mm.pgd, first, &level);
	if (was_free)
		ASSERT_EQ(t,
			  pgtable_map_range(
				  init_mm.pgd, first, first + PAGE_SIZE,
				  page_to_phys(page), PAGE_KERNEL, PAGE_SIZE),
			  0);
	e = lookup_address_in_pgd(init_mm.pgd, first, &level);
	ASSERT_NOT_NULL(t, e);
	EXPECT_EQ(t, *e & _PAGE_USER, (pteval_t)0);
	top = pgd_val(*pgd_offset_pgd(init_mm.pgd, first));
	if (!PGTABLE_TOP_TABLES_PINNED)
		EXPECT_EQ(t, top & _PAGE_USER, 0ULL);
	if (was_free) {
		/* A kernel top-level table stays: other PGDs may have copied it. */
		EXPECT_EQ(t,
			  pgtable_unmap_range(init_mm.pgd, first,
					      first + PAGE_SIZE),
			  0);
		flush_tlb_kernel_range(first, first + PAGE_SIZE);
		EXPECT_EQ(t, (u64)pgd_val(*pgd_offset_pgd(init_mm.pgd, first)),
			  top);
	}
	__free_page(page);
	/* From ring 3: the last user page is not this task's, the first kernel page never. */
	EXPECT_EQ(t, probe(PROBE_READ, TASK_SIZE - 8), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_READ, first), EXIT_KILLED);
}
