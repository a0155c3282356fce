/* SPDX-License-Identifier: MIT */
/*
 * What the memory subsystem holds, counted before and after an operation
 * (or a whole test run) to show that nothing leaked: free pages, kmalloc
 * objects, vmap areas, page-table pages, PGDs and tasks.
 */
#ifndef KERNEL_LEAK_CHECK_H
#define KERNEL_LEAK_CHECK_H

#include <kernel/types.h>

struct mem_snapshot {
	/*
	 * The page-table pages vmalloc keeps for its range (vmalloc_stats)
	 * count as free, as in tests/kernel/vm_slots.h: the next area there
	 * uses them, and tables under kernel top-level entries are never
	 * freed by design (docs/page-faults.md).
	 */
	unsigned long free_pages;   /* nr_free_pages(), kmalloc shrunk first */
	unsigned long slab_objects; /* live kmalloc objects */
	unsigned long vmap_areas;   /* live vmalloc/vmap/ioremap areas */
	unsigned long
		pgtable_pages; /* page-table pages but vmalloc's kept ones */
	unsigned long pgds;    /* PGDs on pgd_list */
	unsigned long tasks;   /* tasks not yet released */
};

void mem_snapshot(struct mem_snapshot *s);

/*
 * Compare after with before: every count must be the same. Prints each
 * difference, prefixed by who, and returns how many there were.
 */
unsigned long mem_snapshot_diff(const struct mem_snapshot *before,
				const struct mem_snapshot *after,
				const char *who);

#endif
