// SPDX-License-Identifier: MIT
/*
 * Host tests of mm/page_alloc.c: the buddy allocator over simulated RAM.
 *
 * Physical memory is an mmap()ed buffer (MAP_NORESERVE: 4 GiB + 64 MiB of
 * address space, only what is touched costs memory); host_phys_base is
 * physical address 0 (tests/host/include/asm/page.h). Each case boots the
 * allocator afresh from a memory map, through memblock, as the kernel
 * does. The usual layout is a 2-level i386 PC with 64 MiB of RAM and
 * MAXMEM shrunk to 32 MiB, so that both zones exist.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include <asm/page.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/memblock.h>
#include <kernel/memmap.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/string.h>

#define KB(x) ((u64)(x) << 10)
#define MB(x) ((u64)(x) << 20)
#define GB(x) ((u64)(x) << 30)

#define U MEMMAP_USABLE
#define R MEMMAP_RESERVED

#define HOST_PHYS_SIZE (GB(4) + MB(64))

unsigned char *host_phys_base;
unsigned long host_maxmem;
phys_addr_t host_phys_addr_limit;

/* ---- what the kernel would provide ------------------------------------ */

static jmp_buf *panic_catch;
static char panic_msg[256];

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(panic_msg, sizeof(panic_msg), fmt, ap);
	va_end(ap);
	if (panic_catch)
		longjmp(*panic_catch, 1);
	fprintf(stderr, "panic: %s\n", panic_msg);
	abort();
}

/* arch/x86/lib/string.c's (tested in string_test.c), which is not linked here. */
void clear_page(void *page)
{
	memset(page, 0, PAGE_SIZE);
}

static unsigned long clear_highpage_calls;

/* The host's simulated direct map reaches highmem too. */
void clear_highpage(struct page *page)
{
	clear_highpage_calls++;
	memset(__va(page_to_phys(page)), 0, PAGE_SIZE);
}

/* ---- booting the allocator -------------------------------------------- */

/* Map the simulated physical memory (once per process). */
static void host_mem_init(void)
{
	void *p;

	if (host_phys_base)
		return;
	p = mmap(NULL, HOST_PHYS_SIZE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED) {
		perror("page_alloc_test: mmap");
		abort();
	}
	host_phys_base = p;
}

/*
 * Boot from triples (start, end, type): memblock with the reserves the
 * kernel makes (first MiB, an image ending mid-page, a multiboot info
 * block), then page_alloc_init(). Ends the case if that fails.
 */
static void boot(struct ktest *t, const u64 (*r)[3], unsigned int n,
		 unsigned long maxmem, phys_addr_t limit)
{
	static struct memmap m;

	host_mem_init();
	memset(&m, 0, sizeof(m));
	for (unsigned int i = 0; i < n; i++)
		ASSERT_EQ(t,
			  memmap_add(&m, r[i][0], r[i][1] - r[i][0], r[i][2]),
			  0);
	ASSERT_EQ(t, memmap_sanitize(&m), 0);
	host_maxmem = maxmem;
	host_phys_addr_limit = limit;
	memblock_init(&m);
	memblock_reserve(0, MB(1));
	memblock_reserve(MB(1), MB(1) + KB(1500) + 100);
	memblock_reserve(MB(3) + 100, MB(3) + KB(10));
	page_alloc_init();
	ASSERT_TRUE(t, memblock.retired);
	ASSERT_EQ(t, page_alloc_verify(), 0ul);
}

#define BOOT(t, maxmem, limit, ...)                         \
	do {                                                \
		static const u64 r_[][3] = { __VA_ARGS__ }; \
		boot(t, r_, ARRAY_SIZE(r_), maxmem, limit); \
	} while (0)

#define PC_MAP                                                             \
	{ 0, KB(639), U }, { KB(639), KB(640), R }, { KB(960), MB(1), R }, \
	{                                                                  \
		MB(1), MB(64), U                                           \
	}

/* i386-like: 64 MiB of RAM, lowmem the first 32 MiB. */
#define BOOT_I386(t) BOOT(t, MB(32), GB(4), PC_MAP)

/* ---- helpers ---------------------------------------------------------- */

struct snapshot {
	unsigned long nr_free[MAX_NR_ZONES][NR_PAGE_ORDERS];
	unsigned long free_pages[MAX_NR_ZONES];
};

static void snapshot_take(struct snapshot *s)
{
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		s->free_pages[z] = zones[z].free_pages;
		for (int o = 0; o <= MAX_ORDER; o++)
			s->nr_free[z][o] = zones[z].free_area[o].nr_free;
	}
}

/* The free lists are as in s (and their lengths match their counters). */
#define EXPECT_SNAPSHOT(t, s)                                      \
	do {                                                       \
		struct snapshot now_;                              \
		snapshot_take(&now_);                              \
		for (int z_ = 0; z_ < MAX_NR_ZONES; z_++) {        \
			EXPECT_EQ(t, now_.free_pages[z_],          \
				  (s)->free_pages[z_]);            \
			for (int o_ = 0; o_ <= MAX_ORDER; o_++)    \
				EXPECT_EQ(t, now_.nr_free[z_][o_], \
					  (s)->nr_free[z_][o_]);   \
		}                                                  \
		EXPECT_EQ(t, page_alloc_verify(), 0ul);            \
	} while (0)

/* Allocate order-sized blocks until none is left; returns how many. */
static unsigned long alloc_all(gfp_t gfp, unsigned int order,
			       struct list_head *list)
{
	unsigned long n = 0;
	struct page *page;

	while ((page = alloc_pages(gfp, order)) != NULL) {
		list_add_tail(&page->lru, list);
		n++;
	}
	return n;
}

static void free_all(struct list_head *list, unsigned int order)
{
	struct page *page, *next;

	list_for_each_entry_safe (page, next, list, lru) {
		list_del(&page->lru);
		__free_pages(page, order);
	}
}

/* No free block has a free buddy of its order left unmerged. */
static void expect_fully_merged(struct ktest *t)
{
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		for (unsigned int o = 0; o < MAX_ORDER; o++) {
			struct page *page;

			list_for_each_entry (
				page, &zones[z].free_area[o].free_list, lru) {
				unsigned long b =
					page_to_pfn(page) ^ (1UL << o);
				struct page *buddy = pfn_to_page(b);

				if (!pfn_valid(b))
					continue;
				EXPECT_FALSE(t, PageBuddy(buddy) &&
							buddy->order == o &&
							page_zone(buddy) ==
								&zones[z]);
			}
		}
	}
}

/*
 * Every frame is reserved exactly where memblock said so: not RAM, or
 * reserved (including mem_map itself, which memblock allocated).
 */
static void expect_frames_match_memblock(struct ktest *t)
{
	unsigned long nfree = 0, bad = 0;

	for (unsigned long pfn = 0; pfn < max_pfn; pfn++) {
		phys_addr_t pa = PFN_PHYS(pfn);
		bool free = memblock_is_memory(pa) && !memblock_is_reserved(pa);
		struct page *page = pfn_to_page(pfn);

		if (PageReserved(page) == free && bad++ < 4)
			EXPECT_EQ(t, PageReserved(page), !free);
		if (PageHighMem(page) != (pfn >= max_low_pfn) && bad++ < 4)
			EXPECT_EQ(t, PageHighMem(page), pfn >= max_low_pfn);
		nfree += free;
	}
	EXPECT_EQ(t, bad, 0ul);
	EXPECT_EQ(t, nfree, totalram_pages());
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
}

/* Pages of memblock's free RAM within pfn [start, end). */
static unsigned long free_ram_pages(unsigned long start, unsigned long end)
{
	unsigned long n = 0;

	for (unsigned long pfn = start; pfn < end; pfn++) {
		phys_addr_t pa = PFN_PHYS(pfn);

		n += memblock_is_memory(pa) && !memblock_is_reserved(pa);
	}
	return n;
}

/* The host can reach every page through its simulated direct map. */
static unsigned long *host_page_words(struct page *page)
{
	return __va(page_to_phys(page));
}

#define WORDS_PER_PAGE (PAGE_SIZE / sizeof(unsigned long))

static unsigned long pattern(unsigned long pfn, unsigned int k)
{
	return (pfn * 0x9e3779b97f4a7c15UL) ^ (k * 0x5bd1e995UL) ^ 0xa5a5;
}

/* ---- init ------------------------------------------------------------- */

KTEST(page_alloc, init_i386_zones)
{
	BOOT_I386(t);
	EXPECT_EQ(t, max_pfn, PFN_DOWN(MB(64)));
	EXPECT_EQ(t, max_low_pfn, PFN_DOWN(MB(32)));
	EXPECT_EQ(t, zones[ZONE_NORMAL].start_pfn, 0ul);
	EXPECT_EQ(t, zones[ZONE_NORMAL].end_pfn, max_low_pfn);
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].start_pfn, max_low_pfn);
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].end_pfn, max_pfn);
	/* All of highmem is free; lowmem less its reserves and mem_map. */
	EXPECT_EQ(t, nr_free_highpages(), PFN_DOWN(MB(32)));
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].managed_pages, PFN_DOWN(MB(32)));
	EXPECT_EQ(t, zones[ZONE_NORMAL].managed_pages,
		  free_ram_pages(0, max_low_pfn));
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].free_area[MAX_ORDER].nr_free, 8ul);
	expect_frames_match_memblock(t);
	expect_fully_merged(t);
	page_alloc_print();
}

KTEST(page_alloc, init_mem_map_in_lowmem_and_reserved)
{
	phys_addr_t pa;

	BOOT_I386(t);
	pa = __pa(mem_map);
	EXPECT_TRUE(t, IS_ALIGNED(pa, PAGE_SIZE));
	EXPECT_GE(t, pa, MB(1) + KB(1504)); /* not in the image */
	EXPECT_LE(t, pa + max_pfn * sizeof(struct page), PFN_PHYS(max_low_pfn));
	for (phys_addr_t a = pa; a < pa + max_pfn * sizeof(struct page);
	     a += PAGE_SIZE)
		EXPECT_TRUE(t, PageReserved(pfn_to_page(PFN_DOWN(a))));
	/* The first MiB and the image, too. */
	for (unsigned long pfn = 0; pfn < PFN_UP(MB(1) + KB(1500) + 100); pfn++)
		EXPECT_TRUE(t, PageReserved(pfn_to_page(pfn)));
	EXPECT_TRUE(t, PageReserved(pfn_to_page(PFN_DOWN(MB(3)))));
	EXPECT_TRUE(t, PageReserved(pfn_to_page(PFN_DOWN(MB(3) + KB(8)))));
	EXPECT_FALSE(t, PageReserved(pfn_to_page(PFN_DOWN(MB(3) + KB(12)))));
}

KTEST(page_alloc, init_retires_memblock)
{
	jmp_buf jb;
	volatile bool panicked = false;

	BOOT_I386(t);
	panic_catch = &jb;
	if (setjmp(jb) == 0)
		memblock_alloc(PAGE_SIZE, PAGE_SIZE, ~0ULL);
	else
		panicked = true;
	panic_catch = NULL;
	EXPECT_TRUE(t, panicked);
	EXPECT_EQ(t, strncmp(panic_msg, "memblock_alloc: called after", 28), 0);
}

KTEST(page_alloc, init_zone_boundary_not_block_aligned)
{
	struct snapshot s;
	LIST_HEAD(list);

	/* max_low_pfn odd: blocks on either side must not merge. */
	BOOT(t, MB(30) + KB(4), GB(4), PC_MAP);
	EXPECT_EQ(t, max_low_pfn, PFN_DOWN(MB(30)) + 1);
	expect_frames_match_memblock(t);
	expect_fully_merged(t);
	/* The lone page on each side of the boundary stays order 0. */
	EXPECT_TRUE(t, PageBuddy(pfn_to_page(max_low_pfn - 1)));
	EXPECT_EQ(t, pfn_to_page(max_low_pfn - 1)->order, 0u);
	EXPECT_FALSE(t, PageHighMem(pfn_to_page(max_low_pfn - 1)));
	EXPECT_TRUE(t, PageBuddy(pfn_to_page(max_low_pfn)));
	EXPECT_EQ(t, pfn_to_page(max_low_pfn)->order, 0u);
	EXPECT_TRUE(t, PageHighMem(pfn_to_page(max_low_pfn)));
	snapshot_take(&s);
	EXPECT_EQ(t, alloc_all(GFP_HIGHUSER, 0, &list), totalram_pages());
	free_all(&list, 0);
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, init_ram_end_not_block_aligned)
{
	struct snapshot s;
	LIST_HEAD(list);

	/* QEMU's 128 MiB: RAM ends 128 KiB short, mid max-order block. */
	BOOT(t, MB(32), GB(4), { 0, KB(639), U }, { MB(1), 0x7fe0000, U },
	     { 0x7fe0000, MB(128), R });
	EXPECT_EQ(t, max_pfn, 0x7fe0ul);
	expect_frames_match_memblock(t);
	expect_fully_merged(t);
	snapshot_take(&s);
	EXPECT_EQ(t, alloc_all(GFP_HIGHUSER, 0, &list), totalram_pages());
	free_all(&list, 0);
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, init_x86_64_all_lowmem)
{
	struct page *page;

	BOOT(t, 64UL << 40, 1ULL << 52, PC_MAP);
	EXPECT_EQ(t, max_low_pfn, max_pfn);
	EXPECT_EQ(t, nr_free_highpages(), 0ul);
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].managed_pages, 0ul);
	expect_frames_match_memblock(t);
	/* __GFP_HIGHMEM falls back to lowmem. */
	page = alloc_page(GFP_HIGHUSER);
	ASSERT_NOT_NULL(t, page);
	EXPECT_FALSE(t, PageHighMem(page));
	EXPECT_NOT_NULL(t, page_address(page));
	__free_page(page);
}

KTEST(page_alloc, init_pae_ram_above_4g_is_highmem)
{
	struct page *page;
	LIST_HEAD(list);
	unsigned long n = 0;

	/* RAM above 4 GiB, lowmem 256 MiB: mem_map (32 MiB) still fits. */
	BOOT(t, MB(256), 1ULL << 52, PC_MAP, { GB(4), GB(4) + MB(16), U });
	EXPECT_EQ(t, max_pfn, PFN_DOWN(GB(4) + MB(16)));
	EXPECT_EQ(t, max_low_pfn, PFN_DOWN(MB(256)));
	EXPECT_EQ(t, nr_free_highpages(), PFN_DOWN(MB(16)));
	expect_frames_match_memblock(t);
	clear_highpage_calls = 0;
	while ((page = alloc_page(GFP_HIGHUSER | __GFP_ZERO)) != NULL &&
	       PageHighMem(page)) {
		EXPECT_GE(t, page_to_phys(page), GB(4));
		EXPECT_LT(t, page_to_phys(page), GB(4) + MB(16));
		EXPECT_NULL(t, page_address(page));
		list_add_tail(&page->lru, &list);
		n++;
	}
	ASSERT_NOT_NULL(t, page); /* the first lowmem page */
	EXPECT_FALSE(t, PageHighMem(page));
	__free_page(page);
	EXPECT_EQ(t, n, PFN_DOWN(MB(16)));
	EXPECT_EQ(t, clear_highpage_calls, n);
	free_all(&list, 0);
	EXPECT_EQ(t, nr_free_highpages(), PFN_DOWN(MB(16)));
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
}

KTEST(page_alloc, init_2level_ignores_ram_above_4g)
{
	BOOT(t, MB(32), GB(4), PC_MAP, { GB(4), GB(4) + MB(16), U });
	EXPECT_EQ(t, max_pfn, PFN_DOWN(MB(64)));
	EXPECT_EQ(t, nr_free_highpages(), PFN_DOWN(MB(32)));
	expect_frames_match_memblock(t);
}

KTEST(page_alloc, init_caps_mem_map_to_half_of_lowmem)
{
	/* RAM at 1 TiB: its struct pages would not fit in 32 MiB of lowmem. */
	BOOT(t, MB(32), 1ULL << 52, PC_MAP, { GB(1024), GB(1024) + MB(4), U });
	EXPECT_EQ(t, max_pfn, (unsigned long)(MB(16) / sizeof(struct page)));
	EXPECT_EQ(t, nr_free_highpages(), PFN_DOWN(MB(32)));
	expect_frames_match_memblock(t);
}

KTEST(page_alloc, init_no_lowmem_panics)
{
	static struct memmap m;
	jmp_buf jb;
	volatile bool panicked = false;

	/* All RAM above MAXMEM: nowhere to put mem_map. */
	memset(&m, 0, sizeof(m));
	memmap_add(&m, MB(64), MB(64), U);
	host_mem_init();
	host_maxmem = MB(32);
	host_phys_addr_limit = GB(4);
	memblock_init(&m);
	panic_catch = &jb;
	if (setjmp(jb) == 0)
		page_alloc_init();
	else
		panicked = true;
	panic_catch = NULL;
	EXPECT_TRUE(t, panicked);
	EXPECT_EQ(t, strncmp(panic_msg, "page_alloc_init: no lowmem", 26), 0);
}

/* ---- split and merge -------------------------------------------------- */

KTEST(page_alloc, alloc_all_order0_then_free_merges_back)
{
	struct snapshot s;
	struct page *page;
	LIST_HEAD(list);
	unsigned long n;

	BOOT_I386(t);
	snapshot_take(&s);
	n = alloc_all(GFP_HIGHUSER, 0, &list);
	EXPECT_EQ(t, n, totalram_pages());
	EXPECT_EQ(t, nr_free_pages(), 0ul);
	for (int z = 0; z < MAX_NR_ZONES; z++)
		for (int o = 0; o <= MAX_ORDER; o++)
			EXPECT_TRUE(
				t,
				list_empty(&zones[z].free_area[o].free_list));
	/* Nothing handed out twice, nothing reserved. */
	list_for_each_entry (page, &list, lru) {
		EXPECT_TRUE(t, PageHead(page));
		EXPECT_FALSE(t, PageBuddy(page));
		EXPECT_FALSE(t, memblock_is_reserved(page_to_phys(page)));
		EXPECT_TRUE(t, memblock_is_memory(page_to_phys(page)));
		EXPECT_EQ(t, page->refcount, 1);
		page->refcount = 2; /* seen: a second hand-out would show */
	}
	list_for_each_entry (page, &list, lru) {
		EXPECT_EQ(t, page->refcount, 2);
		page->refcount = 1;
	}
	free_all(&list, 0);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
	EXPECT_SNAPSHOT(t, &s);
	expect_fully_merged(t);
}

KTEST(page_alloc, split_takes_the_smallest_block)
{
	struct snapshot s;
	struct page *a, *b;

	BOOT_I386(t);
	snapshot_take(&s);
	/* Highmem is all order-10 blocks: an order-0 request splits one. */
	a = alloc_page(GFP_HIGHUSER);
	ASSERT_NOT_NULL(t, a);
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].free_area[MAX_ORDER].nr_free,
		  s.nr_free[ZONE_HIGHMEM][MAX_ORDER] - 1);
	for (int o = 0; o < MAX_ORDER; o++)
		EXPECT_EQ(t, zones[ZONE_HIGHMEM].free_area[o].nr_free,
			  s.nr_free[ZONE_HIGHMEM][o] + 1);
	/* The buddy of a is the order-0 remainder of that split. */
	b = alloc_page(GFP_HIGHUSER);
	ASSERT_NOT_NULL(t, b);
	EXPECT_EQ(t, page_to_pfn(b), page_to_pfn(a) ^ 1);
	EXPECT_EQ(t, zones[ZONE_HIGHMEM].free_area[0].nr_free,
		  s.nr_free[ZONE_HIGHMEM][0]);
	__free_page(a);
	__free_page(b);
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, every_order)
{
	static const gfp_t gfps[] = { GFP_KERNEL, GFP_HIGHUSER };
	struct snapshot s;

	BOOT_I386(t);
	snapshot_take(&s);
	for (unsigned int g = 0; g < ARRAY_SIZE(gfps); g++) {
		for (unsigned int o = 0; o <= MAX_ORDER; o++) {
			unsigned long before = nr_free_pages();
			struct page *page = alloc_pages(gfps[g], o);
			unsigned long pfn;

			ASSERT_NOT_NULL(t, page);
			pfn = page_to_pfn(page);
			EXPECT_EQ(t, pfn & ((1UL << o) - 1), 0ul);
			EXPECT_EQ(t, page->order, o);
			EXPECT_TRUE(t, PageHead(page));
			EXPECT_EQ(t, PageHighMem(page),
				  gfps[g] == GFP_HIGHUSER);
			for (unsigned long i = 0; i < (1UL << o); i++) {
				EXPECT_FALSE(t, PageReserved(page + i));
				EXPECT_FALSE(t, PageBuddy(page + i));
				EXPECT_EQ(t, PageHighMem(page + i),
					  PageHighMem(page));
			}
			EXPECT_EQ(t, nr_free_pages(), before - (1UL << o));
			__free_pages(page, o);
			EXPECT_EQ(t, nr_free_pages(), before);
		}
	}
	EXPECT_NULL(t, alloc_pages(GFP_KERNEL, MAX_ORDER + 1));
	EXPECT_NULL(t, alloc_pages(GFP_HIGHUSER, ~0u));
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, exhaustion_returns_null_and_count_returns)
{
	struct snapshot s;
	LIST_HEAD(big);
	LIST_HEAD(small);
	unsigned long nbig, nsmall;

	BOOT_I386(t);
	snapshot_take(&s);
	/* Max-order blocks first, then whatever is left, page by page. */
	nbig = alloc_all(GFP_HIGHUSER, MAX_ORDER, &big);
	EXPECT_EQ(t, nbig,
		  s.nr_free[ZONE_NORMAL][MAX_ORDER] +
			  s.nr_free[ZONE_HIGHMEM][MAX_ORDER]);
	EXPECT_NULL(t, alloc_pages(GFP_HIGHUSER, MAX_ORDER));
	nsmall = alloc_all(GFP_HIGHUSER, 0, &small);
	EXPECT_EQ(t, (nbig << MAX_ORDER) + nsmall, totalram_pages());
	for (unsigned int o = 0; o <= MAX_ORDER; o++) {
		EXPECT_NULL(t, alloc_pages(GFP_HIGHUSER, o));
		EXPECT_NULL(t, alloc_pages(GFP_KERNEL, o));
	}
	EXPECT_EQ(t, __get_free_pages(GFP_KERNEL, 0), 0ul);
	EXPECT_EQ(t, get_zeroed_page(GFP_KERNEL), 0ul);
	EXPECT_EQ(t, nr_free_pages(), 0ul);
	free_all(&small, 0);
	free_all(&big, MAX_ORDER);
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, fragmentation_leaves_only_singles)
{
	struct snapshot s;
	struct page *page, *next;
	LIST_HEAD(list);
	unsigned long total, freed = 0;

	BOOT_I386(t);
	snapshot_take(&s);
	total = alloc_all(GFP_HIGHUSER, 0, &list);
	/* Free every page with an even pfn: no two free pages are buddies. */
	list_for_each_entry_safe (page, next, &list, lru) {
		if (page_to_pfn(page) & 1)
			continue;
		list_del(&page->lru);
		__free_page(page);
		freed++;
	}
	EXPECT_EQ(t, nr_free_pages(), freed);
	EXPECT_GT(t, freed, total / 3);
	EXPECT_EQ(t,
		  zones[ZONE_NORMAL].free_area[0].nr_free +
			  zones[ZONE_HIGHMEM].free_area[0].nr_free,
		  freed);
	for (unsigned int o = 1; o <= MAX_ORDER; o++) {
		EXPECT_NULL(t, alloc_pages(GFP_HIGHUSER, o));
		EXPECT_NULL(t, alloc_pages(GFP_KERNEL, o));
	}
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
	/* Singles still come. */
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	list_add(&page->lru, &list);
	/* Freeing the odd ones merges everything back. */
	free_all(&list, 0);
	EXPECT_SNAPSHOT(t, &s);
	expect_fully_merged(t);
}

KTEST(page_alloc, pages_never_alias)
{
	struct page *page;
	LIST_HEAD(list);
	unsigned long bad = 0;

	BOOT_I386(t);
	alloc_all(GFP_HIGHUSER, 0, &list);
	list_for_each_entry (page, &list, lru) {
		unsigned long *w = host_page_words(page);
		unsigned long pfn = page_to_pfn(page);

		w[0] = pattern(pfn, 0);
		w[WORDS_PER_PAGE / 2] = pattern(pfn, 1);
		w[WORDS_PER_PAGE - 1] = pattern(pfn, 2);
	}
	list_for_each_entry (page, &list, lru) {
		unsigned long *w = host_page_words(page);
		unsigned long pfn = page_to_pfn(page);

		bad += w[0] != pattern(pfn, 0) ||
		       w[WORDS_PER_PAGE / 2] != pattern(pfn, 1) ||
		       w[WORDS_PER_PAGE - 1] != pattern(pfn, 2);
	}
	EXPECT_EQ(t, bad, 0ul);
	/* mem_map survived all of that. */
	EXPECT_EQ(t, page_alloc_verify(), 0ul);
	free_all(&list, 0);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
}

/* ---- GFP -------------------------------------------------------------- */

KTEST(page_alloc, gfp_kernel_never_returns_highmem)
{
	struct page *page;
	LIST_HEAD(list);
	unsigned long n, high, low;

	BOOT_I386(t);
	high = nr_free_highpages();
	low = nr_free_pages() - high;
	n = alloc_all(GFP_KERNEL, 0, &list);
	EXPECT_EQ(t, n, low);
	EXPECT_EQ(t, nr_free_highpages(), high);
	EXPECT_EQ(t, nr_free_pages(), high);
	list_for_each_entry (page, &list, lru) {
		EXPECT_FALSE(t, PageHighMem(page));
		EXPECT_LT(t, page_to_pfn(page), max_low_pfn);
		EXPECT_PTR_EQ(t, page_address(page), __va(page_to_phys(page)));
		EXPECT_PTR_EQ(t, virt_to_page(page_address(page)), page);
	}
	free_all(&list, 0);
	EXPECT_EQ(t, nr_free_pages(), low + high);
}

KTEST(page_alloc, gfp_highmem_prefers_highmem_then_falls_back)
{
	struct page *page;
	LIST_HEAD(list);
	unsigned long high, addr, n = 0;

	BOOT_I386(t);
	high = nr_free_highpages();
	ASSERT_GT(t, high, 0ul);
	while (nr_free_highpages()) {
		page = alloc_pages(GFP_HIGHUSER, 0);
		ASSERT_NOT_NULL(t, page);
		EXPECT_TRUE(t, PageHighMem(page));
		EXPECT_GE(t, page_to_pfn(page), max_low_pfn);
		EXPECT_NULL(t, page_address(page));
		list_add(&page->lru, &list);
		n++;
	}
	EXPECT_EQ(t, n, high);
	/* Highmem is gone: the next comes from lowmem. */
	page = alloc_pages(GFP_HIGHUSER, 3);
	ASSERT_NOT_NULL(t, page);
	EXPECT_FALSE(t, PageHighMem(page));
	__free_pages(page, 3);
	/* __get_free_pages ignores __GFP_HIGHMEM: always a lowmem address. */
	free_all(&list, 0);
	addr = __get_free_pages(GFP_HIGHUSER, 2);
	ASSERT_NE(t, addr, 0ul);
	EXPECT_TRUE(t, IS_ALIGNED(__pa((void *)addr), PAGE_SIZE << 2));
	EXPECT_LT(t, __pa((void *)addr), PFN_PHYS(max_low_pfn));
	free_pages(addr, 2);
	EXPECT_EQ(t, nr_free_highpages(), high);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
}

KTEST(page_alloc, gfp_zero_zeroes)
{
	struct page *page;
	LIST_HEAD(list);
	unsigned long addr;
	unsigned long *w;

	BOOT_I386(t);
	/* Dirty every free page. */
	alloc_all(GFP_HIGHUSER, 0, &list);
	list_for_each_entry (page, &list, lru)
		memset(host_page_words(page), 0xa5, PAGE_SIZE);
	free_all(&list, 0);

	page = alloc_pages(GFP_KERNEL | __GFP_ZERO, 3);
	ASSERT_NOT_NULL(t, page);
	w = page_address(page);
	for (unsigned long i = 0; i < 8 * WORDS_PER_PAGE; i++)
		if (w[i])
			ASSERT_EQ(t, w[i], 0ul);
	__free_pages(page, 3);

	clear_highpage_calls = 0;
	page = alloc_pages(GFP_HIGHUSER | __GFP_ZERO, 2);
	ASSERT_NOT_NULL(t, page);
	ASSERT_TRUE(t, PageHighMem(page));
	EXPECT_EQ(t, clear_highpage_calls, 4ul);
	w = host_page_words(page);
	for (unsigned long i = 0; i < 4 * WORDS_PER_PAGE; i++)
		if (w[i])
			ASSERT_EQ(t, w[i], 0ul);
	__free_pages(page, 2);

	addr = get_zeroed_page(GFP_KERNEL);
	ASSERT_NE(t, addr, 0ul);
	w = (unsigned long *)addr;
	for (unsigned long i = 0; i < WORDS_PER_PAGE; i++)
		if (w[i])
			ASSERT_EQ(t, w[i], 0ul);
	free_page(addr);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
}

/* ---- bad frees -------------------------------------------------------- */

/* Run stmt; it must warn exactly once and leave the free lists alone. */
#define EXPECT_BAD_FREE(t, stmt)                           \
	do {                                               \
		struct snapshot s_;                        \
		unsigned long w_ = page_alloc_warnings;    \
		snapshot_take(&s_);                        \
		stmt;                                      \
		EXPECT_EQ(t, page_alloc_warnings, w_ + 1); \
		EXPECT_SNAPSHOT(t, &s_);                   \
	} while (0)

KTEST(page_alloc, bad_free_double)
{
	struct snapshot s;
	struct page *page, *high;
	unsigned long w;

	BOOT_I386(t);
	snapshot_take(&s);
	page = alloc_pages(GFP_KERNEL, 2);
	high = alloc_pages(GFP_HIGHUSER, 0);
	ASSERT_NOT_NULL(t, page);
	ASSERT_NOT_NULL(t, high);
	w = page_alloc_warnings;
	__free_pages(page, 2);
	__free_page(high);
	EXPECT_EQ(t, page_alloc_warnings, w);
	EXPECT_SNAPSHOT(t, &s);
	EXPECT_BAD_FREE(t, __free_pages(page, 2));
	EXPECT_BAD_FREE(t, __free_page(high));
	/* The page merged into a bigger free block: still caught. */
	EXPECT_BAD_FREE(t, __free_page(page + 1));
	EXPECT_BAD_FREE(t, free_pages((unsigned long)page_address(page), 2));
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, bad_free_reserved)
{
	BOOT_I386(t);
	EXPECT_BAD_FREE(t, __free_page(pfn_to_page(0)));
	EXPECT_BAD_FREE(t, __free_page(pfn_to_page(PFN_DOWN(MB(1)))));
	EXPECT_BAD_FREE(t, __free_pages(pfn_to_page(PFN_DOWN(MB(2))), 2));
	EXPECT_BAD_FREE(t, __free_page(virt_to_page(mem_map)));
	EXPECT_BAD_FREE(t, free_page((unsigned long)__va(MB(1))));
	EXPECT_TRUE(t, PageReserved(pfn_to_page(0)));
}

KTEST(page_alloc, bad_free_never_allocated)
{
	struct page *head = NULL;

	BOOT_I386(t);
	/* The head and a tail page of a free block. */
	for (int o = MAX_ORDER; o > 0 && !head; o--)
		if (zones[ZONE_NORMAL].free_area[o].nr_free)
			head = list_first_entry(
				&zones[ZONE_NORMAL].free_area[o].free_list,
				struct page, lru);
	ASSERT_NOT_NULL(t, head);
	EXPECT_BAD_FREE(t, __free_pages(head, head->order));
	EXPECT_BAD_FREE(t, __free_page(head + 1));
	EXPECT_BAD_FREE(t, __free_page(head + (1UL << head->order) - 1));
}

KTEST(page_alloc, bad_free_tail_and_wrong_order)
{
	struct snapshot s;
	struct page *page;

	BOOT_I386(t);
	snapshot_take(&s);
	page = alloc_pages(GFP_KERNEL, 3);
	ASSERT_NOT_NULL(t, page);
	EXPECT_BAD_FREE(t, __free_page(page + 1));
	EXPECT_BAD_FREE(t, __free_pages(page + 4, 2));
	EXPECT_BAD_FREE(t, __free_pages(page + 7, 0));
	EXPECT_BAD_FREE(t, __free_pages(page, 2));
	EXPECT_BAD_FREE(t, __free_pages(page, 4));
	EXPECT_BAD_FREE(t, __free_page(page));
	EXPECT_BAD_FREE(t, __free_pages(page, MAX_ORDER + 1));
	EXPECT_BAD_FREE(t,
			free_pages((unsigned long)page_address(page + 1), 0));
	/* Still allocated, and still freeable the right way. */
	EXPECT_TRUE(t, PageHead(page));
	EXPECT_EQ(t, page->order, 3u);
	__free_pages(page, 3);
	EXPECT_SNAPSHOT(t, &s);
}

KTEST(page_alloc, bad_free_not_a_page)
{
	struct page *page;
	unsigned long w;
	int local;

	BOOT_I386(t);
	page = alloc_page(GFP_KERNEL);
	ASSERT_NOT_NULL(t, page);
	EXPECT_BAD_FREE(t, __free_page(NULL));
	EXPECT_BAD_FREE(t, __free_page(mem_map + max_pfn));
	EXPECT_BAD_FREE(t, __free_page((struct page *)((char *)page + 1)));
	EXPECT_BAD_FREE(t, __free_page((struct page *)&local));
	/* Addresses that are no page of the lowmem direct map. */
	EXPECT_BAD_FREE(t, free_page((unsigned long)&local));
	EXPECT_BAD_FREE(t, free_page((unsigned long)page_address(page) + 8));
	EXPECT_BAD_FREE(t, free_page((unsigned long)__va(MB(40))));
	/* free_page(0) is a no-op, as in Linux. */
	w = page_alloc_warnings;
	free_page(0);
	free_pages(0, 3);
	EXPECT_EQ(t, page_alloc_warnings, w);
	__free_page(page);
	EXPECT_EQ(t, nr_free_pages(), totalram_pages());
}
