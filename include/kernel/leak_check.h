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
	 * Page-table pages linked into init_mm (the kernel's own tables)
	 * count as free: they stay linked for reuse by design (vmalloc keeps
	 * its range's tables, a table under a kernel top-level entry is
	 * never freed, a split direct-map leaf stays split:
	 * docs/page-faults.md), and a table that is linked is not lost.
	 * Every other page-table page belongs to a PGD and must come back.
	 * So do kmalloc's pages: a leaked object shows in slab_objects, and
	 * the same objects spread over one page more (the order of frees
	 * changed, a lazy vfree's metadata went back later) is no leak.
	 */
	unsigned long free_pages;   /* nr_free_pages() + kernel_tables + kmalloc
				     pages, caches drained */
	unsigned long slab_objects; /* live kmalloc objects */
	unsigned long vmap_areas;   /* live vmalloc/vmap/ioremap areas */
	unsigned long
		pgtable_pages; /* page-table pages outside init_mm's tree */
	unsigned long pgds;    /* PGDs on pgd_list */
	unsigned long tasks;   /* tasks not yet released */
	unsigned long kernel_tables; /* (not compared) */
	unsigned long slab_pages;    /* (not compared: in free_pages) */
};

void mem_snapshot(struct mem_snapshot *s);

/* Page-table pages linked into init_mm (its PGD not counted); in [start, end). */
unsigned long kernel_table_pages(void);
unsigned long kernel_table_pages_in(unsigned long start, unsigned long end);

/*
 * Compare after with before: every count must be the same. Prints each
 * difference, prefixed by who, and returns how many there were.
 */
unsigned long mem_snapshot_diff(const struct mem_snapshot *before,
				const struct mem_snapshot *after,
				const char *who);

#endif
