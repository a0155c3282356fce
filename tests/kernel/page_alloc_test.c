// SPDX-License-Identifier: MIT
/*
 * The page allocator on the machine we booted on: what it hands out is
 * usable RAM outside everything reserved, every free page can hold data
 * of its own, and every case gives back all it took.
 *
 * NEEDS (the direct map and kmap, not in this file):
 *  - page_alloc.lowmem_pattern_every_free_page and the lowmem halves of
 *    the others write through __va() to every free lowmem page: that needs
 *    the direct map of all lowmem. Until it lands the boot map covers the
 *    first 64 MiB (i386) / 1 GiB (PAE, and on x86_64 not at PAGE_OFFSET at
 *    all), so boot i386 with --mem 48M.
 *  - the highmem parts use kmap_local_page()/kunmap_local() and
 *    clear_highpage() from <kernel/highmem.h>; with no highmem (x86_64, or
 *    RAM below 768 MiB) they are skipped.
 */
#include <asm/page.h>
#include <kernel/bootinfo.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/memblock.h>
#include <kernel/memmap.h>
#include <kernel/page_alloc.h>
#include <kernel/string.h>

#define SZ_1M 0x100000ULL

extern char _text[], _end[];
extern char _load_start_phys[], _bss_end_phys[];

/* Free pages now, and at the end of the case again (a leak check). */
#define LEAK_CHECK_BEGIN(t) unsigned long free_at_start_ = nr_free_pages()
#define LEAK_CHECK_END(t)                                      \
	do {                                                   \
		EXPECT_EQ(t, nr_free_pages(), free_at_start_); \
		EXPECT_EQ(t, page_alloc_verify(), 0ul);        \
	} while (0)

static bool overlaps(phys_addr_t s1, phys_addr_t e1, phys_addr_t s2,
		     phys_addr_t e2)
{
	return s1 < e2 && s2 < e1;
}

/* True if [pa, end) lies wholly inside one usable entry of the boot map. */
static bool in_usable_ram(phys_addr_t pa, phys_addr_t end)
{
	const struct memmap_entry *e;

	for_each_memmap_entry (e, &boot_info.mem)
		if (e->type == MEMMAP_USABLE && e->start <= pa && end <= e->end)
			return true;
	return false;
}

/*
 * Why [pa, pa + size) must never have been handed out, or NULL if it is
 * fine: the allocator may only give usable RAM outside every reserve.
 */
static const char *forbidden(phys_addr_t pa, phys_addr_t size)
{
	phys_addr_t end = pa + size;
	phys_addr_t image_start =
		min((phys_addr_t)__pa(_text),
		    (phys_addr_t)(unsigned long)_load_start_phys);
	phys_addr_t image_end = max((phys_addr_t)__pa(_end),
				    (phys_addr_t)(unsigned long)_bss_end_phys);
	phys_addr_t map = __pa(mem_map);

	if (!in_usable_ram(pa, end))
		return "not usable RAM";
	if (pa < SZ_1M)
		return "in the first MiB";
	if (overlaps(pa, end, image_start, image_end))
		return "in the kernel image";
	if (overlaps(pa, end, map, map + max_pfn * sizeof(struct page)))
		return "in mem_map";
	if (overlaps(pa, end, ALIGN_DOWN(boot_info.info_start, PAGE_SIZE),
		     boot_info.info_end))
		return "in the multiboot information";
	for (unsigned int i = 0; i < boot_info.nr_modules; i++)
		if (overlaps(pa, end, boot_info.modules[i].start,
			     boot_info.modules[i].end))
			return "in a boot module";
	return NULL;
}

/* EXPECT that a block is allowed, logging why not (once per case). */
static void expect_allowed(struct ktest *t, struct page *page,
			   unsigned int order, unsigned long *bad)
{
	const char *why = forbidden(page_to_phys(page), PAGE_SIZE << order);

	if (!why)
		return;
	if ((*bad)++ == 0)
		ktest_log(t, "pfn 0x%lx order %u: %s", page_to_pfn(page), order,
			  why);
	t->failed = true;
}

static unsigned long pattern(unsigned long pfn, unsigned int k)
{
	return (pfn * 2654435761UL) ^ (k * 0x5bd1e995UL) ^ 0xa5a5a5a5UL;
}

#define WORDS_PER_PAGE (PAGE_SIZE / sizeof(unsigned long))

/* Write / check the pfn's pattern at the start, middle and end of a page. */
static void pattern_write(unsigned long *w, unsigned long pfn)
{
	w[1] = pattern(pfn, 1);
	w[WORDS_PER_PAGE / 2] = pattern(pfn, 2);
	w[WORDS_PER_PAGE - 1] = pattern(pfn, 3);
}

static bool pattern_ok(const unsigned long *w, unsigned long pfn)
{
	return w[1] == pattern(pfn, 1) &&
	       w[WORDS_PER_PAGE / 2] == pattern(pfn, 2) &&
	       w[WORDS_PER_PAGE - 1] == pattern(pfn, 3);
}

/* ---- state after boot ------------------------------------------------- */

KTEST(page_alloc, init_state)
{
	unsigned long lowmem = (unsigned long)(MAXMEM >> PAGE_SHIFT);

	ktest_log(t, "max_pfn 0x%lx max_low_pfn 0x%lx, %lu of %lu pages free",
		  max_pfn, max_low_pfn, nr_free_pages(), totalram_pages());
	ASSERT_GT(t, max_pfn, 0ul);
	EXPECT_EQ(t, max_low_pfn, min(max_pfn, lowmem));
	EXPECT_LE(t, nr_free_pages(), totalram_pages());
	EXPECT_LE(t, nr_free_highpages(), nr_free_pages());
	EXPECT_EQ(t,
		  zones[ZONE_HIGHMEM].end_pfn - zones[ZONE_HIGHMEM].start_pfn,
		  max_pfn - max_low_pfn);
	EXPECT_TRUE(t, memblock.retired);
	/* mem_map is in lowmem, in RAM, and reserved. */
	EXPECT_LE(t, __pa(mem_map) + max_pfn * sizeof(struct page),
		  PFN_PHYS(max_low_pfn));
	EXPECT_TRUE(t, PageReserved(virt_to_page(mem_map)));
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
}

/* Every frame is reserved exactly where memblock's tables say so. */
KTEST(page_alloc, frames_match_memblock)
{
	unsigned long pfn, nfree = 0, bad = 0;

	for (pfn = 0; pfn < max_pfn; pfn++) {
		phys_addr_t pa = PFN_PHYS(pfn);
		bool free = memblock_is_memory(pa) && !memblock_is_reserved(pa);
		struct page *page = pfn_to_page(pfn);

		nfree += free;
		if (PageReserved(page) != free &&
		    PageHighMem(page) == (pfn >= max_low_pfn))
			continue;
		if (bad++ == 0)
			ktest_log(t, "pfn 0x%lx: flags 0x%lx, memblock says %s",
				  pfn, page->flags, free ? "free" : "reserved");
	}
	EXPECT_EQ(t, bad, 0ul);
	EXPECT_EQ(t, nfree, totalram_pages());
	/* The first MiB and the image are reserved. */
	EXPECT_TRUE(t, PageReserved(pfn_to_page(0)));
	EXPECT_TRUE(t, PageReserved(pfn_to_page(PFN_DOWN(SZ_1M))));
	EXPECT_TRUE(t, PageReserved(virt_to_page(_text)));
	EXPECT_TRUE(t, PageReserved(pfn_to_page(PFN_DOWN(__pa(_end) - 1))));
}

/* ---- alloc / free patterns -------------------------------------------- */

/* Does some zone have a free block of at least this order? */
static bool free_block_of_order(unsigned int order)
{
	for (unsigned int z = 0; z < MAX_NR_ZONES; z++)
		for (unsigned int o = order; o <= MAX_ORDER; o++)
			if (zones[z].free_area[o].nr_free)
				return true;
	return false;
}

KTEST(page_alloc, every_order)
{
	static const gfp_t gfps[] = { GFP_KERNEL, GFP_HIGHUSER };
	unsigned long bad = 0;

	page_alloc_drain_pcp();
	if (!free_block_of_order(MAX_ORDER)) {
		ktest_skip(
			t,
			"no free block of the largest order (RAM too small)");
		return;
	}
	LEAK_CHECK_BEGIN(t);

	for (unsigned int g = 0; g < ARRAY_SIZE(gfps); g++) {
		for (unsigned int o = 0; o <= MAX_ORDER; o++) {
			unsigned long before = nr_free_pages();
			struct page *page = alloc_pages(gfps[g], o);

			ASSERT_NOT_NULL(t, page);
			EXPECT_EQ(t, page_to_pfn(page) & ((1UL << o) - 1), 0ul);
			EXPECT_EQ(t, page->order, o);
			expect_allowed(t, page, o, &bad);
			if (gfps[g] == GFP_KERNEL)
				EXPECT_FALSE(t, PageHighMem(page));
			EXPECT_EQ(t, nr_free_pages(), before - (1UL << o));
			__free_pages(page, o);
			EXPECT_EQ(t, nr_free_pages(), before);
		}
	}
	EXPECT_NULL(t, alloc_pages(GFP_KERNEL, MAX_ORDER + 1));
	LEAK_CHECK_END(t);
}

KTEST(page_alloc, mixed_orders_freed_out_of_order)
{
	enum { N = 64 };
	struct page *pages[N];
	unsigned int orders[N];
	unsigned long bad = 0;
	LEAK_CHECK_BEGIN(t);

	for (unsigned int i = 0; i < N; i++) {
		orders[i] = (i * 7) % 5; /* 0..4, interleaved */
		pages[i] = alloc_pages(i & 1 ? GFP_HIGHUSER : GFP_KERNEL,
				       orders[i]);
		if (!pages[i]) { /* small RAM: give back, and say so */
			while (i--)
				__free_pages(pages[i], orders[i]);
			ktest_skip(t, "not enough free blocks (RAM too small)");
			return;
		}
		expect_allowed(t, pages[i], orders[i], &bad);
	}
	/* No two blocks overlap. */
	for (unsigned int i = 0; i < N; i++)
		for (unsigned int j = i + 1; j < N; j++)
			EXPECT_FALSE(t, overlaps(page_to_pfn(pages[i]),
						 page_to_pfn(pages[i]) +
							 (1UL << orders[i]),
						 page_to_pfn(pages[j]),
						 page_to_pfn(pages[j]) +
							 (1UL << orders[j])));
	/* Free evens forwards, odds backwards. */
	for (unsigned int i = 0; i < N; i += 2)
		__free_pages(pages[i], orders[i]);
	for (int i = N - 1; i >= 0; i -= 2)
		__free_pages(pages[i], orders[i]);
	LEAK_CHECK_END(t);
}

KTEST(page_alloc, get_free_pages_and_zeroed)
{
	unsigned long addr, *w;
	struct page *page;
	LEAK_CHECK_BEGIN(t);

	/* Dirty a block, give it back, ask for it zeroed. */
	page = alloc_pages(GFP_KERNEL, 2);
	ASSERT_NOT_NULL(t, page);
	memset(page_address(page), 0x5a, 4 * PAGE_SIZE);
	__free_pages(page, 2);
	page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 2);
	ASSERT_NOT_NULL(t, page);
	w = page_address(page);
	for (unsigned long i = 0; i < 4 * WORDS_PER_PAGE; i++)
		if (w[i])
			ASSERT_EQ(t, w[i], 0ul);
	__free_pages(page, 2);

	addr = get_zeroed_page(GFP_KERNEL);
	ASSERT_NE(t, addr, 0ul);
	EXPECT_TRUE(t, IS_ALIGNED(addr, PAGE_SIZE));
	EXPECT_EQ(t, *(unsigned long *)addr, 0ul);
	free_page(addr);

	/* __get_free_pages ignores __GFP_HIGHMEM: the address must exist. */
	addr = __get_free_pages(GFP_HIGHUSER, 1);
	ASSERT_NE(t, addr, 0ul);
	EXPECT_LT(t, __pa((void *)addr), PFN_PHYS(max_low_pfn));
	EXPECT_PTR_EQ(t, page_address(virt_to_page((void *)addr)),
		      (void *)addr);
	free_pages(addr, 1);
	LEAK_CHECK_END(t);
}

/* NEEDS kmap (lead): clear_highpage() and kmap_local_page(). */
KTEST(page_alloc, highmem_first_and_zeroed)
{
	struct page *page;
	unsigned long *w;
	LEAK_CHECK_BEGIN(t);

	if (!nr_free_highpages()) {
		ktest_skip(t, "no highmem");
		return;
	}
	page = alloc_pages(GFP_HIGHUSER | __GFP_ZERO, 1);
	ASSERT_NOT_NULL(t, page);
	EXPECT_TRUE(t, PageHighMem(page));
	EXPECT_NULL(t, page_address(page));
	for (int i = 0; i < 2; i++) {
		w = kmap_local_page(page + i);
		for (unsigned long k = 0; k < WORDS_PER_PAGE; k++)
			if (w[k])
				EXPECT_EQ(t, w[k], 0ul);
		kunmap_local(w);
	}
	__free_pages(page, 1);
	LEAK_CHECK_END(t);
}

/* Exhaust memory, free every other page: only singles are left. */
KTEST(page_alloc, fragmentation_and_exhaustion)
{
	struct page *page, *next;
	LIST_HEAD(list);
	unsigned long n = 0, freed = 0;
	LEAK_CHECK_BEGIN(t);

	while ((page = alloc_page(GFP_HIGHUSER)) != NULL) {
		list_add_tail(&page->lru, &list);
		n++;
	}
	EXPECT_EQ(t, n, free_at_start_);
	EXPECT_EQ(t, nr_free_pages(), 0ul);
	EXPECT_NULL(t, alloc_page(GFP_KERNEL));
	EXPECT_EQ(t, __get_free_pages(GFP_KERNEL, 0), 0ul);
	list_for_each_entry_safe (page, next, &list, lru) {
		if (page_to_pfn(page) & 1)
			continue;
		list_del(&page->lru);
		__free_page(page);
		freed++;
	}
	EXPECT_EQ(t, nr_free_pages(), freed);
	for (unsigned int o = 1; o <= MAX_ORDER; o++)
		EXPECT_NULL(t, alloc_pages(GFP_HIGHUSER, o));
	page = alloc_page(GFP_KERNEL);
	EXPECT_NOT_NULL(t, page);
	if (page)
		list_add(&page->lru, &list);
	list_for_each_entry_safe (page, next, &list, lru) {
		list_del(&page->lru);
		__free_page(page);
	}
	/* Everything merged back: as many max-order blocks as at boot. */
	LEAK_CHECK_END(t);
}

/* ---- every free page holds its own data -------------------------------- */

/*
 * NEEDS the direct map of all lowmem (lead). Take every free lowmem page
 * into a list threaded through the pages themselves, write a pattern of
 * its pfn at its start, middle and end, check them all, free them all.
 */
KTEST(page_alloc, lowmem_pattern_every_free_page)
{
	unsigned long head = 0, addr, n = 0, bad = 0, placed = 0;
	unsigned long lowfree = nr_free_pages() - nr_free_highpages();
	LEAK_CHECK_BEGIN(t);

	while ((addr = __get_free_pages(GFP_KERNEL, 0)) != 0) {
		unsigned long *w = (unsigned long *)addr;

		w[0] = head;
		head = addr;
		pattern_write(w, PFN_DOWN(__pa(w)));
		n++;
	}
	EXPECT_EQ(t, n, lowfree);
	for (addr = head; addr; addr = *(unsigned long *)addr) {
		const unsigned long *w = (const unsigned long *)addr;
		struct page *page = virt_to_page(w);

		if (!pattern_ok(w, page_to_pfn(page)) && bad++ == 0)
			ktest_log(t, "pfn 0x%lx lost its pattern",
				  page_to_pfn(page));
		expect_allowed(t, page, 0, &placed);
	}
	EXPECT_EQ(t, bad, 0ul);
	EXPECT_EQ(t, placed, 0ul);
	while (head) {
		addr = head;
		head = *(unsigned long *)addr;
		free_page(addr);
	}
	LEAK_CHECK_END(t);
}

/* NEEDS kmap_local_page() (lead): the same for every free highmem page. */
KTEST(page_alloc, highmem_pattern_every_free_page)
{
	struct page *page, *next;
	LIST_HEAD(list);
	unsigned long n = 0, bad = 0, placed = 0, above_4g = 0;
	unsigned long highfree = nr_free_highpages();
	LEAK_CHECK_BEGIN(t);

	if (!highfree) {
		ktest_skip(t, "no highmem");
		return;
	}
	/* Highmem comes first; the first lowmem page means it is all ours. */
	while ((page = alloc_page(GFP_HIGHUSER)) != NULL) {
		unsigned long *w;

		if (!PageHighMem(page)) {
			__free_page(page);
			break;
		}
		list_add_tail(&page->lru, &list);
		if (page_to_phys(page) >= (1ULL << 32))
			above_4g++;
		w = kmap_local_page(page);
		pattern_write(w, page_to_pfn(page));
		kunmap_local(w);
		n++;
	}
	EXPECT_EQ(t, n, highfree);
	list_for_each_entry (page, &list, lru) {
		unsigned long *w = kmap_local_page(page);

		if (!pattern_ok(w, page_to_pfn(page)) && bad++ == 0)
			ktest_log(t, "pfn 0x%lx lost its pattern",
				  page_to_pfn(page));
		kunmap_local(w);
		expect_allowed(t, page, 0, &placed);
	}
	EXPECT_EQ(t, bad, 0ul);
	EXPECT_EQ(t, placed, 0ul);
	/* RAM above 4 GiB (PAE with -m 6G) is handed out and holds data. */
	ktest_log(t, "%lu highmem pages checked, %lu of them above 4 GiB", n,
		  above_4g);
	if (PFN_PHYS(max_pfn) > (1ULL << 32))
		EXPECT_GT(t, above_4g, 0ul);
	list_for_each_entry_safe (page, next, &list, lru) {
		list_del(&page->lru);
		__free_page(page);
	}
	LEAK_CHECK_END(t);
}

/* ---- bad frees --------------------------------------------------------- */

KTEST(page_alloc, double_free_warns_and_changes_nothing)
{
	struct page *page = alloc_page(GFP_KERNEL);
	unsigned long warnings, free;

	ASSERT_NOT_NULL(t, page);
	__free_page(page);
	warnings = page_alloc_warnings;
	free = nr_free_pages();
	__free_page(page);
	EXPECT_EQ(t, page_alloc_warnings, warnings + 1);
	EXPECT_EQ(t, nr_free_pages(), free);
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
}

KTEST(page_alloc, bad_frees_warn_and_change_nothing)
{
	struct page *page = alloc_pages(GFP_KERNEL, 2);
	unsigned long warnings, free;

	ASSERT_NOT_NULL(t, page);
	warnings = page_alloc_warnings;
	free = nr_free_pages();
	__free_page(pfn_to_page(0));	   /* reserved: first MiB */
	__free_page(virt_to_page(_text));  /* reserved: the image */
	__free_page(page + 1);		   /* a tail page */
	__free_pages(page, 1);		   /* the wrong order */
	__free_pages(page, MAX_ORDER + 1); /* no such order */
	free_pages((unsigned long)_text,
		   0); /* the image (x86_64: not direct map) */
	free_page((unsigned long)page_address(page) + 1); /* unaligned */
	EXPECT_EQ(t, page_alloc_warnings, warnings + 7);
	EXPECT_EQ(t, nr_free_pages(), free);
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
	__free_pages(page, 2);
	EXPECT_EQ(t, page_alloc_warnings, warnings + 7);
	EXPECT_EQ(t, nr_free_pages(), free + 4);
}
