// SPDX-License-Identifier: MIT
/*
 * Changing the flags of existing mappings, splitting a large leaf where
 * the range covers only part of it.
 */
#include <kernel/errno.h>
#include <kernel/pgtable.h>

#include "internal.h"

struct protect_args {
	pteval_t set, clear;
};

static pteval_t protect_val(pteval_t v, const struct protect_args *a)
{
	return (v & ~a->clear) | (a->set & __supported_pte_mask);
}

static int protect_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			     const struct protect_args *a)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);

	do {
		if (!pte_present(*pte))
			return -EFAULT;
		set_pte(pte, __pte(protect_val(pte_val(*pte), a)));
	} while (pte++, addr += PAGE_SIZE, addr != end);
	return 0;
}

static int protect_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			     const struct protect_args *a)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next;
	int err;

	do {
		next = pmd_addr_end(addr, end);
		if (!pmd_present(*pmd))
			return -EFAULT;
		if (pmd_leaf(*pmd)) {
			if (IS_ALIGNED(addr, PMD_SIZE) &&
			    next - addr == PMD_SIZE) {
				set_pmd(pmd,
					__pmd(protect_val(pmd_val(*pmd), a)));
				top_level_written(PGT_PMD, pmd, addr, true);
				continue;
			}
			err = pgtable_split_pmd(pmd, addr);
			if (err)
				return err;
		}
		err = protect_pte_range(pmd, addr, next, a);
		if (err)
			return err;
	} while (pmd++, addr = next, addr != end);
	return 0;
}

static int protect_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end,
			     const struct protect_args *a)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next;
	int err;

	do {
		next = pud_addr_end(addr, end);
		if (!pud_present(*pud))
			return -EFAULT;
		if (pud_leaf(*pud)) {
			if (IS_ALIGNED(addr, PUD_SIZE) &&
			    next - addr == PUD_SIZE) {
				set_pud(pud,
					__pud(protect_val(pud_val(*pud), a)));
				top_level_written(PGT_PUD, pud, addr, true);
				continue;
			}
			err = pgtable_split_pud(pud, addr);
			if (err)
				return err;
		}
		err = protect_pmd_range(pud, addr, next, a);
		if (err)
			return err;
	} while (pud++, addr = next, addr != end);
	return 0;
}

static int protect_p4d_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			     const struct protect_args *a)
{
	p4d_t *p4d = p4d_offset(pgd, addr);
	unsigned long next;
	int err;

	do {
		next = p4d_addr_end(addr, end);
		if (!p4d_present(*p4d))
			return -EFAULT;
		err = protect_pud_range(p4d, addr, next, a);
		if (err)
			return err;
	} while (p4d++, addr = next, addr != end);
	return 0;
}

int pgtable_protect_range(pgd_t *pgd_base, unsigned long addr,
			  unsigned long end, pteval_t set, pteval_t clear)
{
	struct protect_args a = { set, clear & ~(_PAGE_PSE | PTE_PFN_MASK) };
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	unsigned long next;
	int err;

	if (!IS_ALIGNED(addr, PAGE_SIZE) || !IS_ALIGNED(end, PAGE_SIZE))
		return -EINVAL;
	if (addr == end)
		return 0; /* the ladders below would run to the end of memory */
	do {
		next = pgd_addr_end(addr, end);
		if (!pgd_present(*pgd))
			return -EFAULT;
		err = protect_p4d_range(pgd, addr, next, &a);
		if (err)
			return err;
	} while (pgd++, addr = next, addr != end);
	return 0;
}
