/* SPDX-License-Identifier: MIT */
/*
 * Fold the p4d level into the pgd, for modes with fewer than 5 levels.
 * A p4d "table" is the pgd entry itself: the pgd accessors report it
 * always present and never allocate, and the p4d accessors see the real
 * value. Generic code walks every level and never asks the mode.
 */
#ifndef ASM_GENERIC_PGTABLE_NOP4D_H
#define ASM_GENERIC_PGTABLE_NOP4D_H

typedef struct {
	pgd_t pgd;
} p4d_t;

#define P4D_SHIFT PGDIR_SHIFT
#define PTRS_PER_P4D 1
#define P4D_FOLDED 1

#define p4d_val(x) (pgd_val((x).pgd))
#define __p4d(x) ((p4d_t){ __pgd(x) })

static inline bool pgd_none(pgd_t pgd __attribute__((unused)))
{
	return false;
}

static inline bool pgd_present(pgd_t pgd __attribute__((unused)))
{
	return true;
}

static inline bool pgd_leaf(pgd_t pgd __attribute__((unused)))
{
	return false;
}

static inline phys_addr_t pgd_table_phys(pgd_t e __attribute__((unused)))
{
	return 0; /* no table of its own: the level below is folded into it */
}

static inline pteval_t pgd_flags(pgd_t e __attribute__((unused)))
{
	return 0;
}

/* The entry is the one below seen from above: write it through. */
static inline void set_pgd(pgd_t *p, pgd_t e)
{
	pv_set_entry(pgd, p, pgd_val(e));
}

static inline void pgd_clear(pgd_t *pgd __attribute__((unused)))
{
}

static inline void pgd_populate(pgd_t *pgd __attribute__((unused)),
				phys_addr_t table __attribute__((unused)),
				pteval_t flags __attribute__((unused)))
{
}

static inline p4d_t *p4d_offset(pgd_t *pgd,
				unsigned long addr __attribute__((unused)))
{
	return (p4d_t *)pgd;
}

#define p4d_addr_end(addr, end) (end)

#endif
