/* SPDX-License-Identifier: MIT */
/*
 * The physical page allocator: a binary buddy allocator over mem_map[],
 * with Linux's API (alloc_pages, __free_pages, __get_free_pages, ...).
 *
 * Zones (one node):
 *
 *   pfn 0                   max_low_pfn                    max_pfn
 *   | ZONE_NORMAL (lowmem)  | ZONE_HIGHMEM (32-bit only)   |
 *   | direct map: __va()    | no kernel address: kmap it   |
 *
 * max_low_pfn = min(max_pfn, MAXMEM >> PAGE_SHIFT): on 32-bit the direct
 * map covers only MAXMEM (768 MiB); on x86_64 MAXMEM is 64 TiB and all RAM
 * is lowmem. Each zone keeps one free list per order 0..MAX_ORDER; a free
 * block of order n is 2^n pages, its first pfn a multiple of 2^n.
 *
 * Locking: each zone's free lists and free_pages are under zone->lock,
 * taken with interrupts off (spin_lock_irqsave): pages may be allocated
 * (GFP_ATOMIC) and freed in interrupt handlers too. Nothing else nests
 * inside it. Each CPU's cache of single pages (zone->pcp[cpu]) is its
 * own, with interrupts off as the lock: page_alloc_drain_pcp() has each
 * CPU empty its own (a call-function IPI). The fault-injection hook runs
 * before any of it.
 */
#ifndef KERNEL_PAGE_ALLOC_H
#define KERNEL_PAGE_ALLOC_H

#include <asm/page.h>
#include <asm/smp.h>
#include <kernel/gfp.h>
#include <kernel/list.h>
#include <kernel/mm_types.h>
#include <kernel/spinlock.h>
#include <kernel/types.h>

#define MAX_ORDER 10 /* largest block: 2^10 pages, 4 MiB */
#define NR_PAGE_ORDERS (MAX_ORDER + 1)

enum zone_type {
	ZONE_NORMAL,  /* lowmem: pfn < max_low_pfn */
	ZONE_HIGHMEM, /* max_low_pfn <= pfn < max_pfn */
	MAX_NR_ZONES,
};

struct free_area {
	struct list_head free_list; /* heads of free blocks (PG_buddy) */
	unsigned long nr_free;	    /* blocks on the list */
};

struct zone {
	spinlock_t lock; /* everything below that changes after boot */
	const char *name;
	unsigned long start_pfn, end_pfn; /* spanned: [start_pfn, end_pfn) */
	unsigned long managed_pages;	  /* given to the allocator at init */
	unsigned long free_pages; /* in the free lists (not the caches) */
	struct free_area free_area[NR_PAGE_ORDERS];
	/*
	 * Recently freed order-0 pages, per CPU, handed out again first
	 * (LIFO), so that a free and an allocation do not merge and split a
	 * buddy chain each time, and take no lock. Off (0 pages) until
	 * page_alloc_pcp_enable().
	 */
	struct per_cpu_pages {
		struct list_head list;
		unsigned int count;
	} pcp[NR_CPUS];
};

/* Free pages of zone: its free lists and every CPU's cache (a snapshot). */
unsigned long zone_free_pages(const struct zone *zone);

/*
 * Cache up to max order-0 pages per zone and CPU (0: none). The free lists
 * stay exact without it; the host tests of the buddy allocator keep it off.
 */
void page_alloc_pcp_enable(unsigned int max);
#define PAGE_ALLOC_PCP_PAGES 256 /* what the kernel caches per zone and CPU */
/*
 * Return every CPU's cached pages to the buddy free lists (each CPU its
 * own, through an IPI: not with a spinlock held that another CPU takes
 * with interrupts off).
 */
void page_alloc_drain_pcp(void);

extern struct zone zones[MAX_NR_ZONES];
extern struct page *mem_map; /* mem_map[pfn], pfn < max_pfn */
/* One past the highest RAM pfn; one past the highest lowmem pfn. */
extern unsigned long max_pfn, max_low_pfn;
/* Bad frees reported (and ignored) so far; tests read it. */
extern unsigned long page_alloc_warnings;

static inline bool pfn_valid(unsigned long pfn)
{
	return pfn < max_pfn;
}

static inline struct page *pfn_to_page(unsigned long pfn)
{
	return mem_map + pfn;
}

static inline unsigned long page_to_pfn(const struct page *page)
{
	return (unsigned long)(page - mem_map);
}

static inline phys_addr_t page_to_phys(const struct page *page)
{
	return PFN_PHYS(page_to_pfn(page));
}

static inline struct zone *page_zone(const struct page *page)
{
	return &zones[PageHighMem(page) ? ZONE_HIGHMEM : ZONE_NORMAL];
}

/* Direct-map address of a lowmem page; NULL for highmem (kmap it). */
static inline void *page_address(const struct page *page)
{
	if (PageHighMem(page))
		return NULL;
	return __va(page_to_phys(page));
}

/* The page of a direct-map address (lowmem only; not checked). */
static inline struct page *virt_to_page(const void *addr)
{
	return pfn_to_page(PFN_DOWN(__pa(addr)));
}

/*
 * Take over from memblock, which must be complete (every reserve made):
 * allocate mem_map in lowmem through memblock, mark every frame reserved,
 * then free each page of memblock's free ranges into the buddy lists.
 * memblock is retired afterwards (memblock_alloc() panics).
 */
void page_alloc_init(void);

/*
 * 2^order physically contiguous pages, or NULL if none are free or
 * order > MAX_ORDER. GFP_KERNEL: lowmem only. __GFP_HIGHMEM: highmem
 * first, then lowmem. __GFP_ZERO: zeroed.
 */
struct page *alloc_pages(gfp_t gfp, unsigned int order);

static inline struct page *alloc_page(gfp_t gfp)
{
	return alloc_pages(gfp, 0);
}

/*
 * Give back a block from alloc_pages() with the order it was allocated
 * with. A bad free (twice, reserved, never allocated, a tail page, another
 * order) prints one warning naming the pfn and the caller, counts it in
 * page_alloc_warnings and changes nothing.
 */
void __free_pages(struct page *page, unsigned int order);
void __free_page(struct page *page);

/*
 * Lowmem pages by their direct-map address (0 on failure); __GFP_HIGHMEM
 * is ignored, as in Linux. free_pages(0, order) does nothing.
 */
unsigned long __get_free_pages(gfp_t gfp, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp);
void free_pages(unsigned long addr, unsigned int order);
void free_page(unsigned long addr);

/* Free pages in all zones, in highmem, and all pages the allocator manages. */
unsigned long nr_free_pages(void);
unsigned long nr_free_highpages(void);
unsigned long totalram_pages(void);

/* The boot table: mem_map, then per zone its pfn range, total and free. */
void page_alloc_print(void);

/*
 * Check the free lists against the flags and counters (every block on the
 * right list, aligned, inside its zone, its tail pages clean; list lengths
 * equal nr_free; zone totals add up). Prints each problem found (up to a
 * few) and returns how many there were. For tests: O(free pages).
 */
unsigned long page_alloc_verify(void);

#endif
