/* SPDX-License-Identifier: MIT */
/*
 * Generic page-table operations on any PGD, written once against the five
 * levels of asm/pgtable.h and used by every paging mode: map, unmap,
 * change protection, look up, walk. None of them flushes the TLB: the
 * caller knows whether the PGD is live and flushes the range it changed
 * (asm/tlbflush.h).
 */
#ifndef KERNEL_PGTABLE_H
#define KERNEL_PGTABLE_H

#include <asm/pgtable.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/*
 * Page-table pages come from here: memblock during boot, the page
 * allocator after (mm/pgtable_alloc.c). Zeroed, direct-mapped; 0 when out
 * of memory.
 */
phys_addr_t pgtable_alloc(void);
void pgtable_free(phys_addr_t table);
/* Page-table pages in use, over every PGD. */
extern unsigned long nr_pgtable_pages;

/*
 * Map [addr, end) to physical [phys, ...) with prot, allocating tables on
 * demand. Uses leaves up to max_page bytes (PAGE_SIZE, PMD_SIZE or
 * PUD_SIZE) where alignment and the CPU allow. All three of addr, end and
 * phys must be page-aligned. Returns 0, -ENOMEM or -EEXIST (something is
 * already mapped there); on error nothing of the range stays mapped.
 */
int pgtable_map_range(pgd_t *pgd, unsigned long addr, unsigned long end,
		      phys_addr_t phys, pgprot_t prot, unsigned long max_page);

/*
 * Unmap [addr, end): clear leaves (splitting a large leaf the range covers
 * only in part) and free page-table pages that become empty, except the
 * tables of kernel top-level entries, which stay for the life of the
 * kernel because other PGDs may hold copies of those entries. Returns 0 or
 * -ENOMEM (a split needed a table).
 */
int pgtable_unmap_range(pgd_t *pgd, unsigned long addr, unsigned long end);

/*
 * Set and clear entry flags on every present leaf of [addr, end),
 * splitting large leaves the range covers only in part. Returns 0,
 * -ENOMEM (a split needed a table) or -EFAULT (a hole in the range; the
 * leaves before it were changed).
 */
int pgtable_protect_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			  pteval_t set, pteval_t clear);

/*
 * The leaf entry that maps addr and its level, or NULL (and
 * PG_LEVEL_NONE) if nothing does.
 */
pteval_t *lookup_address_in_pgd(pgd_t *pgd, unsigned long addr,
				enum pg_level *level);

/*
 * The PTE for addr, allocating the tables above it as needed; NULL when
 * out of memory or when a large leaf maps addr.
 */
pte_t *pgtable_alloc_pte(pgd_t *pgd, unsigned long addr);

/* Replace a large leaf by a table mapping the same with smaller entries. */
int pgtable_split_pmd(pmd_t *pmd);
int pgtable_split_pud(pud_t *pud);

struct pgtable_walk_ops {
	/* Called for every present leaf, in address order; non-zero stops the walk. */
	int (*leaf)(unsigned long addr, enum pg_level level, pteval_t entry,
		    void *priv);
	/* Optional: called for every page-table page reached (below the PGD). */
	int (*table)(unsigned long addr, enum pgt_level level, phys_addr_t table,
		     void *priv);
};

/* Walk the mappings of [addr, end); returns what a callback returned, or 0. */
int walk_page_range(pgd_t *pgd, unsigned long addr, unsigned long end,
		    const struct pgtable_walk_ops *ops, void *priv);

/* Print the entries translating addr ("PGD 1063 PMD 2063 PTE 0"), for oopses. */
void show_pgtable_walk(pgd_t *pgd, unsigned long addr);

/* Is addr in the kernel's half (whose top-level tables are never freed)? */
bool pgtable_kernel_address(unsigned long addr);

#endif
