/* SPDX-License-Identifier: MIT */
/*
 * Fold the pud level into the p4d (and so into the pgd), for modes with
 * fewer than 4 levels. See pgtable-nop4d.h.
 */
#ifndef ASM_GENERIC_PGTABLE_NOPUD_H
#define ASM_GENERIC_PGTABLE_NOPUD_H

#include <asm-generic/pgtable-nop4d.h>

typedef struct {
	p4d_t p4d;
} pud_t;

#define PUD_SHIFT P4D_SHIFT
#define PTRS_PER_PUD 1
#define PUD_FOLDED 1

#define pud_val(x) (p4d_val((x).p4d))
#define __pud(x) ((pud_t){ __p4d(x) })

static inline bool p4d_none(p4d_t p4d __attribute__((unused)))
{
	return false;
}

static inline bool p4d_present(p4d_t p4d __attribute__((unused)))
{
	return true;
}

static inline bool p4d_leaf(p4d_t p4d __attribute__((unused)))
{
	return false;
}

static inline phys_addr_t p4d_table_phys(p4d_t e __attribute__((unused)))
{
	return 0; /* no table of its own: the level below is folded into it */
}

static inline pteval_t p4d_flags(p4d_t e __attribute__((unused)))
{
	return 0;
}

/* The entry is the one below seen from above: write it through. */
static inline void set_p4d(p4d_t *p, p4d_t e)
{
	pv_set_entry(p4d, p, p4d_val(e));
}

static inline void p4d_clear(p4d_t *p4d __attribute__((unused)))
{
}

static inline void p4d_populate(p4d_t *p4d __attribute__((unused)),
				phys_addr_t table __attribute__((unused)),
				pteval_t flags __attribute__((unused)))
{
}

static inline pud_t *pud_offset(p4d_t *p4d,
				unsigned long addr __attribute__((unused)))
{
	return (pud_t *)p4d;
}

#define pud_addr_end(addr, end) (end)

#endif
