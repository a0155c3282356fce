// SPDX-License-Identifier: MIT
/*
 * ptdump: a PGD's mappings as merged ranges, labelled by the regions of
 * the kernel map (asm/layout.h). The generic walker (mm/pagewalk.c)
 * reports every leaf; this file merges runs of them, reports each range
 * to a callback, and prints them the way Linux's
 * arch/x86/mm/dump_pagetables.c does.
 */
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/ptdump.h>
#include <kernel/string.h>

/* ---- walking and merging ------------------------------------------- */

struct ptdump_state {
	const struct ptdump_ops *ops;
	void *priv;
	struct ptdump_totals *totals;
	unsigned long start, end; /* of the walk; end 0: the top */
	struct ptdump_range cur;  /* the range being merged, if have_cur */
	bool have_cur;
	/* The region of the stretch the walk is in, and where it ends. */
	const struct layout_region *region;
	unsigned long region_end;
};

/* The smaller of two exclusive ends, where 0 is the top of the space. */
static unsigned long end_min(unsigned long a, unsigned long b)
{
	return a - 1 < b - 1 ? a : b;
}

/* The physical address a leaf entry of this level maps. */
static phys_addr_t leaf_phys(pteval_t entry, enum pg_level level)
{
	switch (level) {
	case PG_LEVEL_2M:
		return pmd_leaf_phys(__pmd(entry));
	case PG_LEVEL_1G:
		return pud_leaf_phys(__pud(entry));
	default:
		return entry & PTE_PFN_MASK;
	}
}

/* Report the range being merged, if any. */
static int ptdump_flush(struct ptdump_state *st)
{
	if (!st->have_cur)
		return 0;
	st->have_cur = false;
	st->totals->ranges++;
	return st->ops->range(&st->cur, st->priv);
}

/* Tell the caller the walk entered st->region (none: nothing to tell). */
static void ptdump_enter(struct ptdump_state *st)
{
	if (st->region && st->ops->region)
		st->ops->region(st->region, st->priv);
}

/*
 * Move to the region stretch containing addr, ending the range being
 * merged at each boundary passed (a range never spans two regions) and
 * reporting each region entered, mapped or not.
 */
static int ptdump_advance(struct ptdump_state *st, unsigned long addr)
{
	int ret;

	while (st->region_end && addr >= st->region_end) {
		ret = ptdump_flush(st);
		if (ret)
			return ret;
		st->region = layout_region_at(st->region_end, &st->region_end);
		ptdump_enter(st);
	}
	return 0;
}

/*
 * The walker's leaf callback: extend the range being merged by this leaf,
 * or report that range and start a new one.
 */
static int ptdump_leaf(unsigned long addr, enum pg_level level, pteval_t entry,
		       void *priv)
{
	struct ptdump_state *st = priv;
	unsigned long end = addr + pg_level_size(level); /* 0 at the top */
	phys_addr_t phys = leaf_phys(entry, level);
	pteval_t flags = entry & PTDUMP_FLAGS;
	struct ptdump_range *cur = &st->cur;
	int ret;

	st->totals->leaves[level]++;
	/* A large leaf may begin before the walk or end after it. */
	if (addr < st->start) {
		phys += st->start - addr;
		addr = st->start;
	}
	end = end_min(end, st->end);
	ret = ptdump_advance(st, addr);
	if (ret)
		return ret;
	if (st->have_cur && cur->end == addr && cur->level == level &&
	    cur->flags == flags && cur->phys + (addr - cur->start) == phys) {
		cur->end = end;
		return 0;
	}
	ret = ptdump_flush(st);
	if (ret)
		return ret;
	*cur = (struct ptdump_range){
		addr, end, phys, level, flags, st->region
	};
	st->have_cur = true;
	return 0;
}

/* Walk [start, end) of pgd into st; start == end: the whole space. */
static int ptdump_walk_span(pgd_t *pgd, unsigned long start, unsigned long end,
			    struct ptdump_state *st)
{
	static const struct pgtable_walk_ops walk_ops = { .leaf = ptdump_leaf };
	unsigned long half = start + (~0UL / 2 + 1);
	int ret;

	if (start != end)
		return walk_page_range(pgd, start, end, &walk_ops, st);
	/* The whole space: walk_page_range takes [a, a) for empty. */
	ret = walk_page_range(pgd, start, half, &walk_ops, st);
	return ret ? ret : walk_page_range(pgd, half, end, &walk_ops, st);
}

/*
 * Walk [start, end) minus the non-canonical hole, if the mode has one:
 * its addresses have no page-table entries (the walk would alias them to
 * real ones).
 */
static int ptdump_walk_canonical(pgd_t *pgd, unsigned long start,
				 unsigned long end, struct ptdump_state *st)
{
	const struct layout_region *hole = layout_find(LAYOUT_NONCANONICAL);
	unsigned long upper;
	int ret = 0;

	if (!hole)
		return ptdump_walk_span(pgd, start, end, st);
	if (start < hole->start)
		ret = ptdump_walk_span(pgd, start, end_min(end, hole->start),
				       st);
	upper = max(start, hole->end);
	if (!ret && (!end || end > upper))
		ret = ptdump_walk_span(pgd, upper, end, st);
	return ret;
}

int ptdump_walk_ranges(pgd_t *pgd, unsigned long start, unsigned long end,
		       const struct ptdump_ops *ops, void *priv,
		       struct ptdump_totals *totals)
{
	struct ptdump_totals scratch;
	struct ptdump_state st = { .ops = ops,
				   .priv = priv,
				   .totals = totals ? totals : &scratch,
				   .start = start,
				   .end = end };
	int ret;

	memset(st.totals, 0, sizeof(*st.totals));
	if (start == end && start)
		return 0; /* empty: the walkers would take it for everything */
	st.region = layout_region_at(start, &st.region_end);
	ptdump_enter(&st);
	ret = ptdump_walk_canonical(pgd, start, end, &st);
	if (!ret)
		ret = ptdump_flush(&st);
	/* The regions after the last leaf, up to end. */
	while (!ret && st.region_end && end_min(st.region_end, end) != end)
		ret = ptdump_advance(&st, st.region_end);
	return ret;
}

/* ---- printing ----------------------------------------------------------- */

const char *ptdump_level_name(enum pg_level level)
{
	switch (level) {
	case PG_LEVEL_4K:
		return "pte";
	case PG_LEVEL_2M:
		return "pmd";
	case PG_LEVEL_1G:
		return "pud";
	default:
		return "???";
	}
}

void ptdump_format_flags(char *buf, size_t size, pteval_t flags)
{
	snprintf(buf, size, "%s %s %s %s %s %s",
		 (flags & _PAGE_USER) ? "USR" : "   ",
		 (flags & _PAGE_RW) ? "RW" : "ro",
		 (flags & _PAGE_PWT) ? "PWT" : "   ",
		 (flags & _PAGE_PCD) ? "PCD" : "   ",
		 (flags & _PAGE_GLOBAL) ? "GLB" : "   ",
		 (flags & _PAGE_NX) ? "NX" : "x");
}

/* "636K", "124M": bytes in the largest unit that divides them, as Linux. */
static void format_size(char *buf, size_t size, u64 bytes)
{
	static const char units[] = "BKMGTPE";
	const char *unit = units;

	while (bytes && !(bytes & 1023) && unit[1]) {
		bytes >>= 10;
		unit++;
	}
	snprintf(buf, size, "%llu%c", (unsigned long long)bytes, *unit);
}

/* One line per range, Linux's columns plus the physical address. */
static int ptdump_print_range(const struct ptdump_range *r, void *priv __unused)
{
	const int w = (int)sizeof(unsigned long) * 2;
	char flags[32], size[24];

	ptdump_format_flags(flags, sizeof(flags), r->flags);
	format_size(size, sizeof(size), (u64)(r->end - r->start));
	printk("0x%0*lx-0x%0*lx %8s 0x%010llx %s %s\n", w, r->start, w, r->end,
	       size, (unsigned long long)r->phys, ptdump_level_name(r->level),
	       flags);
	return 0;
}

static void ptdump_print_region(const struct layout_region *region,
				void *priv __unused)
{
	printk("---[ %s ]---\n", region->name);
}

void ptdump_walk(pgd_t *pgd, unsigned long start, unsigned long end)
{
	static const struct ptdump_ops ops = { .range = ptdump_print_range,
					       .region = ptdump_print_region };
	struct ptdump_totals totals;
	char sizes[PG_LEVEL_NUM][24];
	enum pg_level l;

	if (!start && !end) {
		printk("ptdump: pgd at phys 0x%llx, the whole address space\n",
		       (unsigned long long)__pa(pgd));
		layout_print();
	} else {
		printk("ptdump: pgd at phys 0x%llx, 0x%lx-0x%lx\n",
		       (unsigned long long)__pa(pgd), start, end);
	}
	ptdump_walk_ranges(pgd, start, end, &ops, NULL, &totals);
	for (l = PG_LEVEL_4K; l < PG_LEVEL_NUM; l++)
		format_size(sizes[l], sizeof(sizes[l]),
			    (u64)totals.leaves[l] * pg_level_size(l));
	printk("ptdump: %lu ranges; leaves: %lu pte (%s), %lu pmd (%s), %lu pud (%s)\n",
	       totals.ranges, totals.leaves[PG_LEVEL_4K], sizes[PG_LEVEL_4K],
	       totals.leaves[PG_LEVEL_2M], sizes[PG_LEVEL_2M],
	       totals.leaves[PG_LEVEL_1G], sizes[PG_LEVEL_1G]);
}
