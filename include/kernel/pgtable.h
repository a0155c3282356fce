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
 * Page-table pages allocated minus freed by each CPU (only that CPU
 * writes its slot): with preemption off, a caller counts the tables its
 * own work allocated, whatever other CPUs do meanwhile.
 */
extern unsigned long pgtable_pages_cpu[];
#define this_cpu_pgtable_pages() \
	READ_ONCE(pgtable_pages_cpu[smp_processor_id()])

/*
 * Map [addr, end) to physical [phys, ...) with prot, allocating tables on
 * demand. Uses leaves up to max_page bytes (PAGE_SIZE, PMD_SIZE or
 * PUD_SIZE) where alignment and the CPU allow. All three of addr, end and
 * phys must be page-aligned (else -EINVAL). Returns 0, -ENOMEM or -EEXIST
 * (something is already mapped there, and stays as it was); on error
 * nothing of the range is left mapped by this call.
 */
int pgtable_map_range(pgd_t *pgd, unsigned long addr, unsigned long end,
		      phys_addr_t phys, pgprot_t prot, unsigned long max_page);

struct page;
/*
 * Map nr pages, one 4 KiB entry each, at addr (page-aligned). Same
 * results and unwinding as pgtable_map_range.
 */
int pgtable_map_pages(pgd_t *pgd, unsigned long addr, struct page **pages,
		      unsigned long nr, pgprot_t prot);

/*
 * Unmap [addr, end): clear leaves (splitting a large leaf the range covers
 * only in part) and free page-table pages that become empty, except the
 * tables of kernel top-level entries, which stay for the life of the
 * kernel because other PGDs may hold copies of those entries. Returns 0,
 * -EINVAL (addr or end not page-aligned) or -ENOMEM (a split needed a
 * table).
 */
int pgtable_unmap_range(pgd_t *pgd, unsigned long addr, unsigned long end);

/*
 * Unmap [addr, end) but keep every page-table page, for ranges that will
 * be mapped again soon (vmalloc). Returns 0, -EINVAL or -ENOMEM (split).
 */
int pgtable_clear_range(pgd_t *pgd, unsigned long addr, unsigned long end);

/*
 * Free the page-table pages of [addr, end) that map nothing, leaving every
 * mapping (and the tables of kernel top-level entries) in place.
 */
void pgtable_prune_range(pgd_t *pgd, unsigned long addr, unsigned long end);

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
 * Descend towards addr: the large leaf that maps it (*level 2M or 1G), the
 * slot in its PTE table whether present or not (*level 4K), or NULL
 * (*level PG_LEVEL_NONE) when an upper level is missing.
 */
pteval_t *pgtable_walk_to(pgd_t *pgd, unsigned long addr, enum pg_level *level);

/*
 * The PTE for addr, allocating the tables above it as needed; NULL when
 * out of memory or when a large leaf maps addr.
 */
pte_t *pgtable_alloc_pte(pgd_t *pgd, unsigned long addr);

/*
 * Replace the large leaf mapping addr by a table mapping the same with
 * smaller entries (a kernel top-level leaf: in every PGD, mm/internal.h).
 */
int pgtable_split_pmd(pmd_t *pmd, unsigned long addr);
int pgtable_split_pud(pud_t *pud, unsigned long addr);

struct pgtable_walk_ops {
	/* Called for every present leaf, in address order; non-zero stops the walk. */
	int (*leaf)(unsigned long addr, enum pg_level level, pteval_t entry,
		    void *priv);
	/* Optional: called for every page-table page reached (below the PGD). */
	int (*table)(unsigned long addr, enum pgt_level level,
		     phys_addr_t table, void *priv);
};

/*
 * Walk the mappings of [addr, end), both page-aligned (else -EINVAL);
 * returns what a callback returned, or 0. In 4-level paging a range must
 * not span the non-canonical hole: the walk does not sign-extend.
 */
int walk_page_range(pgd_t *pgd, unsigned long addr, unsigned long end,
		    const struct pgtable_walk_ops *ops, void *priv);

/*
 * Walk the whole address space of pgd, user half then kernel half; ops->leaf
 * may be NULL when only the tables matter.
 */
int walk_page_range_tables(pgd_t *pgd, const struct pgtable_walk_ops *ops,
			   void *priv);

/* Print the entries translating addr ("PGD 1063 PMD 2063 PTE 0"), for oopses. */
void show_pgtable_walk(pgd_t *pgd, unsigned long addr);

/*
 * Called by the generic code after it wrote a kernel top-level entry of
 * some PGD (entry points at it). For init_mm's entries, mm/pgtable.c
 * copies the new value into every PGD on pgd_list: always when a present
 * entry changed or was cleared (was_present), and for a new entry when
 * the sync strategy is "eager".
 */
void pgtable_top_level_set(void *entry, unsigned long addr, bool was_present);

/*
 * The one user/kernel boundary. User space is [0, TASK_SIZE); the kernel's
 * half is [KERNEL_HALF_START, top), from top-level slot KERNEL_PGD_BOUNDARY
 * up, the slots every PGD copies from init_mm and whose tables are never
 * freed. On x86_64 the non-canonical hole between the two is neither.
 */
#define KERNEL_PGD_BOUNDARY pgd_index(KERNEL_HALF_START)
#ifdef CONFIG_X86_5LEVEL
/* The boundary follows the format chosen at boot: slot 256 in both. */
_Static_assert(KERNEL_HALF_START_L4 % (1UL << PGDIR_SHIFT_L4) == 0 &&
		       KERNEL_HALF_START_L5 % (1UL << PGDIR_SHIFT_L5) == 0,
	       "the kernel half starts at a top-level slot");
_Static_assert(TASK_SIZE <= KERNEL_HALF_START_L4 &&
		       TASK_SIZE <= KERNEL_HALF_START_L5,
	       "user below kernel");
_Static_assert(((KERNEL_HALF_START_L4 >> PGDIR_SHIFT_L4) & 511) ==
		       ((KERNEL_HALF_START_L5 >> PGDIR_SHIFT_L5) & 511),
	       "one KERNEL_PGD_BOUNDARY in both formats");
#else
_Static_assert(KERNEL_HALF_START % PGDIR_SIZE == 0,
	       "the kernel half starts at a top-level slot");
_Static_assert(TASK_SIZE <= KERNEL_HALF_START, "user below kernel");
#endif

/* Is addr in the kernel's half? */
static inline bool pgtable_kernel_address(unsigned long addr)
{
	return addr >= KERNEL_HALF_START;
}

/* Is [start, start + len) non-empty and wholly user space? */
static inline bool user_range_ok(unsigned long start, unsigned long len)
{
	return len && start < TASK_SIZE && len <= TASK_SIZE - start;
}

#endif
