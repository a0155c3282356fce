// SPDX-License-Identifier: MIT
/*
 * Reading page tables: find the leaf that maps an address, and walk a
 * range calling back for every leaf and table. Used by ptdump, the oops
 * walk, the W^X check and the tests.
 */
#include <kernel/errno.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>

pteval_t *pgtable_walk_to(pgd_t *pgd_base, unsigned long addr,
			  enum pg_level *level)
{
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;

	*level = PG_LEVEL_NONE;
	if (!pgd_present(*pgd))
		return NULL;
	p4d = p4d_offset(pgd, addr);
	if (!p4d_present(*p4d))
		return NULL;
	pud = pud_offset(p4d, addr);
	if (!pud_present(*pud))
		return NULL;
	if (pud_leaf(*pud)) {
		*level = PG_LEVEL_1G;
		return (pteval_t *)pud;
	}
	pmd = pmd_offset(pud, addr);
	if (!pmd_present(*pmd))
		return NULL;
	if (pmd_leaf(*pmd)) {
		*level = PG_LEVEL_2M;
		return (pteval_t *)pmd;
	}
	*level = PG_LEVEL_4K;
	return (pteval_t *)pte_offset_kernel(pmd, addr);
}

pteval_t *lookup_address_in_pgd(pgd_t *pgd_base, unsigned long addr,
				enum pg_level *level)
{
	pteval_t *e = pgtable_walk_to(pgd_base, addr, level);

	if (e && *level == PG_LEVEL_4K && !pte_present(*(pte_t *)e)) {
		*level = PG_LEVEL_NONE;
		return NULL;
	}
	return e;
}

static int walk_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			  const struct pgtable_walk_ops *ops, void *priv)
{
	pte_t *pte = pte_offset_kernel(pmd, addr);
	int ret;

	do {
		if (pte_present(*pte)) {
			ret = ops->leaf ? ops->leaf(addr, PG_LEVEL_4K,
						    pte_val(*pte), priv)
					: 0;
			if (ret)
				return ret;
		}
	} while (pte++, addr += PAGE_SIZE, addr != end);
	return 0;
}

static int walk_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			  const struct pgtable_walk_ops *ops, void *priv)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next;
	int ret;

	do {
		next = pmd_addr_end(addr, end);
		if (!pmd_present(*pmd))
			continue;
		if (pmd_leaf(*pmd)) {
			ret = ops->leaf
				      ? ops->leaf(addr & PMD_MASK, PG_LEVEL_2M,
						  pmd_val(*pmd), priv)
				      : 0;
		} else {
			ret = ops->table
				      ? ops->table(addr, PGT_PTE,
						   pmd_table_phys(*pmd), priv)
				      : 0;
			if (!ret)
				ret = walk_pte_range(pmd, addr, next, ops,
						     priv);
		}
		if (ret)
			return ret;
	} while (pmd++, addr = next, addr != end);
	return 0;
}

static int walk_pud_range(p4d_t *p4d, unsigned long addr, unsigned long end,
			  const struct pgtable_walk_ops *ops, void *priv)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next;
	int ret;

	do {
		next = pud_addr_end(addr, end);
		if (!pud_present(*pud))
			continue;
		if (pud_leaf(*pud)) {
			ret = ops->leaf
				      ? ops->leaf(addr & PUD_MASK, PG_LEVEL_1G,
						  pud_val(*pud), priv)
				      : 0;
		} else {
			ret = !PGTABLE_PMD_FOLDED && ops->table
				      ? ops->table(addr, PGT_PMD,
						   pud_table_phys(*pud), priv)
				      : 0;
			if (!ret)
				ret = walk_pmd_range(pud, addr, next, ops,
						     priv);
		}
		if (ret)
			return ret;
	} while (pud++, addr = next, addr != end);
	return 0;
}

static int walk_p4d_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			  const struct pgtable_walk_ops *ops, void *priv)
{
	p4d_t *p4d = p4d_offset(pgd, addr);
	unsigned long next;
	int ret;

	do {
		next = p4d_addr_end(addr, end);
		if (!p4d_present(*p4d))
			continue;
		ret = !PGTABLE_PUD_FOLDED && ops->table
			      ? ops->table(addr, PGT_PUD, p4d_table_phys(*p4d),
					   priv)
			      : 0;
		if (!ret)
			ret = walk_pud_range(p4d, addr, next, ops, priv);
		if (ret)
			return ret;
	} while (p4d++, addr = next, addr != end);
	return 0;
}

int walk_page_range(pgd_t *pgd_base, unsigned long addr, unsigned long end,
		    const struct pgtable_walk_ops *ops, void *priv)
{
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	unsigned long next;
	int ret;

	/* The ladders stop at addr == end: an unaligned or empty range never would. */
	if (!IS_ALIGNED(addr, PAGE_SIZE) || !IS_ALIGNED(end, PAGE_SIZE))
		return -EINVAL;
	if (addr == end)
		return 0;
	do {
		next = pgd_addr_end(addr, end);
		if (!pgd_present(*pgd))
			continue;
		ret = !PGTABLE_P4D_FOLDED && ops->table
			      ? ops->table(addr, PGT_P4D, pgd_table_phys(*pgd),
					   priv)
			      : 0;
		if (!ret)
			ret = walk_p4d_range(pgd, addr, next, ops, priv);
		if (ret)
			return ret;
	} while (pgd++, addr = next, addr != end);
	return 0;
}

/*
 * One line with the entries that translate addr in pgd, top down, for
 * oops reports: only the levels the hardware has ("PGD" is always the
 * hardware top level), stopping at a leaf or an empty entry.
 */
void show_pgtable_walk(pgd_t *pgd_base, unsigned long addr)
{
	pgd_t *pgd = pgd_offset_pgd(pgd_base, addr);
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;

	/* Each level's value is read at the lowest folded level that holds it. */
	if (!PGTABLE_P4D_FOLDED) {
		printk("PGD %llx ", (unsigned long long)pgd_val(*pgd));
		if (!pgd_present(*pgd))
			goto out;
	}
	p4d = p4d_offset(pgd, addr);
	if (!PGTABLE_PUD_FOLDED) {
		printk("%s %llx ", PGTABLE_P4D_FOLDED ? "PGD" : "P4D",
		       (unsigned long long)p4d_val(*p4d));
		if (!p4d_present(*p4d))
			goto out;
	}
	pud = pud_offset(p4d, addr);
	if (!PGTABLE_PMD_FOLDED) {
		printk("%s %llx ", PGTABLE_PUD_FOLDED ? "PGD" : "PUD",
		       (unsigned long long)pud_val(*pud));
		if (!pud_present(*pud) || pud_leaf(*pud))
			goto out;
	}
	pmd = pmd_offset(pud, addr);
	printk("%s %llx ", PGTABLE_PMD_FOLDED ? "PGD" : "PMD",
	       (unsigned long long)pmd_val(*pmd));
	if (!pmd_present(*pmd) || pmd_leaf(*pmd))
		goto out;
	pte = pte_offset_kernel(pmd, addr);
	printk("PTE %llx", (unsigned long long)pte_val(*pte));
out:
	printk("\n");
}

int walk_page_range_tables(pgd_t *pgd, const struct pgtable_walk_ops *ops,
			   void *priv)
{
	/* The two halves: a walk may not cross x86_64's non-canonical hole. */
	int ret = walk_page_range(pgd, 0, TASK_SIZE, ops, priv);

	return ret ? ret
		   : walk_page_range(pgd, KERNEL_HALF_START, 0, ops, priv);
}
