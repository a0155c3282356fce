// SPDX-License-Identifier: MIT
/*
 * vmalloc, vmap and ioremap in the real kernel, every mode. Every case
 * ends with the free-page count it started with: page-table pages that
 * vmalloc keeps for its range are counted apart (vmalloc_stats), and
 * kmalloc's cached pages are shrunk first.
 */
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/fault_inject.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/list.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "vm_check.h"

/* Free pages plus the page-table pages vmalloc holds: constant across a leak-free case. */
static unsigned long vm_free_pages(void)
{
	vm_unmap_aliases(); /* vfreed areas keep their metadata till then */
	kmem_shrink();
	return nr_free_pages() + vmalloc_stats.pgtable_pages;
}

#define VM_LEAK_CHECK_BEGIN() unsigned long vm_free_at_start_ = vm_free_pages()
#define VM_LEAK_CHECK_END(t)                                       \
	do {                                                       \
		EXPECT_EQ(t, vm_free_pages(), vm_free_at_start_);  \
		EXPECT_EQ(t, vmap_area_check(&vmap_area_root), 0); \
	} while (0)

static u32 pattern(unsigned long seed, unsigned long i)
{
	return (u32)(seed * 2654435761u + i * 40503u + 1);
}

/* Write one word per 64 bytes of [p, p + size). */
static void fill(void *p, unsigned long size, unsigned long seed)
{
	u32 *w = p;
	unsigned long i;

	for (i = 0; i < size / 4; i += 16)
		w[i] = pattern(seed, i);
}

static unsigned long check(const void *p, unsigned long size,
			   unsigned long seed)
{
	const u32 *w = p;
	unsigned long i, bad = 0;

	for (i = 0; i < size / 4; i += 16)
		bad += w[i] != pattern(seed, i);
	return bad;
}

/* ---- the invariant checker ---------------------------------------------- */

struct vm_walk {
	unsigned long leaves, stray;
};

static int vm_leaf(unsigned long addr, enum pg_level level,
		   pteval_t entry __unused, void *priv)
{
	struct vm_walk *w = priv;
	struct vm_struct *vm = vmalloc_area_containing(addr);

	w->leaves++;
	/* Mapped: inside a live area, below its guard page, 4 KiB pages. */
	if (!vm || level != PG_LEVEL_4K ||
	    addr >= (unsigned long)vm->addr + vm->size - PAGE_SIZE)
		w->stray++;
	return 0;
}

/*
 * Every mapped page of the vmalloc range belongs to exactly one live area,
 * below its guard page, and every page of every live area is mapped (the
 * leaf count equals the pages the areas map); areas vfreed and waiting
 * for the purge map nothing (vm_leaf sees no live area) and are as many
 * as the counters say. Plus the area tree's own invariants. Returns the
 * number of problems. Call it with no vmalloc running on another CPU.
 */
unsigned long vmalloc_check_invariants(struct ktest *t)
{
	static const struct pgtable_walk_ops ops = { .leaf = vm_leaf };
	struct vm_walk w = { 0, 0 };
	unsigned long ioremapped = 0, problems = 0, live = 0, lazy = 0;
	unsigned long lazy_bytes = 0;
	struct vmap_area *va;

	for (va = vmap_area_first(&vmap_area_root); va;
	     va = vmap_area_next(&vmap_area_root, va)) {
		struct vm_struct *vm = container_of(va, struct vm_struct, va);

		if (vm->flags & VM_LAZY) { /* may cover merged neighbours */
			lazy++;
			lazy_bytes += va->va_end - va->va_start;
			continue;
		}
		live++;
		if (vm->flags & VM_IOREMAP)
			ioremapped += (vm->size >> PAGE_SHIFT) - 1;
	}
	if (live != vmalloc_stats.areas || lazy > vmalloc_stats.lazy_areas ||
	    lazy_bytes != vmalloc_stats.lazy_pages << PAGE_SHIFT) {
		ktest_log(
			t,
			"%lu live areas and %lu vfreed nodes (%lu bytes) in the tree; counted %lu, %lu, %lu pages",
			live, lazy, lazy_bytes, vmalloc_stats.areas,
			vmalloc_stats.lazy_areas, vmalloc_stats.lazy_pages);
		problems++;
	}
	walk_page_range(init_mm.pgd, VMALLOC_START, VMALLOC_END, &ops, &w);
	if (w.stray) {
		ktest_log(t, "%lu mapped pages outside live areas", w.stray);
		problems += w.stray;
	}
	if (w.leaves != vmalloc_stats.pages + ioremapped) {
		ktest_log(t, "%lu pages mapped, areas map %lu", w.leaves,
			  vmalloc_stats.pages + ioremapped);
		problems++;
	}
	if (vmap_area_check(&vmap_area_root))
		problems++;
	return problems;
}

/* ---- API ------------------------------------------------------------------ */

KTEST(vmalloc, alloc_write_free)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long areas = vmalloc_stats.areas;
	char *p = vmalloc(3 * PAGE_SIZE);
	struct vm_struct *vm;
	unsigned int i;

	ASSERT_NOT_NULL(t, p);
	EXPECT_TRUE(t, is_vmalloc_addr(p));
	EXPECT_EQ(t, (unsigned long)p % PAGE_SIZE, 0UL);
	EXPECT_EQ(t, vmalloc_stats.areas, areas + 1);
	vm = find_vm_area(p);
	ASSERT_NOT_NULL(t, vm);
	EXPECT_PTR_EQ(t, vm->addr, p);
	EXPECT_EQ(t, vm->size, 4 * PAGE_SIZE); /* guard page included */
	EXPECT_EQ(t, vm->nr_pages, 3U);
	fill(p, 3 * PAGE_SIZE, 1);
	EXPECT_EQ(t, check(p, 3 * PAGE_SIZE, 1), 0UL);
	for (i = 0; i < 3; i++) {
		struct page *page = vmalloc_to_page(p + i * PAGE_SIZE + 5);
		u32 *direct;

		EXPECT_PTR_EQ(t, page, vm->pages[i]);
		EXPECT_EQ(t, vmalloc_to_pfn(p + i * PAGE_SIZE),
			  page_to_pfn(page));
		/* The same bytes through the page's own mapping. */
		direct = kmap_local_page(page);
		EXPECT_EQ(t, direct[0], pattern(1, i * PAGE_SIZE / 4));
		kunmap_local(direct);
	}
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
	vfree(p);
	EXPECT_NULL(t, find_vm_area(p));
	EXPECT_EQ(t, vmalloc_stats.areas, areas);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, freed_area_is_unmapped)
{
	volatile char *p = vmalloc(2 * PAGE_SIZE);

	ASSERT_NOT_NULL(t, p);
	p[PAGE_SIZE] = 1;
	vfree((void *)p);
	EXPECT_NULL(t, vmalloc_to_page((void *)p));
	/* Until the purge, the TLB may still hold the old translation. */
	vm_unmap_aliases();
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)p[PAGE_SIZE]))
		EXPECT_EQ(t, t->fault.address, (unsigned long)p + PAGE_SIZE);
}

KTEST(vmalloc, vzalloc_zeroes)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long i, nonzero = 0;
	unsigned char *p;

	/* Dirty some pages first so that zeroing has work to do. */
	p = vmalloc(16 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	memset(p, 0xee, 16 * PAGE_SIZE);
	vfree(p);
	p = vzalloc(16 * PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	for (i = 0; i < 16 * PAGE_SIZE; i++)
		nonzero += p[i] != 0;
	EXPECT_EQ(t, nonzero, 0UL);
	vfree(p);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, sizes_rounded_and_bad_sizes)
{
	VM_LEAK_CHECK_BEGIN();
	char *p = vmalloc(1);

	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, find_vm_area(p)->nr_pages, 1U);
	vfree(p);
	p = vmalloc(PAGE_SIZE + 1);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, find_vm_area(p)->nr_pages, 2U);
	vfree(p);
	EXPECT_NULL(t, vmalloc(0));
	EXPECT_NULL(t, vmalloc(~0UL)); /* overflows when rounded */
	EXPECT_NULL(t, vmalloc(~0UL - PAGE_SIZE + 2)); /* also */
	EXPECT_NULL(t, vmalloc(VMALLOC_END -
			       VMALLOC_START)); /* no room for the guard */
	vfree(NULL);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, bad_vfree_warns_and_changes_nothing)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long warnings = vmalloc_stats.warnings;
	char *p = vmalloc(2 * PAGE_SIZE);
	unsigned long direct = get_zeroed_page(GFP_KERNEL);

	if (!p || !direct) {
		vfree(p);
		free_page(direct);
		ASSERT_NOT_NULL(t, p);
		ASSERT_NE(t, direct, 0UL);
	}
	vfree(p + PAGE_SIZE);	  /* inside an area */
	vfree(p + 2 * PAGE_SIZE); /* its guard page */
	vfree((void *)direct);	  /* a direct-map address */
	vfree((void *)(VMALLOC_END - 16 * PAGE_SIZE)); /* never allocated */
	vunmap(p); /* a vmalloc area is not a vmap area */
	EXPECT_EQ(t, vmalloc_stats.warnings, warnings + 5);
	p[2 * PAGE_SIZE - 1] = 7; /* still mapped */
	vfree(p);
	vfree(p); /* already freed */
	EXPECT_EQ(t, vmalloc_stats.warnings, warnings + 6);
	free_page(direct);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, guard_page_overflow_is_caught)
{
	VM_LEAK_CHECK_BEGIN();
	volatile char *p = vmalloc(3 * PAGE_SIZE);
	struct vm_struct *vm;

	ASSERT_NOT_NULL(t, p);
	p[3 * PAGE_SIZE - 1] = 1; /* the last byte is fine */
	/* One byte past the end: the oops report names the area and its caller. */
	if (EXPECT_EXCEPTION_REPORT(t, X86_TRAP_PF, p[3 * PAGE_SIZE] = 1)) {
		EXPECT_EQ(t, t->fault.address,
			  (unsigned long)p + 3 * PAGE_SIZE);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_WRITE);
		vm = vmalloc_area_containing(t->fault.address);
		EXPECT_PTR_EQ(t, vm, find_vm_area((void *)p));
	}
	vfree((void *)p);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, alignment_honoured)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long align;

	for (align = PAGE_SIZE; align <= (4UL << 20); align <<= 1) {
		void *p = __vmalloc_node_range(PAGE_SIZE, align, VMALLOC_START,
					       VMALLOC_END, GFP_KERNEL,
					       PAGE_KERNEL, 0, 0, NULL);

		ASSERT_NOT_NULL(t, p);
		EXPECT_EQ(t, (unsigned long)p % align, 0UL);
		vfree(p);
	}
	EXPECT_NULL(t,
		    __vmalloc_node_range(PAGE_SIZE, 3 * PAGE_SIZE,
					 VMALLOC_START, VMALLOC_END, GFP_KERNEL,
					 PAGE_KERNEL, 0, 0, NULL));
	VM_LEAK_CHECK_END(t);
}

/* An explicit range: the allocation lands in the top-level slot asked for. */
KTEST(vmalloc, explicit_range)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long start = ALIGN_UP(VMALLOC_START, PGDIR_SIZE) + PGDIR_SIZE;
	unsigned long end = start + PGDIR_SIZE;
	char *p;

	if (start < VMALLOC_START || end > VMALLOC_END || end <= start) {
		/* PAE: one PGD slot holds the whole kernel; use a 2 MiB slot. */
		start = ALIGN_UP(VMALLOC_START, PMD_SIZE) + 4 * PMD_SIZE;
		end = start + PMD_SIZE;
	}
	p = __vmalloc_node_range(5 * PAGE_SIZE, PAGE_SIZE, start, end,
				 GFP_KERNEL, PAGE_KERNEL, 0, 0, NULL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_GE(t, (unsigned long)p, start);
	EXPECT_LE(t, (unsigned long)p + 6 * PAGE_SIZE, end);
	fill(p, 5 * PAGE_SIZE, 3);
	EXPECT_EQ(t, check(p, 5 * PAGE_SIZE, 3), 0UL);
	vfree(p);
	/* A range outside the vmalloc area, or too small, is refused. */
	EXPECT_NULL(t,
		    __vmalloc_node_range(PAGE_SIZE, PAGE_SIZE, PAGE_OFFSET,
					 PAGE_OFFSET + PGDIR_SIZE, GFP_KERNEL,
					 PAGE_KERNEL, 0, 0, NULL));
	EXPECT_NULL(t, __vmalloc_node_range(2 * PAGE_SIZE, PAGE_SIZE, start,
					    start + 2 * PAGE_SIZE, GFP_KERNEL,
					    PAGE_KERNEL, 0, 0, NULL));
	VM_LEAK_CHECK_END(t);
}

/* A mapping across a top-level boundary is mapped on both sides. */
KTEST(vmalloc, across_top_level_boundary)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long slot = PGTABLE_PMD_FOLDED ? PMD_SIZE : PGDIR_SIZE;
	unsigned long boundary = ALIGN_UP(VMALLOC_START, slot) + slot;
	char *p;

	if (boundary >= VMALLOC_END || boundary < VMALLOC_START) /* PAE */
		boundary = ALIGN_UP(VMALLOC_START, PMD_SIZE) + 8 * PMD_SIZE;
	p = __vmalloc_node_range(6 * PAGE_SIZE, PAGE_SIZE,
				 boundary - 3 * PAGE_SIZE,
				 boundary + 4 * PAGE_SIZE, GFP_HIGHUSER,
				 PAGE_KERNEL, 0, 0, NULL);
	ASSERT_NOT_NULL(t, p);
	EXPECT_EQ(t, (unsigned long)p, boundary - 3 * PAGE_SIZE);
	fill(p, 6 * PAGE_SIZE, 4);
	EXPECT_EQ(t, check(p, 6 * PAGE_SIZE, 4), 0UL);
	vfree(p);
	VM_LEAK_CHECK_END(t);
}

KTEST(vmalloc, vmap_vunmap)
{
	VM_LEAK_CHECK_BEGIN();
	struct page *pages[4];
	unsigned int i;
	u32 *v;

	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_HIGHUSER);
		if (!pages[i])
			goto out_free_pages;
	}
	v = vmap(pages, 4, VM_MAP, PAGE_KERNEL);
	if (!v)
		goto out_free_pages;
	EXPECT_TRUE(t, find_vm_area(v)->flags & VM_MAP);
	for (i = 0; i < 4; i++) {
		u32 *k = kmap_local_page(pages[i]);

		v[i * PAGE_SIZE / 4] = 0x1000 + i;
		EXPECT_EQ(t, k[0], 0x1000 + i);
		EXPECT_PTR_EQ(t, vmalloc_to_page(&v[i * PAGE_SIZE / 4]),
			      pages[i]);
		kunmap_local(k);
	}
	vfree(v + 1); /* not the start: a warning */
	vunmap(v);
	EXPECT_NULL(t, find_vm_area(v));
	EXPECT_NULL(t, vmap(pages, 0, VM_MAP, PAGE_KERNEL));
	for (i = 0; i < 4; i++)
		__free_page(pages[i]); /* still ours after vunmap */
	VM_LEAK_CHECK_END(t);
	return;

out_free_pages: /* out of memory (fault injection): fail cleanly */
	EXPECT_TRUE(t, false && "pages and vmap allocated");
	while (i--)
		__free_page(pages[i]);
}

KTEST(vmalloc, ioremap_uncached)
{
	VM_LEAK_CHECK_BEGIN();
	struct page *page = alloc_page(GFP_KERNEL);
	phys_addr_t phys;
	enum pg_level level;
	volatile u32 *io;
	pteval_t *e;

	ASSERT_NOT_NULL(t, page);
	phys = page_to_phys(page);
	io = ioremap(phys + 0x24, 8);
	if (!io) {
		__free_page(page);
		ASSERT_NOT_NULL(t, io);
	}
	EXPECT_EQ(t, (unsigned long)io % PAGE_SIZE, 0x24UL);
	e = lookup_address_in_pgd(init_mm.pgd, (unsigned long)io, &level);
	EXPECT_NOT_NULL(t, e);
	EXPECT_TRUE(t, e && (*e & _PAGE_PCD));
	*io = 0xfeedbeef;
	EXPECT_EQ(t, *(u32 *)((char *)page_address(page) + 0x24), 0xfeedbeefU);
	vfree((void *)io); /* an ioremap area is not vfree's: a warning */
	iounmap((void *)io);
	EXPECT_NULL(t, vmalloc_area_containing((unsigned long)io));
	EXPECT_NULL(t, ioremap(phys, 0));
	__free_page(page);
	VM_LEAK_CHECK_END(t);
}

/* ---- failure and stress ----------------------------------------------- */

/*
 * Allocate every free page onto hog (largest blocks first, so that even
 * 6 GiB takes a few thousand allocations), then give back exactly k.
 * Blocks keep their order in page->order.
 */
static void hog_all_but(struct list_head *hog, unsigned long k)
{
	struct page *page, *block = NULL;
	int order;
	unsigned long i;

	for (order = MAX_ORDER; order >= 0; order--)
		while ((page = alloc_pages(GFP_HIGHUSER, order)))
			list_add(&page->lru, hog);
	/* Trade one block of at least k pages for k free pages. */
	list_for_each_entry (page, hog, lru) {
		if ((1UL << page->order) >= k && page->order > 0) {
			block = page;
			break;
		}
	}
	if (!block)
		return;
	/* Read before the free: a freed block's struct page is the buddy's. */
	order = block->order;
	list_del(&block->lru);
	__free_pages(block, order);
	for (i = k; i < (1UL << order); i++) {
		page = alloc_page(GFP_HIGHUSER);
		if (page)
			list_add(&page->lru, hog);
	}
}

/*
 * Out of memory part-way: leave only k pages free, for every k up to what
 * the allocation needs, in a top-level slot of its own so that page-table
 * allocation can fail too. Each failure must give back every page.
 */
KTEST(vmalloc, out_of_memory_rollback)
{
	/* A fresh page table each time; in 4-level also fresh PMD pages. */
	unsigned long slot = PGTABLE_PUD_FOLDED ? PMD_SIZE : PUD_SIZE;
	unsigned long start = ALIGN_UP(VMALLOC_START, slot) + 3 * slot, k;
	unsigned long failures = 0, successes = 0;

	for (k = 0; k < 24; k++) {
		unsigned long before;
		struct page *page, *n;
		LIST_HEAD(hog);
		void *p;

		kmem_shrink();
		before = vm_free_pages();
		hog_all_but(&hog, k);
		p = __vmalloc_node_range(8 * PAGE_SIZE, PAGE_SIZE, start,
					 start + slot, GFP_HIGHUSER,
					 PAGE_KERNEL, 0, 0, NULL);
		if (p) {
			successes++;
			vfree(p);
		} else {
			failures++;
		}
		list_for_each_entry_safe (page, n, &hog, lru) {
			list_del(&page->lru);
			__free_pages(page, page->order);
		}
		EXPECT_EQ(t, vm_free_pages(), before);
		if (vm_free_pages() != before) {
			ktest_log(t, "with %lu pages free", k);
			break;
		}
		/* A later k starts from a fresh slot, page tables and all. */
		start += slot;
	}
	/*
	 * Both outcomes happened (where it fails first depends on what the
	 * caches hold: kmalloc objects, preallocated tables); every failure
	 * above gave back every page.
	 */
	EXPECT_GT(t, failures, 2UL);
	EXPECT_GT(t, successes, 0UL);
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
}

static u32 xorshift32(u32 *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

/*
 * Random sizes, random frees, up to 2000 live areas, each holding a
 * pattern checked before it is freed; the invariants at intervals.
 */
KTEST(vmalloc, random_stress)
{
	enum { SLOTS = 2000, OPS = 200000 };
	static struct {
		char *p;
		unsigned long size;
	} live[SLOTS];
	VM_LEAK_CHECK_BEGIN();
	unsigned long op, bad = 0, allocs = 0, nulls = 0, live_pages = 0;
	unsigned long budget = nr_free_pages() / 4;
	u32 seed = 12345;

	for (op = 0; op < OPS; op++) {
		unsigned int i = xorshift32(&seed) % SLOTS;

		if (live[i].p) {
			bad += check(live[i].p, live[i].size,
				     i + (unsigned long)live[i].p);
			vfree(live[i].p);
			live[i].p = NULL;
			live_pages -= PFN_UP(live[i].size);
			continue;
		}
		live[i].size = (1 + xorshift32(&seed) % (seed & 1 ? 4 : 32)) *
				       PAGE_SIZE -
			       (seed & 0x70);
		/* Stay within a quarter of free memory: small RAM runs too. */
		if (live_pages + PFN_UP(live[i].size) > budget)
			continue;
		live[i].p = vmalloc(live[i].size);
		if (!live[i].p) {
			nulls++;
			continue;
		}
		allocs++;
		live_pages += PFN_UP(live[i].size);
		fill(live[i].p, live[i].size, i + (unsigned long)live[i].p);
		if (op % 50000 == 0 && vmalloc_check_invariants(t))
			break;
	}
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
	for (op = 0; op < SLOTS; op++) {
		if (!live[op].p)
			continue;
		bad += check(live[op].p, live[op].size,
			     op + (unsigned long)live[op].p);
		vfree(live[op].p);
		live[op].p = NULL;
	}
	ktest_log(t, "%lu allocations, %lu failed, %lu pattern errors", allocs,
		  nulls, bad);
	EXPECT_EQ(t, bad, 0UL);
	EXPECT_EQ(t, nulls, 0UL);
	VM_LEAK_CHECK_END(t);
}

/*
 * vfree is lazy: the area is gone at once, its range only after the purge;
 * a second vfree of it warns and changes nothing; the purge allocates
 * nothing, so running out of memory there loses nothing.
 */
KTEST(vmalloc, lazy_vfree_and_purge)
{
	VM_LEAK_CHECK_BEGIN();
	unsigned long lazy = vmalloc_stats.lazy_areas, warnings;
	void *p[8];
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(p); i++)
		p[i] = vmalloc((i + 1) * PAGE_SIZE);
	for (i = 0; i < ARRAY_SIZE(p); i++) {
		if (!p[i]) { /* out of memory (an injection boot): keep nothing */
			for (i = 0; i < ARRAY_SIZE(p); i++)
				vfree(p[i]); /* NULL: nothing */
			vm_unmap_aliases();
			ASSERT_NOT_NULL(t, NULL);
		}
	}
	for (i = 0; i < ARRAY_SIZE(p); i++)
		vfree(p[i]);
	EXPECT_EQ(t, vmalloc_stats.lazy_areas, lazy + ARRAY_SIZE(p));
	EXPECT_NULL(t, find_vm_area(p[0]));
	EXPECT_EQ(t, vmalloc_check_invariants(t), 0UL);
	warnings = vmalloc_stats.warnings;
	vfree(p[3]); /* waiting for the purge: not live */
	EXPECT_EQ(t, vmalloc_stats.warnings, warnings + 1);
	EXPECT_EQ(t, vmalloc_stats.lazy_areas, lazy + ARRAY_SIZE(p));
	fault_inject_fail_nth(1);
	vm_unmap_aliases();
	EXPECT_FALSE(t, fault_inject_fail_nth_fired()); /* no allocation */
	EXPECT_EQ(t, vmalloc_stats.lazy_areas, 0UL);
	EXPECT_EQ(t, vmalloc_stats.lazy_pages, 0UL);
	vfree(p[3]); /* purged: still not live */
	EXPECT_EQ(t, vmalloc_stats.warnings, warnings + 2);
	VM_LEAK_CHECK_END(t);
}
