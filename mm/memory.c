// SPDX-License-Identifier: MIT
/*
 * Mapping and unmapping ranges in any PGD, in every paging mode: ladders
 * of one short function per level, the folded levels passing straight
 * through (include/asm-generic/pgtable-nop*.h).
 */
#include <kernel/errno.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/string.h>

#include "internal.h"

/*
 * Flags for an entry that points at a lower table, by address as in Linux:
 * the MMU ANDs U/S over the walk (SDM 4.6), so every table of the user
 * half carries it and the leaves decide. (Taken from the first mapping's
 * prot, a kernel-only page would hide later user pages of its table.)
 */
static pteval_t table_flags(unsigned long addr)
{
	return pgtable_kernel_address(addr) ? _KERNPG_TABLE : _PAGE_TABLE;
}

/* A split's table maps what the leaf mapped: U/S as the leaf had it. */
static pteval_t split_table_flags(pteval_t leaf)
{
	return (leaf & _PAGE_USER) ? _PAGE_TABLE : _KERNPG_TABLE;
}

/* Does [addr, next) -> phys fit one leaf of `size` bytes? */
static bool leaf_fits(unsigned long addr, unsigned long next, phys_addr_t phys,
		      unsigned long size, unsigned long max_page)
{
	return size <= max_page && next - addr == size &&
	       IS_ALIGNED(addr, size) && IS_ALIGNED(phys, (phys_addr_t)size);
}

/* Only kernel top-level entries concern the other PGDs (mm/internal.h). */
void top_level_written(enum pgt_level level, void *entry, unsigned long addr,
		       bool was_present)
{
	if (level == PGTABLE_TOP_LEVEL && pgtable_kernel_address(addr))
		pgtable_top_level_set(entry, addr, was_present);
}

/*
 * Tables hanging off a kernel top-level entry are kept: other PGDs may
 * hold copies of the entry (lazy sync), or share the table (PAE). In PAE
 * the CPU caches the top level, so its tables stay for the PGD's life.
 */
static bool table_kept(enum pgt_level entry_level, unsigned long addr)
{
	return entry_level == PGTABLE_TOP_LEVEL &&
	       (PGTABLE_TOP_TABLES_PINNED || pgtable_kernel_address(addr));
}

/*
 * In lazy MMU mode (pv=checking, a hypervisor) the clears just made may
 * only be queued: apply them before reading the table they went to.
 */
static bool table_empty(phys_addr_t table)
{
	const pteval_t *e = __va(table);
	unsigned int i;

	arch_flush_lazy_mmu_mode();

	for (i = 0; i < PAGE_SIZE / sizeof(pteval_t); i++)
		if (e[i])
			return false;
	return true;
}

/* ---- map ----------------------------------------------------------- */

struct map_ctx {
	phys_addr_t phys;    /* where the next leaf points */
	struct page **pages; /* or, if not NULL, the pages to map one by one */
	pgprot_t prot;
	unsigned long max_page;
	unsigned long done; /* [start, done) is mapped by this call */
};

static int map_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			 struct map_ctx *c)
{
	pte_t *pte;

	if (pmd_none(*pmd)) {
		phys_addr_t t = pgtable_alloc();

		if (!t)
			return -ENOMEM;
		pmd_populate(pmd, t, table_flags(addr));
		top_level_written(PGT_PMD, pmd, addr, false);
	} else if (pmd_leaf(*pmd)) {
		return -EEXIST;
	}
	pte = pte_offset_kernel(pmd, addr);
	do {
		if (!pte_none(*pte))
			return -EEXIST;
		if (c->pages)
			c->phys = page_to_phys(*c->pages++);
		set_pte(pte, pfn_pte((unsigned long)(c->phys >> PAGE_SHIFT),
				     c->prot));
		c->phys += PAGE_SIZE;
		c->done = addr + PAGE_SIZE;
	} while (pte++, addr += PAGE_SIZE, addr != end);
	return 0;
}

static int map_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			 struct map_ctx *c)
{
	unsigned long next;
	pmd_t *pmd;
	int err;

	if (pud_none(*pud)) {
		phys_addr_t t = pgtable_alloc();

		if (!t)
			return -ENOMEM;
		pud_populate(pud, t, table_flags(addr));
		top_level_written(PGT_PUD, pud, addr, false);
	} else if (pud_leaf(*pud)) {
		return -EEXIST;
	}
	pmd = pmd_offset(pud, addr);
	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd) && pmd_leaf_supported() &&
		    leaf_fits(addr, next, c->phys, PMD_SIZE, c->max_page)) {
			set_pmd(pmd, pmd_mkleaf(c->phys, c->prot));
			top_level_written(PGT_PMD, pmd, addr, false);
			c->phys += PMD_SIZE;
			c->done = next;
			continue;
		}
		err = map_pte_range(pmd, addr, next, c);
		if (err)
			return err;
	} while (pmd++, addr = next, addr != end);
	return 0;
}

static int map_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end,
			 struct map_ctx *c)
{
	unsigned long next;
	pud_t *pud;
	int err;

	if (p4d_none(*p4d)) {
		phys_addr_t t = pgtable_alloc();

		if (!t)
			return -ENOMEM;
		p4d_populate(p4d, t, table_flags(addr));
		top_level_written(PGT_P4D, p4d, addr, false);
	}
	pud = pud_offset(p4d, addr);
	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud) && pud_leaf_supported() &&
		    leaf_fits(addr, next, c->phys, PUD_SIZE, c->max_page)) {
			set_pud(pud, pud_mkleaf(c->phys, c->prot));
			top_level_written(PGT_PUD, pud, addr, false);
			c->phys += PUD_SIZE;
			c->done = next;
			continue;
		}
		err = map_pmd_range(pud, addr, next, c);
		if (err)
			return err;
	} while (pud++, addr = next, addr != end);
	return 0;
}

static int map_p4d_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			 struct map_ctx *c)
{
	unsigned long next;
	p4d_t *p4d;
	int err;

	if (pgd_none(*pgd)) {
		phys_addr_t t = pgtable_alloc();

		if (!t)
			return -ENOMEM;
		pgd_populate(pgd, t, table_flags(addr));
		top_level_written(PGT_PGD, pgd, addr, false);
	}
	p4d = p4d_offset(pgd, addr);
	do {
		next = p4d_addr_end(addr, end);
		err = map_pud_range(p4d, addr, next, c);
		if (err)
			return err;
	} while (p4d++, addr = next, addr != end);
	return 0;
}

static int map_range(pgd_t *pgd_base, unsigned long addr, unsigned long end,
		     struct map_ctx *c)
{
	unsigned long start = addr, next;
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	int err;

	do {
		next = pgd_addr_end(addr, end);
		err = map_p4d_range(pgd, addr, next, c);
		if (err) {
			/*
			 * Undo exactly what this call mapped, then drop the
			 * tables it allocated that are still empty; what was
			 * mapped before the call (-EEXIST) stays.
			 */
			if (c->done != start)
				pgtable_unmap_range(pgd_base, start, c->done);
			pgtable_prune_range(pgd_base, start, end);
			return err;
		}
	} while (pgd++, addr = next, addr != end);
	return 0;
}

int pgtable_map_range(pgd_t *pgd, unsigned long addr, unsigned long end,
		      phys_addr_t phys, pgprot_t prot, unsigned long max_page)
{
	struct map_ctx c = { phys, NULL, prot, max_page, addr };

	if (!IS_ALIGNED(addr, PAGE_SIZE) || !IS_ALIGNED(end, PAGE_SIZE) ||
	    !IS_ALIGNED(phys, (phys_addr_t)PAGE_SIZE) || addr == end)
		return -EINVAL;
	return map_range(pgd, addr, end, &c);
}

/*
 * The PTE for addr if the tables down to it exist (no large leaf on the
 * way), else NULL. For the fast paths below.
 */
static pte_t *pte_table_lookup(pgd_t *pgd, unsigned long addr)
{
	enum pg_level level;
	pteval_t *e = pgtable_walk_to(pgd, addr, &level);

	return level == PG_LEVEL_4K ? (pte_t *)e : NULL;
}

/* Does [addr, end) lie inside the span of one PTE table? */
static bool one_pte_table(unsigned long addr, unsigned long end)
{
	return (addr & PMD_MASK) == ((end - 1) & PMD_MASK);
}

int pgtable_map_pages(pgd_t *pgd, unsigned long addr, struct page **pages,
		      unsigned long nr, pgprot_t prot)
{
	struct map_ctx c = { 0, pages, prot, PAGE_SIZE, addr };
	unsigned long end = addr + nr * PAGE_SIZE, i;
	pte_t *pte;

	if (!IS_ALIGNED(addr, PAGE_SIZE) || !nr)
		return -EINVAL;
	/*
	 * The common vmalloc case: a few pages under a table that exists.
	 * One descent instead of a ladder; same result, same unwinding.
	 */
	if (one_pte_table(addr, end) && (pte = pte_table_lookup(pgd, addr))) {
		for (i = 0; i < nr; i++) {
			if (!pte_none(pte[i])) {
				while (i--)
					pte_clear(&pte[i]);
				return -EEXIST;
			}
			set_pte(&pte[i], pfn_pte(page_to_pfn(pages[i]), prot));
		}
		return 0;
	}
	return map_range(pgd, addr, end, &c);
}

pte_t *pgtable_alloc_pte(pgd_t *pgd_base, unsigned long addr)
{
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	phys_addr_t t;
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	if (pgd_none(*pgd)) {
		if (!(t = pgtable_alloc()))
			return NULL;
		pgd_populate(pgd, t, table_flags(addr));
		top_level_written(PGT_PGD, pgd, addr, false);
	}
	p4d = p4d_offset(pgd, addr);
	if (p4d_none(*p4d)) {
		if (!(t = pgtable_alloc()))
			return NULL;
		p4d_populate(p4d, t, table_flags(addr));
		top_level_written(PGT_P4D, p4d, addr, false);
	}
	pud = pud_offset(p4d, addr);
	if (pud_none(*pud)) {
		if (!(t = pgtable_alloc()))
			return NULL;
		pud_populate(pud, t, table_flags(addr));
		top_level_written(PGT_PUD, pud, addr, false);
	} else if (pud_leaf(*pud)) {
		return NULL;
	}
	pmd = pmd_offset(pud, addr);
	if (pmd_none(*pmd)) {
		if (!(t = pgtable_alloc()))
			return NULL;
		pmd_populate(pmd, t, table_flags(addr));
		top_level_written(PGT_PMD, pmd, addr, false);
	} else if (pmd_leaf(*pmd)) {
		return NULL;
	}
	return pte_offset_kernel(pmd, addr);
}

/* ---- splitting large leaves ----------------------------------------- */

/* Replace a large PMD leaf by a table of 4 KiB entries mapping the same. */
int pgtable_split_pmd(pmd_t *pmd, unsigned long addr)
{
	pteval_t flags = pmd_flags(*pmd) & ~_PAGE_PSE;
	phys_addr_t phys = pmd_leaf_phys(*pmd), t = pgtable_alloc();
	pte_t *pte;
	unsigned int i;

	if (!t)
		return -ENOMEM;
	pte = __va(t);
	for (i = 0; i < PTRS_PER_PTE; i++)
		pte[i] = __pte((phys + (phys_addr_t)i * PAGE_SIZE) | flags);
	pmd_populate(pmd, t, split_table_flags(flags));
	top_level_written(PGT_PMD, pmd, addr, true);
	return 0;
}

/* Replace a 1 GiB PUD leaf by a table of 2 MiB leaves mapping the same. */
int pgtable_split_pud(pud_t *pud, unsigned long addr)
{
	pteval_t flags = pud_flags(*pud);
	phys_addr_t phys = pud_leaf_phys(*pud), t = pgtable_alloc();
	pmd_t *pmd;
	unsigned int i;

	if (!t)
		return -ENOMEM;
	pmd = __va(t);
	for (i = 0; i < PTRS_PER_PMD; i++)
		pmd[i] = __pmd((phys + (phys_addr_t)i * PMD_SIZE) | flags);
	pud_populate(pud, t, split_table_flags(flags));
	top_level_written(PGT_PUD, pud, addr, true);
	return 0;
}

/* ---- unmap ---------------------------------------------------------- */

/*
 * One ladder for three jobs: unmap and free the tables that become empty;
 * unmap and keep every table (vmalloc, which maps the same range again
 * soon); or only free empty tables, leaving every mapping (pruning).
 */
enum unmap_mode { UNMAP_FREE_TABLES, UNMAP_KEEP_TABLES, PRUNE_TABLES };

static bool unmap_frees(enum unmap_mode mode)
{
	return mode != UNMAP_KEEP_TABLES;
}

static void unmap_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			    enum unmap_mode mode)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);

	if (mode == PRUNE_TABLES)
		return;
	do {
		pte_clear(pte);
	} while (pte++, addr += PAGE_SIZE, addr != end);
}

static int unmap_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			   enum unmap_mode mode)
{
	unsigned long next;
	pmd_t *pmd = pmd_offset(pud, addr);
	int err;

	do {
		next = pmd_addr_end(addr, end);
		if (pmd_none(*pmd))
			continue;
		if (pmd_leaf(*pmd)) {
			if (mode == PRUNE_TABLES)
				continue;
			if (leaf_fits(addr, next, 0, PMD_SIZE, PMD_SIZE)) {
				pmd_clear(pmd);
				top_level_written(PGT_PMD, pmd, addr, true);
				continue;
			}
			err = pgtable_split_pmd(pmd, addr);
			if (err)
				return err;
		}
		unmap_pte_range(pmd, addr, next, mode);
		if (unmap_frees(mode) && !table_kept(PGT_PMD, addr) &&
		    table_empty(pmd_table_phys(*pmd))) {
			phys_addr_t t = pmd_table_phys(*pmd);

			pmd_clear(pmd);
			pgtable_free(t);
		}
	} while (pmd++, addr = next, addr != end);
	return 0;
}

static int unmap_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end,
			   enum unmap_mode mode)
{
	unsigned long next;
	pud_t *pud = pud_offset(p4d, addr);
	int err;

	do {
		next = pud_addr_end(addr, end);
		if (pud_none(*pud))
			continue;
		if (pud_leaf(*pud)) {
			if (mode == PRUNE_TABLES)
				continue;
			if (leaf_fits(addr, next, 0, PUD_SIZE, PUD_SIZE)) {
				pud_clear(pud);
				top_level_written(PGT_PUD, pud, addr, true);
				continue;
			}
			err = pgtable_split_pud(pud, addr);
			if (err)
				return err;
		}
		err = unmap_pmd_range(pud, addr, next, mode);
		if (err)
			return err;
		if (!PGTABLE_PMD_FOLDED && unmap_frees(mode) &&
		    !table_kept(PGT_PUD, addr) &&
		    table_empty(pud_table_phys(*pud))) {
			phys_addr_t t = pud_table_phys(*pud);

			pud_clear(pud);
			pgtable_free(t);
		}
	} while (pud++, addr = next, addr != end);
	return 0;
}

static int unmap_p4d_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			   enum unmap_mode mode)
{
	unsigned long next;
	p4d_t *p4d = p4d_offset(pgd, addr);
	int err;

	do {
		next = p4d_addr_end(addr, end);
		if (p4d_none(*p4d))
			continue;
		err = unmap_pud_range(p4d, addr, next, mode);
		if (err)
			return err;
		if (!PGTABLE_PUD_FOLDED && unmap_frees(mode) &&
		    !table_kept(PGT_P4D, addr) &&
		    table_empty(p4d_table_phys(*p4d))) {
			phys_addr_t t = p4d_table_phys(*p4d);

			p4d_clear(p4d);
			pgtable_free(t);
		}
	} while (p4d++, addr = next, addr != end);
	return 0;
}

static int unmap_range(pgd_t *pgd_base, unsigned long addr, unsigned long end,
		       enum unmap_mode mode)
{
	unsigned long next;
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	int err;

	/* The ladders stop at addr == end: an unaligned or empty range never would. */
	if (!IS_ALIGNED(addr, PAGE_SIZE) || !IS_ALIGNED(end, PAGE_SIZE))
		return -EINVAL;
	if (addr == end)
		return 0;
	do {
		next = pgd_addr_end(addr, end);
		if (pgd_none(*pgd))
			continue;
		err = unmap_p4d_range(pgd, addr, next, mode);
		if (err)
			return err;
		if (!PGTABLE_P4D_FOLDED && unmap_frees(mode) &&
		    !table_kept(PGT_PGD, addr) &&
		    table_empty(pgd_table_phys(*pgd))) {
			phys_addr_t t = pgd_table_phys(*pgd);

			pgd_clear(pgd);
			pgtable_free(t);
		}
	} while (pgd++, addr = next, addr != end);
	return 0;
}

int pgtable_unmap_range(pgd_t *pgd, unsigned long addr, unsigned long end)
{
	return unmap_range(pgd, addr, end, UNMAP_FREE_TABLES);
}

int pgtable_clear_range(pgd_t *pgd, unsigned long addr, unsigned long end)
{
	pte_t *pte;

	/* As in pgtable_map_pages: one descent when one table holds it all. */
	if (IS_ALIGNED(addr, PAGE_SIZE) && IS_ALIGNED(end, PAGE_SIZE) &&
	    addr < end && one_pte_table(addr, end) &&
	    (pte = pte_table_lookup(pgd, addr))) {
		for (; addr != end; addr += PAGE_SIZE)
			pte_clear(pte++);
		return 0;
	}
	return unmap_range(pgd, addr, end, UNMAP_KEEP_TABLES);
}

void pgtable_prune_range(pgd_t *pgd, unsigned long addr, unsigned long end)
{
	unmap_range(pgd, addr, end, PRUNE_TABLES);
}
