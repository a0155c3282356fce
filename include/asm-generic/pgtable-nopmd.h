/* SPDX-License-Identifier: MIT */
/*
 * Fold the pmd level into the pud (and so into the pgd), for 2-level
 * paging. See pgtable-nop4d.h.
 */
#ifndef ASM_GENERIC_PGTABLE_NOPMD_H
#define ASM_GENERIC_PGTABLE_NOPMD_H

#include <asm-generic/pgtable-nopud.h>

typedef struct {
	pud_t pud;
} pmd_t;

#define PMD_SHIFT PUD_SHIFT
#define PTRS_PER_PMD 1
#define PMD_FOLDED 1

#define pmd_val(x) (pud_val((x).pud))
#define __pmd(x) ((pmd_t){ __pud(x) })

static inline bool pud_none(pud_t pud __attribute__((unused)))
{
	return false;
}

static inline bool pud_present(pud_t pud __attribute__((unused)))
{
	return true;
}

static inline bool pud_leaf(pud_t pud __attribute__((unused)))
{
	return false;
}

static inline phys_addr_t pud_table_phys(pud_t e __attribute__((unused)))
{
	return 0; /* no table of its own: the level below is folded into it */
}

static inline pteval_t pud_flags(pud_t e __attribute__((unused)))
{
	return 0;
}

/* The entry is the one below seen from above: write it through. */
static inline void set_pud(pud_t *p, pud_t e)
{
	pv_set_entry(pud, p, pud_val(e));
}

static inline void pud_clear(pud_t *pud __attribute__((unused)))
{
}

static inline void pud_populate(pud_t *pud __attribute__((unused)),
				phys_addr_t table __attribute__((unused)),
				pteval_t flags __attribute__((unused)))
{
}

static inline pmd_t *pmd_offset(pud_t *pud,
				unsigned long addr __attribute__((unused)))
{
	return (pmd_t *)pud;
}

#define pmd_addr_end(addr, end) (end)

#endif
