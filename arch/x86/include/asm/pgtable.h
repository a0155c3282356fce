/* SPDX-License-Identifier: MIT */
/*
 * Page-table entries for the generic code: five levels (pgd, p4d, pud,
 * pmd, pte) in every mode. The mode's format header says which levels
 * exist and folds the others (include/asm-generic/pgtable-nop*.h); this
 * file adds the accessors shared by all x86 formats, so that mm/ walks
 * every level and never asks which mode it runs in.
 *
 * A folded level's "table" is the entry above it and always "present".
 * The #PF sync path must therefore read the hardware top-level entry
 * directly (PGTABLE_TOP_LEVEL says which generic level that is).
 */
#ifndef ASM_PGTABLE_H
#define ASM_PGTABLE_H

#include <asm/page.h>
#include <asm/paravirt.h>
#include <asm/pgtable_types.h>
#include <asm/setup.h>

#define pgd_val(x) ((x).pgd)
#define __pgd(x) ((pgd_t){ (x) })

#if CONFIG_PGTABLE_LEVELS == 2
#include <asm/pgtable-2level.h>
#elif CONFIG_PGTABLE_LEVELS == 3
#include <asm/pgtable-3level.h>
#elif CONFIG_PGTABLE_LEVELS == 4
#include <asm/pgtable-4level.h>
#elif CONFIG_PGTABLE_LEVELS == 5
#include <asm/pgtable-5level.h>
#else
#error "unsupported CONFIG_PGTABLE_LEVELS"
#endif

/* Which levels the mode folds, as constants generic code can test in an if. */
#ifdef PMD_FOLDED
#define PGTABLE_PMD_FOLDED 1
#else
#define PGTABLE_PMD_FOLDED 0
#endif
#ifdef PUD_FOLDED
#define PGTABLE_PUD_FOLDED 1
#else
#define PGTABLE_PUD_FOLDED 0
#endif
#ifndef PGTABLE_TOP_TABLES_PINNED
#define PGTABLE_TOP_TABLES_PINNED 0
#endif
/* The p4d level: folded at compile time (nop4d) or at run time (5-level). */
#ifndef PGTABLE_P4D_FOLDED
#define PGTABLE_P4D_FOLDED 1
#endif

#define PGDIR_SIZE (1UL << PGDIR_SHIFT)
#define PGDIR_MASK (~(PGDIR_SIZE - 1))
#define P4D_SIZE (1UL << P4D_SHIFT)
#define P4D_MASK (~(P4D_SIZE - 1))
#define PUD_SIZE (1UL << PUD_SHIFT)
#define PUD_MASK (~(PUD_SIZE - 1))
#define PMD_SIZE (1UL << PMD_SHIFT)
#define PMD_MASK (~(PMD_SIZE - 1))

/* ---- the levels every mode has for real: pgd (root) and pte ---------- */

static inline unsigned long pgd_index(unsigned long addr)
{
	return (addr >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1);
}

static inline pgd_t *pgd_offset_pgd(pgd_t *pgd, unsigned long addr)
{
	return pgd + pgd_index(addr);
}

static inline unsigned long pte_index(unsigned long addr)
{
	return (addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1);
}

#define pte_val(x) ((x).pte)
#define __pte(x) ((pte_t){ (x) })

static inline bool pte_none(pte_t pte)
{
	return !pte_val(pte);
}

static inline bool pte_present(pte_t pte)
{
	return pte_val(pte) & _PAGE_PRESENT;
}

static inline unsigned long pte_pfn(pte_t pte)
{
	return (unsigned long)((pte_val(pte) & PTE_PFN_MASK) >> PAGE_SHIFT);
}

static inline pteval_t pte_flags(pte_t pte)
{
	return pte_val(pte) & PTE_FLAGS_MASK;
}

static inline pte_t pfn_pte(unsigned long pfn, pgprot_t prot)
{
	return __pte((((pteval_t)pfn << PAGE_SHIFT) & PTE_PFN_MASK) |
		     (pgprot_val(prot) & __supported_pte_mask));
}

static inline void set_pte(pte_t *ptep, pte_t pte)
{
	pv_set_entry(pte, &ptep->pte, pte_val(pte));
}

static inline void pte_clear(pte_t *ptep)
{
	pv_set_entry(pte, &ptep->pte, 0);
}

/* End of the range [addr, end) inside the entry of size `size` at addr. */
static inline unsigned long pgt_addr_end(unsigned long addr, unsigned long end,
					 unsigned long size)
{
	unsigned long boundary = (addr + size) & ~(size - 1);

	return boundary - 1 < end - 1 ? boundary : end;
}

#define pgd_addr_end(addr, end) pgt_addr_end(addr, end, PGDIR_SIZE)

/*
 * Value accessors of an upper level that holds a real entry: the lowest
 * folded level (which sees the hardware entry of its parent) and every
 * level below it. Folded levels above get theirs from pgtable-nop*.h.
 */
#define DEFINE_UPPER_LEVEL(lvl)                                   \
	static inline bool lvl##_none(lvl##_t e)                  \
	{                                                         \
		return !lvl##_val(e);                             \
	}                                                         \
	static inline bool lvl##_present(lvl##_t e)               \
	{                                                         \
		return lvl##_val(e) & _PAGE_PRESENT;              \
	}                                                         \
	static inline pteval_t lvl##_flags(lvl##_t e)             \
	{                                                         \
		return lvl##_val(e) & PTE_FLAGS_MASK;             \
	}                                                         \
	/* Physical address of the table this entry points to. */ \
	static inline phys_addr_t lvl##_table_phys(lvl##_t e)     \
	{                                                         \
		return lvl##_val(e) & PTE_PFN_MASK;               \
	}                                                         \
	static inline void set_##lvl(lvl##_t *p, lvl##_t e)       \
	{                                                         \
		pv_set_entry(lvl, p, lvl##_val(e));               \
	}                                                         \
	static inline void lvl##_clear(lvl##_t *p)                \
	{                                                         \
		pv_set_entry(lvl, p, 0);                          \
	}

/* ---- pmd: real in every mode (in 2-level it is the PGD entry) ---------- */

DEFINE_UPPER_LEVEL(pmd)

static inline bool pmd_leaf(pmd_t pmd)
{
	return (pmd_val(pmd) & (_PAGE_PRESENT | _PAGE_PSE)) ==
	       (_PAGE_PRESENT | _PAGE_PSE);
}

static inline phys_addr_t pmd_leaf_phys(pmd_t pmd)
{
	return pmd_val(pmd) & PMD_LEAF_PFN_MASK;
}

static inline pmd_t pmd_mkleaf(phys_addr_t phys, pgprot_t prot)
{
	return __pmd((phys & PMD_LEAF_PFN_MASK) | _PAGE_PSE |
		     (pgprot_val(prot) & __supported_pte_mask));
}

static inline void pmd_populate(pmd_t *pmd, phys_addr_t table, pteval_t flags)
{
	set_pmd(pmd, __pmd(table | flags));
	arch_flush_lazy_mmu_mode(); /* the caller reads the entry back */
}

static inline pte_t *pte_offset_kernel(pmd_t *pmd, unsigned long addr)
{
	return (pte_t *)__va(pmd_table_phys(*pmd)) + pte_index(addr);
}

/* May a PMD entry map a large page on this CPU? */
static inline bool pmd_leaf_supported(void)
{
	return !PMD_LEAF_NEEDS_PSE || boot_cpu.pse;
}

/* ---- pud: real from PAE up (in PAE it is the PDPT entry) --------------- */

#ifndef PMD_FOLDED
DEFINE_UPPER_LEVEL(pud)

static inline unsigned long pmd_index(unsigned long addr)
{
	return (addr >> PMD_SHIFT) & (PTRS_PER_PMD - 1);
}

static inline pmd_t *pmd_offset(pud_t *pud, unsigned long addr)
{
	return (pmd_t *)__va(pud_table_phys(*pud)) + pmd_index(addr);
}

#define pmd_addr_end(addr, end) pgt_addr_end(addr, end, PMD_SIZE)

#ifdef PUD_TABLE_FLAGS_MASK
#define PUD_TABLE_FLAGS(f) ((f)&PUD_TABLE_FLAGS_MASK)
#else
#define PUD_TABLE_FLAGS(f) (f)
#endif

static inline void pud_populate(pud_t *pud, phys_addr_t table, pteval_t flags)
{
	set_pud(pud, __pud(table | PUD_TABLE_FLAGS(flags)));
	arch_flush_lazy_mmu_mode();
}
#endif

#if PUD_LEAF_POSSIBLE
static inline bool pud_leaf(pud_t pud)
{
	return (pud_val(pud) & (_PAGE_PRESENT | _PAGE_PSE)) ==
	       (_PAGE_PRESENT | _PAGE_PSE);
}

static inline phys_addr_t pud_leaf_phys(pud_t pud)
{
	return pud_val(pud) & PUD_LEAF_PFN_MASK;
}

static inline pud_t pud_mkleaf(phys_addr_t phys, pgprot_t prot)
{
	return __pud((phys & PUD_LEAF_PFN_MASK) | _PAGE_PSE |
		     (pgprot_val(prot) & __supported_pte_mask));
}

static inline bool pud_leaf_supported(void)
{
	return boot_cpu.gbpages;
}
#else
#ifndef PMD_FOLDED
static inline bool pud_leaf(pud_t pud __attribute__((unused)))
{
	return false; /* PAE: a PDPT entry cannot map a page */
}
#endif

static inline phys_addr_t pud_leaf_phys(pud_t pud __attribute__((unused)))
{
	return 0;
}

static inline pud_t pud_mkleaf(phys_addr_t phys __attribute__((unused)),
			       pgprot_t prot __attribute__((unused)))
{
	return __pud(0);
}

static inline bool pud_leaf_supported(void)
{
	return false;
}
#endif

/* ---- p4d: real from 4 levels up (in 4-level it is the PML4 entry) ------ */

#ifndef PUD_FOLDED
DEFINE_UPPER_LEVEL(p4d)

static inline bool p4d_leaf(p4d_t p4d __attribute__((unused)))
{
	return false;
}

static inline unsigned long pud_index(unsigned long addr)
{
	return (addr >> PUD_SHIFT) & (PTRS_PER_PUD - 1);
}

static inline pud_t *pud_offset(p4d_t *p4d, unsigned long addr)
{
	return (pud_t *)__va(p4d_table_phys(*p4d)) + pud_index(addr);
}

#define pud_addr_end(addr, end) pgt_addr_end(addr, end, PUD_SIZE)

static inline void p4d_populate(p4d_t *p4d, phys_addr_t table, pteval_t flags)
{
	set_p4d(p4d, __p4d(table | flags));
	arch_flush_lazy_mmu_mode();
}
#endif

/*
 * ---- pgd: real in 5-level paging (the PML5), folded at run time --------
 *
 * Without LA57 the p4d "table" is the pgd entry itself, as in
 * pgtable-nop4d.h, but decided by pgtable_l5_enabled() instead of by the
 * compiler: the pgd accessors report it always present, never allocate,
 * and the p4d accessors see the real value (Linux's pgtable_64.h).
 */
#if CONFIG_PGTABLE_LEVELS == 5
static inline bool pgd_none(pgd_t e)
{
	return pgtable_l5_enabled() && !pgd_val(e);
}

static inline bool pgd_present(pgd_t e)
{
	return !pgtable_l5_enabled() || (pgd_val(e) & _PAGE_PRESENT);
}

static inline bool pgd_leaf(pgd_t e __attribute__((unused)))
{
	return false; /* a PML5 entry never maps a page */
}

static inline pteval_t pgd_flags(pgd_t e)
{
	return pgtable_l5_enabled() ? pgd_val(e) & PTE_FLAGS_MASK : 0;
}

/* Physical address of the p4d table (0 when the level is folded). */
static inline phys_addr_t pgd_table_phys(pgd_t e)
{
	return pgtable_l5_enabled() ? pgd_val(e) & PTE_PFN_MASK : 0;
}

/* Folded or not, the entry is the hardware one: write it through. */
static inline void set_pgd(pgd_t *p, pgd_t e)
{
	pv_set_entry(pgd, p, pgd_val(e));
}

static inline void pgd_clear(pgd_t *p)
{
	if (pgtable_l5_enabled())
		pv_set_entry(pgd, p, 0);
}

static inline void pgd_populate(pgd_t *pgd, phys_addr_t table, pteval_t flags)
{
	if (!pgtable_l5_enabled())
		return;
	set_pgd(pgd, __pgd(table | flags));
	arch_flush_lazy_mmu_mode();
}

static inline unsigned long p4d_index(unsigned long addr)
{
	return (addr >> P4D_SHIFT) & (PTRS_PER_P4D - 1);
}

static inline p4d_t *p4d_offset(pgd_t *pgd, unsigned long addr)
{
	if (!pgtable_l5_enabled())
		return (p4d_t *)pgd;
	return (p4d_t *)__va(pgd_table_phys(*pgd)) + p4d_index(addr);
}

/* Folded, a p4d spans its pgd entry; the pgd ladder bounded the range. */
#define p4d_addr_end(addr, end) \
	(pgtable_l5_enabled() ? pgt_addr_end(addr, end, P4D_SIZE) : (end))
#endif

/* The PGD a CR3 value points at (in the direct map). */
static inline pgd_t *pgd_from_cr3(unsigned long cr3)
{
	return (pgd_t *)__va(cr3 & CR3_PGD_MASK);
}

/* Size mapped by one leaf at each level, for lookup and ptdump. */
static inline unsigned long pg_level_size(enum pg_level level)
{
	switch (level) {
	case PG_LEVEL_4K:
		return PAGE_SIZE;
	case PG_LEVEL_2M:
		return PMD_SIZE;
	case PG_LEVEL_1G:
		return PUD_SIZE;
	default:
		return 0;
	}
}

#endif
