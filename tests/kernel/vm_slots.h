/* SPDX-License-Identifier: MIT */
/*
 * Test helpers: top-level slots of the vmalloc range that no PGD has yet,
 * allocations confined to one of them, the sync faults to expect, and
 * free pages to compare before and after.
 */
#ifndef TESTS_KERNEL_VM_SLOTS_H
#define TESTS_KERNEL_VM_SLOTS_H

#include <asm/tlbflush.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/slab.h>
#include <kernel/task_stack.h>
#include <kernel/vmalloc.h>

/* A top-level slot (a PMD-sized one in PAE) where the size fits. */
static inline unsigned long slot_size(void)
{
	return PGTABLE_TOP_TABLES_PINNED ? PMD_SIZE : PGDIR_SIZE;
}

/*
 * The start of the n-th slot of the vmalloc range whose init_mm top-level
 * entry is still empty: no PGD has it yet. In PAE, an unused PMD-sized slot.
 */
static inline unsigned long fresh_slot(unsigned int n)
{
	unsigned long size = slot_size();
	unsigned long a = ALIGN_UP(VMALLOC_START, size);

	for (; a && a + size <= VMALLOC_END; a += size) {
		pgd_t *ref = pgd_offset_pgd(init_mm.pgd, a);
		/* With every entry there from boot, any slot without areas will do. */
		bool empty =
			PGTABLE_TOP_TABLES_PINNED ||
					kpgd_sync == KPGD_SYNC_PREALLOC
				? !vmalloc_area_containing(a) &&
					  !vmalloc_area_containing(a + size - 1)
				: !pgd_val(*ref);

		if (empty && !vmap_area_find_containing(&vmap_area_root, a) &&
		    n-- == 0)
			return a;
	}
	return 0;
}

/*
 * The lazy strategy takes exactly one sync fault per (process, slot); PAE
 * never does, nor do the eager and prealloc strategies (kpgd_sync=).
 */
#define SYNC_FAULTS(n)                                            \
	(PGTABLE_TOP_TABLES_PINNED || kpgd_sync != KPGD_SYNC_LAZY \
		 ? 0UL                                            \
		 : (unsigned long)(n))

/* Pages an address space takes when born: its PGD (PAE: and 3 user PMDs). */
#define PGD_PAGES (PGTABLE_TOP_TABLES_PINNED ? 4UL : 1UL)

/* Free pages (stack cache drained), counting vmalloc's kept page-table pages as free. */
static inline unsigned long free_pages_all(void)
{
	thread_stack_cache_drain();
	vm_unmap_aliases(); /* vfreed areas keep their metadata till then */
	kmem_shrink();
	return nr_free_pages() + vmalloc_stats.pgtable_pages;
}

static inline void *vmalloc_in_slot(unsigned long slot, unsigned long size)
{
	return __vmalloc_node_range(size, PAGE_SIZE, slot, slot + slot_size(),
				    GFP_KERNEL, PAGE_KERNEL, 0, 0, NULL);
}

/*
 * The start of a lazy-sync scenario: n address spaces, then a word (set
 * to value) in a fresh slot that none of them has, its global TLB entry
 * flushed. The word, or NULL when out of memory (nothing kept).
 */
static inline volatile unsigned long *
older_spaces_and_word(struct mm_struct **mm, unsigned int n,
		      unsigned long value)
{
	volatile unsigned long *p = NULL;
	unsigned long slot;
	unsigned int i;

	for (i = 0; i < n; i++)
		if (!(mm[i] = mm_alloc()))
			goto out_free;
	slot = fresh_slot(0);
	if (slot)
		p = vmalloc_in_slot(slot, PAGE_SIZE);
	if (!p)
		goto out_free;
	*p = value;
	flush_tlb_kernel_range((unsigned long)p, (unsigned long)p + PAGE_SIZE);
	return p;

out_free:
	while (i--)
		mm_free(mm[i]);
	return NULL;
}

/* Undo older_spaces_and_word. */
static inline void older_spaces_free(struct mm_struct **mm, unsigned int n,
				     volatile unsigned long *p)
{
	vfree((void *)p);
	while (n--)
		mm_free(mm[n]);
}

#endif
