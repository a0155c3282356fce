// SPDX-License-Identifier: MIT
/*
 * ptdump and the kernel map: init_mm's merged ranges, collected through
 * the callback variant, match the layout of asm/layout.h and what
 * paging_init promises (docs/memory-map.md): the direct map of lowmem at
 * PAGE_OFFSET with large pages where the CPU has them, the image sections
 * with their permissions, the fixmap table, nothing in user space or
 * vmalloc, no W+X page. Then the merge rules on ranges made for the test.
 */
#include <asm/layout.h>
#include <asm/setup.h>
#include <asm/tlbflush.h>
#include <kernel/ktest.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/ptdump.h>
#include <kernel/vmalloc.h>

extern char _text[], _rodata[], _data[], _end[];

#define MAX_RANGES 64

struct range_list {
	unsigned int n;
	bool overflow;
	struct ptdump_range r[MAX_RANGES];
	unsigned int nregions;
	const struct layout_region *regions[32];
	struct ptdump_totals totals;
};

static int collect_range(const struct ptdump_range *r, void *priv)
{
	struct range_list *l = priv;

	if (l->n == MAX_RANGES) {
		l->overflow = true;
		return 1;
	}
	l->r[l->n++] = *r;
	return 0;
}

static void collect_region(const struct layout_region *region, void *priv)
{
	struct range_list *l = priv;

	if (l->nregions < ARRAY_SIZE(l->regions))
		l->regions[l->nregions++] = region;
}

/* The merged ranges of init_mm in [start, end), into the static list l. */
static void collect(struct ktest *t, struct range_list *l, unsigned long start,
		    unsigned long end)
{
	static const struct ptdump_ops ops = { .range = collect_range,
					       .region = collect_region };

	l->n = l->nregions = 0;
	l->overflow = false;
	EXPECT_EQ(t,
		  ptdump_walk_ranges(init_mm.pgd, start, end, &ops, l,
				     &l->totals),
		  0);
	ASSERT_FALSE(t, l->overflow);
}

/* Is [start, end) covered by consecutive ranges of l, without a hole? */
static bool covered(const struct range_list *l, unsigned long start,
		    unsigned long end)
{
	unsigned int i;

	for (i = 0; i < l->n && start < end; i++)
		if (l->r[i].start <= start && start < l->r[i].end)
			start = l->r[i].end;
	return start >= end;
}

static unsigned long range_size(const struct ptdump_range *r)
{
	return r->end - r->start;
}

static const struct layout_region *region(struct ktest *t, enum layout_id id)
{
	const struct layout_region *r = layout_find(id);

	ASSERT_NOT_NULL(t, r);
	return r;
}

/* ---- the layout table ------------------------------------------------ */

KTEST(ptdump, layout_table_consistent)
{
	const struct layout_region *top = &kernel_layout[0];
	unsigned long next;
	unsigned int i;

	/* Top-level rows tile the whole space; the others nest in one. */
	EXPECT_EQ(t, kernel_layout[0].start, 0UL);
	for (i = 1; i < kernel_layout_count; i++) {
		const struct layout_region *r = &kernel_layout[i];

		EXPECT_NOT_NULL(t, r->name);
		EXPECT_TRUE(t, IS_ALIGNED(r->start, PAGE_SIZE));
		EXPECT_TRUE(t, r->end == 0 || r->start < r->end);
		EXPECT_GE(t, r->start, kernel_layout[i - 1].start);
		if (r->start == top->end) {
			top = r;
			continue;
		}
		/* Nested: inside the current top-level row. */
		EXPECT_GE(t, r->start, top->start);
		EXPECT_TRUE(t, r->end != 0 && r->end - 1 < top->end - 1);
	}
	EXPECT_EQ(t, top->end, 0UL);

	EXPECT_EQ(t, region(t, LAYOUT_DIRECT_MAP)->start, PAGE_OFFSET);
	EXPECT_EQ(t, region(t, LAYOUT_DIRECT_MAP)->end, PAGE_OFFSET + MAXMEM);
	EXPECT_EQ(t, region(t, LAYOUT_VMALLOC)->start, VMALLOC_START);
	EXPECT_EQ(t, region(t, LAYOUT_VMALLOC)->end, VMALLOC_END);
	EXPECT_EQ(t, region(t, LAYOUT_FIXMAP)->start, FIXADDR_START);
	EXPECT_EQ(t, region(t, LAYOUT_FIXMAP)->end, FIXADDR_END);
	EXPECT_EQ(t, region(t, LAYOUT_TEXT)->start, (unsigned long)_text);
	EXPECT_EQ(t, region(t, LAYOUT_RODATA)->start, (unsigned long)_rodata);
	EXPECT_EQ(t, region(t, LAYOUT_DATA)->start, (unsigned long)_data);
	EXPECT_EQ(t, region(t, LAYOUT_DATA)->end, (unsigned long)_end);
	EXPECT_EQ(t, region(t, LAYOUT_USER)->end, USER_SPACE_END);

	/* Lookups: the innermost row, and where its stretch ends. */
	EXPECT_PTR_EQ(t, layout_region_at((unsigned long)_text, &next),
		      region(t, LAYOUT_TEXT));
	EXPECT_EQ(t, next, (unsigned long)_rodata);
	EXPECT_PTR_EQ(t, layout_region_at(PAGE_OFFSET, &next),
		      region(t, LAYOUT_DIRECT_MAP));
	EXPECT_EQ(t, next, PAGE_OFFSET + ISA_START);
	EXPECT_PTR_EQ(t, layout_region_at(PAGE_OFFSET + ISA_END, &next),
		      region(t, LAYOUT_DIRECT_MAP));
	EXPECT_PTR_EQ(t, layout_region_at(VMALLOC_END - 1, &next),
		      region(t, LAYOUT_VMALLOC));
	EXPECT_EQ(t, next, VMALLOC_END);
	EXPECT_PTR_EQ(t, layout_region_at(0, &next), region(t, LAYOUT_USER));
	EXPECT_EQ(t, next, USER_SPACE_END);
	/* After a nested row, the row around it resumes. */
	EXPECT_PTR_EQ(t, layout_region_at((unsigned long)_end, &next),
		      __START_KERNEL_map == PAGE_OFFSET
			      ? region(t, LAYOUT_DIRECT_MAP)
			      : region(t, LAYOUT_KERNEL_IMAGE));
}

/* ---- init_mm ----------------------------------------------------------- */

KTEST(ptdump, user_space_empty)
{
	static struct range_list l;
	unsigned int i;

	collect(t, &l, 0, USER_SPACE_END);
	EXPECT_EQ(t, l.n, 0U);
	EXPECT_EQ(t, l.nregions, 1U);
	/* Nor anywhere the whole-space walk labels user space. */
	collect(t, &l, 0, 0);
	for (i = 0; i < l.n; i++)
		EXPECT_NE(t, l.r[i].region->id, LAYOUT_USER);
	EXPECT_GT(t, l.n, 0U);
	/* Every region was entered, in table order, each stretch once. */
	EXPECT_GE(t, l.nregions, kernel_layout_count);
	EXPECT_PTR_EQ(t, l.regions[0], &kernel_layout[0]);
}

KTEST(ptdump, direct_map_covers_lowmem)
{
	static struct range_list l;
	const struct layout_region *dm = region(t, LAYOUT_DIRECT_MAP);
	pteval_t want = _PAGE_PRESENT | _PAGE_RW |
			(__supported_pte_mask & (_PAGE_NX | _PAGE_GLOBAL));
	unsigned int i;

	collect(t, &l, dm->start, dm->end);
	ASSERT_GT(t, l.n, 0U);
	EXPECT_EQ(t, l.r[0].start, PAGE_OFFSET);
	EXPECT_EQ(t, l.r[0].phys, 0ULL);
	for (i = 0; i < l.n; i++) {
		const struct ptdump_range *r = &l.r[i];

		/* The direct map maps PAGE_OFFSET + x to x, and nothing above lowmem. */
		EXPECT_EQ(t, r->phys, (phys_addr_t)(r->start - PAGE_OFFSET));
		EXPECT_LE(t, r->end, PAGE_OFFSET + PFN_PHYS(max_low_pfn));
		if (r->region->id == LAYOUT_DIRECT_MAP)
			EXPECT_EQ(t, r->flags, want);
		else if (r->region->id == LAYOUT_ISA)
			EXPECT_EQ(t, r->flags, want | _PAGE_PWT | _PAGE_PCD);
	}
	/* Every page of RAM below MAXMEM. */
	for (i = 0; i < memblock.memory.cnt; i++) {
		phys_addr_t s = memblock.memory.regions[i].start;
		phys_addr_t e = min(memblock.memory.regions[i].end,
				    (phys_addr_t)MAXMEM);

		if (s < e && !covered(&l, (unsigned long)__va(s),
				      (unsigned long)__va(e))) {
			ktest_log(t, "RAM [%llx-%llx) not in the direct map",
				  (unsigned long long)s, (unsigned long long)e);
			EXPECT_TRUE(t, false);
		}
	}
}

/* Does [pa, pa + size) lie in one range of lowmem RAM (outside the image, if the direct map leaves a hole for it)? */
static bool large_chunk_expected(phys_addr_t pa, phys_addr_t size)
{
	bool image_carved = __START_KERNEL_map == PAGE_OFFSET;
	unsigned int i;

	if (pa + size > MAXMEM)
		return false;
	if (image_carved && pa < __pa(_end) && pa + size > __pa(_text))
		return false;
	for (i = 0; i < memblock.memory.cnt; i++)
		if (memblock.memory.regions[i].start <= pa &&
		    pa + size <= memblock.memory.regions[i].end)
			return true;
	return false;
}

KTEST(ptdump, direct_map_large_pages)
{
	static struct range_list l;
	const struct layout_region *dm = region(t, LAYOUT_DIRECT_MAP);
	unsigned long chunks = 0, wrong = 0;
	phys_addr_t pa, end = PFN_PHYS(max_low_pfn);
	enum pg_level level;

	collect(t, &l, dm->start, dm->end);
	ktest_log(t, "direct map leaves: %lu pte, %lu pmd, %lu pud",
		  l.totals.leaves[PG_LEVEL_4K], l.totals.leaves[PG_LEVEL_2M],
		  l.totals.leaves[PG_LEVEL_1G]);
	if (!pud_leaf_supported())
		EXPECT_EQ(t, l.totals.leaves[PG_LEVEL_1G], 0UL);
	if (!pmd_leaf_supported()) {
		EXPECT_EQ(t, l.totals.leaves[PG_LEVEL_2M], 0UL);
		return;
	}
	/* Every large-page-sized aligned chunk of RAM is one large leaf. */
	for (pa = 0; pa + PMD_SIZE <= end; pa += PMD_SIZE) {
		if (!large_chunk_expected(pa, PMD_SIZE))
			continue;
		chunks++;
		lookup_address_in_pgd(init_mm.pgd, (unsigned long)__va(pa),
				      &level);
		if (pud_leaf_supported() &&
		    IS_ALIGNED(pa, (phys_addr_t)PUD_SIZE) &&
		    large_chunk_expected(pa, PUD_SIZE))
			wrong += level != PG_LEVEL_1G;
		else
			wrong += level < PG_LEVEL_2M;
	}
	EXPECT_EQ(t, wrong, 0UL);
	/* The default CPUs and RAM of tests/run have room for some. */
	if (chunks)
		EXPECT_GT(t,
			  l.totals.leaves[PG_LEVEL_2M] +
				  l.totals.leaves[PG_LEVEL_1G],
			  0UL);
	/* Totals agree with the ranges. */
	{
		u64 bytes = 0, leaves_bytes = 0;
		unsigned int i;

		for (i = 0; i < l.n; i++)
			bytes += range_size(&l.r[i]);
		for (level = PG_LEVEL_4K; level < PG_LEVEL_NUM; level++)
			leaves_bytes += (u64)l.totals.leaves[level] *
					pg_level_size(level);
		EXPECT_EQ(t, bytes, leaves_bytes);
	}
}

/* Each section of the image: wholly mapped, at __pa of its start, with its permissions. */
static void check_section(struct ktest *t, enum layout_id id, pteval_t want)
{
	static struct range_list l;
	const struct layout_region *sec = region(t, id);
	unsigned int i;

	collect(t, &l, sec->start, sec->end);
	EXPECT_TRUE(t, covered(&l, sec->start, sec->end));
	for (i = 0; i < l.n; i++) {
		EXPECT_EQ(t, l.r[i].phys, __pa((void *)l.r[i].start));
		EXPECT_EQ(t, l.r[i].flags, want);
		EXPECT_PTR_EQ(t, l.r[i].region, sec);
	}
}

KTEST(ptdump, kernel_image_sections)
{
	pteval_t glb = __supported_pte_mask & _PAGE_GLOBAL;
	pteval_t nx = __supported_pte_mask & _PAGE_NX;

	check_section(t, LAYOUT_TEXT, _PAGE_PRESENT | glb);
	check_section(t, LAYOUT_RODATA, _PAGE_PRESENT | glb | nx);
	check_section(t, LAYOUT_DATA, _PAGE_PRESENT | _PAGE_RW | glb | nx);
}

struct table_probe {
	unsigned long addr;
	bool found;
	unsigned long leaves;
};

static int probe_table(unsigned long addr, enum pgt_level level,
		       phys_addr_t table __unused, void *priv)
{
	struct table_probe *p = priv;

	if (level == PGT_PTE && (addr & PMD_MASK) == (p->addr & PMD_MASK))
		p->found = true;
	return 0;
}

static int probe_leaf(unsigned long addr __unused, enum pg_level level __unused,
		      pteval_t entry __unused, void *priv)
{
	((struct table_probe *)priv)->leaves++;
	return 0;
}

KTEST(ptdump, fixmap_table_exists)
{
	static const struct pgtable_walk_ops ops = { .leaf = probe_leaf,
						     .table = probe_table };
	struct table_probe p = { FIXADDR_START, false, 0 };

	/* kmap_init allocated the PTE table of the kmap slots at boot. */
	EXPECT_EQ(t,
		  walk_page_range(init_mm.pgd, FIXADDR_START, FIXADDR_END, &ops,
				  &p),
		  0);
	EXPECT_TRUE(t, p.found);
	/* No kmap_local_page() is active while the tests run. */
	EXPECT_EQ(t, p.leaves, 0UL);
}

/*
 * What the vmalloc range maps belongs to live areas (the tasks' stacks, at
 * least), never to their guard pages; and no mapping escapes the region.
 */
KTEST(ptdump, vmalloc_holds_only_areas)
{
	static struct range_list l;
	unsigned int i;

	collect(t, &l, VMALLOC_START, VMALLOC_END);
	EXPECT_FALSE(t, l.overflow);
	EXPECT_EQ(t, l.nregions, 1U);
	EXPECT_PTR_EQ(t, l.regions[0], region(t, LAYOUT_VMALLOC));
	for (i = 0; i < l.n; i++) {
		unsigned long a;

		for (a = l.r[i].start; a < l.r[i].end; a += PAGE_SIZE) {
			struct vm_struct *vm = vmalloc_area_containing(a);

			EXPECT_NOT_NULL(t, vm);
			if (!vm)
				break;
			/* The last page of an area's range is its guard. */
			EXPECT_LT(t, a,
				  (unsigned long)vm->addr + vm->size -
					  PAGE_SIZE);
		}
	}
}

KTEST(ptdump, no_wx_mappings)
{
	struct wx_result res;

	wx_scan(init_mm.pgd, &res);
	EXPECT_EQ(t, res.wx, 0UL);
	EXPECT_EQ(t, res.bad_image, 0UL);
	EXPECT_GT(t, res.checked, 0UL);
	EXPECT_EQ(t, res.nx, (__supported_pte_mask & _PAGE_NX) != 0);
	/* NX is on wherever the format and the CPU have it. */
	EXPECT_EQ(t, res.nx, _PAGE_NX != 0 && boot_cpu.nx);
}

/* ---- merge rules, on ranges made for the test -------------------------- */

/* In vmalloc, away from where vmalloc() allocates first. */
#define PTDUMP_TEST_VA (VMALLOC_END - 24 * PMD_SIZE)

static void map_one(struct ktest *t, unsigned long va, phys_addr_t pa,
		    pgprot_t prot)
{
	EXPECT_EQ(t,
		  pgtable_map_range(init_mm.pgd, va, va + PAGE_SIZE, pa, prot,
				    PAGE_SIZE),
		  0);
}

KTEST(ptdump, merge_rules)
{
	static struct range_list l;
	const unsigned long va = PTDUMP_TEST_VA, P = PAGE_SIZE;
	unsigned long free_before, tables_before;
	struct page *block;
	phys_addr_t pa;

	/*
	 * Warm up: the first mapping here may allocate page tables under a
	 * kernel top-level entry, which unmapping keeps by design (mm/memory.c,
	 * table_kept); count pages only after they exist.
	 */
	block = alloc_pages(GFP_KERNEL, 3);
	ASSERT_NOT_NULL(t, block);
	pa = page_to_phys(block);
	collect(t, &l, va, va + 8 * P);
	ASSERT_EQ(t, l.n, 0U);
	map_one(t, va, pa, PAGE_KERNEL);
	pgtable_unmap_range(init_mm.pgd, va, va + P);
	flush_tlb_kernel_range(va, va + P);
	free_before = nr_free_pages();
	tables_before = nr_pgtable_pages;

	/* va: 3 pages contiguous; +3: a physical jump; +4: RO; +6: after a hole. */
	map_one(t, va, pa, PAGE_KERNEL);
	map_one(t, va + P, pa + P, PAGE_KERNEL);
	map_one(t, va + 2 * P, pa + 2 * P, PAGE_KERNEL);
	map_one(t, va + 3 * P, pa + 5 * P, PAGE_KERNEL);
	map_one(t, va + 4 * P, pa + 6 * P, PAGE_KERNEL_RO);
	map_one(t, va + 6 * P, pa + 7 * P, PAGE_KERNEL);

	collect(t, &l, va, va + 8 * P);
	EXPECT_EQ(t, l.totals.leaves[PG_LEVEL_4K], 6UL);
	EXPECT_EQ(t, l.totals.ranges, 4UL);
	if (l.n == 4) {
		EXPECT_EQ(t, l.r[0].start, va);
		EXPECT_EQ(t, l.r[0].end, va + 3 * P);
		EXPECT_EQ(t, l.r[0].phys, pa);
		EXPECT_EQ(t, l.r[0].level, PG_LEVEL_4K);
		EXPECT_TRUE(t, l.r[0].flags & _PAGE_RW);
		EXPECT_EQ(t, l.r[1].start, va + 3 * P);
		EXPECT_EQ(t, l.r[1].phys, pa + 5 * P);
		EXPECT_EQ(t, l.r[2].start, va + 4 * P);
		EXPECT_EQ(t, l.r[2].end, va + 5 * P);
		EXPECT_FALSE(t, l.r[2].flags & _PAGE_RW);
		EXPECT_EQ(t, l.r[3].start, va + 6 * P);
		EXPECT_EQ(t, l.r[3].end, va + 7 * P);
		EXPECT_PTR_EQ(t, l.r[3].region, region(t, LAYOUT_VMALLOC));
	} else {
		EXPECT_EQ(t, l.n, 4U);
	}

	/* A walk clips the ranges to what it was asked for. */
	collect(t, &l, va + P, va + 2 * P);
	ASSERT_EQ(t, l.n, 1U);
	EXPECT_EQ(t, l.r[0].start, va + P);
	EXPECT_EQ(t, l.r[0].end, va + 2 * P);
	EXPECT_EQ(t, l.r[0].phys, pa + P);

	EXPECT_EQ(t, pgtable_unmap_range(init_mm.pgd, va, va + 8 * P), 0);
	flush_tlb_kernel_range(va, va + 8 * P);
	collect(t, &l, va, va + 8 * P);
	EXPECT_EQ(t, l.n, 0U);
	EXPECT_EQ(t, nr_pgtable_pages, tables_before);
	EXPECT_EQ(t, nr_free_pages(), free_before);
	__free_pages(block, 3);
}

KTEST(ptdump, large_leaf_clipped)
{
	static struct range_list l;
	unsigned long va = PAGE_OFFSET,
		      end = PAGE_OFFSET + PFN_PHYS(max_low_pfn);
	enum pg_level level = PG_LEVEL_NONE;

	/* The first large leaf of the direct map. */
	for (; va + PMD_SIZE <= end; va += PMD_SIZE) {
		lookup_address_in_pgd(init_mm.pgd, va, &level);
		if (level >= PG_LEVEL_2M)
			break;
	}
	if (level < PG_LEVEL_2M) {
		ktest_skip(t, "no large leaf in the direct map");
		return;
	}
	collect(t, &l, va + PAGE_SIZE, va + 3 * PAGE_SIZE);
	ASSERT_EQ(t, l.n, 1U);
	EXPECT_EQ(t, l.r[0].start, va + PAGE_SIZE);
	EXPECT_EQ(t, l.r[0].end, va + 3 * PAGE_SIZE);
	EXPECT_EQ(t, l.r[0].phys, (phys_addr_t)(va + PAGE_SIZE - PAGE_OFFSET));
	EXPECT_EQ(t, l.r[0].level, level);
	EXPECT_EQ(t, l.totals.leaves[level], 1UL);
}
