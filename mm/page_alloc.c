// SPDX-License-Identifier: MIT
/*
 * The buddy allocator (include/kernel/page_alloc.h).
 *
 * Every frame has a struct page in mem_map[]. A free block of order n is
 * described by its first page only: PG_buddy, order n, linked into its
 * zone's free_area[n]; the other 2^n - 1 pages have none of PG_buddy,
 * PG_head or PG_reserved. An allocated block likewise: PG_head, order n,
 * refcount 1 on its first page, nothing on the rest. The buddy of the
 * order-n block at pfn is the one at pfn ^ 2^n; freeing merges with it
 * while it is a free block of the same order in the same zone, so every
 * step of alloc and free is O(1) per order.
 *
 * 32-bit vs 64-bit differ only through MAXMEM (how much RAM the direct
 * map covers) and PHYS_ADDR_LIMIT (what memblock keeps); no #ifdef here.
 */
#include <stdarg.h>

#include <asm/page.h>
#include <kernel/compiler.h>
#include <kernel/fault_inject.h>
#include <kernel/highmem.h>
#include <kernel/ksyms.h>
#include <kernel/memblock.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#ifdef __KERNEL__
#include <kernel/smp.h>
#endif
#include <kernel/string.h>

struct zone zones[MAX_NR_ZONES] = {
	[ZONE_NORMAL] = { .name = "Normal",
			  .lock = __SPIN_LOCK_UNLOCKED(
				  zones[ZONE_NORMAL].lock) },
	[ZONE_HIGHMEM] = { .name = "HighMem",
			   .lock = __SPIN_LOCK_UNLOCKED(
				   zones[ZONE_HIGHMEM].lock) },
};
struct page *mem_map;
unsigned long max_pfn, max_low_pfn;
unsigned long page_alloc_warnings;
static bool page_alloc_ready;

/* Problems page_alloc_verify() prints before it only counts. */
#define VERIFY_PRINT_MAX 8

/* ---- free lists ------------------------------------------------------ */

/* Put the block at page on its free list as a free block of order. */
static void buddy_add(struct zone *zone, struct page *page, unsigned int order)
{
	struct free_area *area = &zone->free_area[order];

	set_page_flag(page, PG_buddy);
	page->order = order;
	list_add(&page->lru, &area->free_list);
	area->nr_free++;
}

/* Take the free block at page (of order) off its free list. */
static void buddy_del(struct zone *zone, struct page *page, unsigned int order)
{
	list_del(&page->lru);
	clear_page_flag(page, PG_buddy);
	page->order = 0;
	zone->free_area[order].nr_free--;
}

/* True if buddy heads a free block of order in page's zone. */
static bool buddy_is_free(const struct page *page, const struct page *buddy,
			  unsigned int order)
{
	return PageBuddy(buddy) && buddy->order == order &&
	       PageHighMem(buddy) == PageHighMem(page);
}

/*
 * The block at page, of order high, was taken off its list to serve an
 * order-low request: put its upper halves back, largest first, keeping the
 * lowest 2^low pages.
 */
static void buddy_split(struct zone *zone, struct page *page, unsigned int low,
			unsigned int high)
{
	while (high > low) {
		high--;
		buddy_add(zone, page + (1UL << high), high);
	}
}

/* Free the order-n block at pfn into zone, merging with free buddies. */
static void buddy_merge(struct zone *zone, unsigned long pfn,
			unsigned int order)
{
	struct page *page = pfn_to_page(pfn);

	zone->free_pages += 1UL << order;
	while (order < MAX_ORDER) {
		unsigned long buddy_pfn = pfn ^ (1UL << order);
		struct page *buddy;

		if (!pfn_valid(buddy_pfn))
			break;
		buddy = pfn_to_page(buddy_pfn);
		if (!buddy_is_free(page, buddy, order))
			break;
		buddy_del(zone, buddy, order);
		pfn &= buddy_pfn;
		order++;
	}
	buddy_add(zone, pfn_to_page(pfn), order);
}

/* ---- the order-0 page cache -------------------------------------------- */

static unsigned int pcp_max;

void page_alloc_pcp_enable(unsigned int max)
{
	pcp_max = max;
	if (!max)
		page_alloc_drain_pcp();
}

static bool page_free_ok(const struct page *page, unsigned int order, char *why,
			 size_t size);

/* This CPU's cache in zone; interrupts must be off while it is used. */
static struct per_cpu_pages *this_pcp(struct zone *zone)
{
#ifdef __KERNEL__
	return &zone->pcp[smp_processor_id()];
#else
	return &zone->pcp[0]; /* host tests: one thread */
#endif
}

unsigned long zone_free_pages(const struct zone *zone)
{
	unsigned long n = READ_ONCE(zone->free_pages);

	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++)
		n += READ_ONCE(zone->pcp[cpu].count);
	return n;
}

/* Under zone->lock: the cache of cpu back to the free lists. */
static void pcp_drain_cpu(struct zone *zone, unsigned int cpu)
{
	struct per_cpu_pages *pcp = &zone->pcp[cpu];

	while (pcp->count) {
		struct page *page =
			list_first_entry(&pcp->list, struct page, lru);

		list_del(&page->lru);
		pcp->count--;
		clear_page_flag(page, PG_pcp);
		buddy_merge(zone, page_to_pfn(page), 0);
	}
}

/* This CPU's caches back to the free lists (also as a call-function). */
static void pcp_drain_this_cpu(void *unused __unused)
{
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		unsigned long flags;

		spin_lock_irqsave(&zones[z].lock, flags);
#ifdef __KERNEL__
		pcp_drain_cpu(&zones[z], smp_processor_id());
#else
		pcp_drain_cpu(&zones[z], 0);
#endif
		spin_unlock_irqrestore(&zones[z].lock, flags);
	}
}

void page_alloc_drain_pcp(void)
{
	/* Each CPU empties its own caches: no one else may touch them. */
#ifdef __KERNEL__
	if (num_online_cpus() > 1)
		on_each_cpu(pcp_drain_this_cpu, NULL, true);
	else
#endif
		pcp_drain_this_cpu(NULL);
}

/* A page from this CPU's cache in zone, with no lock; NULL if empty. */
static struct page *zone_pcp_alloc(struct zone *zone)
{
	struct per_cpu_pages *pcp;
	struct page *page = NULL;
	unsigned long flags;

	local_lock_irqsave(flags);
	pcp = this_pcp(zone);
	if (pcp->count) {
		page = list_first_entry(&pcp->list, struct page, lru);
		list_del(&page->lru);
		pcp->count--;
		clear_page_flag(page, PG_pcp);
	}
	local_unlock_irqrestore(flags);
	return page;
}

/*
 * Free an order-0 page into this CPU's cache: 1 if done, 0 if the cache
 * is full (or off), -1 if it is a bad free (why says what).
 */
static int pcp_free_checked(struct zone *zone, struct page *page, char *why,
			    size_t size)
{
	struct per_cpu_pages *pcp;
	unsigned long flags;
	int ret = 0;

	local_lock_irqsave(flags);
	pcp = this_pcp(zone);
	if (!page_free_ok(page, 0, why, size)) {
		ret = -1;
	} else if (pcp->count < pcp_max) {
		clear_page_flag(page, PG_head);
		page->refcount = 0;
		set_page_flag(page, PG_pcp);
		list_add(&page->lru, &pcp->list);
		pcp->count++;
		ret = 1;
	}
	local_unlock_irqrestore(flags);
	return ret;
}

/* The first free block of at least order in zone, split to order; or NULL. */
static struct page *buddy_alloc(struct zone *zone, unsigned int order)
{
	for (unsigned int o = order; o <= MAX_ORDER; o++) {
		struct free_area *area = &zone->free_area[o];
		struct page *page;

		if (list_empty(&area->free_list))
			continue;
		page = list_first_entry(&area->free_list, struct page, lru);
		buddy_del(zone, page, o);
		buddy_split(zone, page, order, o);
		zone->free_pages -= 1UL << order;
		return page;
	}
	return NULL;
}

/* ---- boot: taking over from memblock -------------------------------- */

/*
 * Hand the reserved frames [start, end) of one zone to the allocator as
 * the largest aligned blocks that fit.
 */
static void page_alloc_free_range(unsigned long start, unsigned long end)
{
	while (start < end) {
		unsigned int order = MAX_ORDER;
		struct zone *zone;

		while (order && ((start & ((1UL << order) - 1)) ||
				 end - start < (1UL << order)))
			order--;
		for (unsigned long i = 0; i < (1UL << order); i++) {
			struct page *page = pfn_to_page(start + i);

			clear_page_flag(page, PG_reserved);
			page->refcount = 0;
		}
		zone = page_zone(pfn_to_page(start));
		zone->managed_pages += 1UL << order;
		buddy_merge(zone, start, order);
		start += 1UL << order;
	}
}

/*
 * Most frames mem_map may describe: its struct pages may take at most
 * half of lowmem. Far above any real 32-bit machine (about 100 times
 * lowmem), it only stops a hostile memory map from eating lowmem whole.
 */
static unsigned long page_alloc_frames_limit(void)
{
	return (unsigned long)(PFN_PHYS(max_low_pfn) / 2 / sizeof(struct page));
}

/* Set up both zones, empty, for [0, max_low_pfn) and [max_low_pfn, max_pfn). */
static void page_alloc_init_zones(void)
{
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		struct zone *zone = &zones[z];

		zone->start_pfn = z == ZONE_NORMAL ? 0 : max_low_pfn;
		zone->end_pfn = z == ZONE_NORMAL ? max_low_pfn : max_pfn;
		zone->managed_pages = 0;
		zone->free_pages = 0;
		for (unsigned int o = 0; o <= MAX_ORDER; o++) {
			INIT_LIST_HEAD(&zone->free_area[o].free_list);
			zone->free_area[o].nr_free = 0;
		}
		for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
			INIT_LIST_HEAD(&zone->pcp[cpu].list);
			zone->pcp[cpu].count = 0;
		}
	}
}

/* Take over from memblock; see the header. */
void page_alloc_init(void)
{
	phys_addr_t pos, start, end, map_pa, map_size;
	unsigned long pfn, limit;

	max_pfn = memblock_end_pfn();
	max_low_pfn = min(max_pfn, (unsigned long)(MAXMEM >> PAGE_SHIFT));
	if (!max_low_pfn)
		panic("page_alloc_init: no usable RAM (memblock empty)");
	limit = page_alloc_frames_limit();
	if (max_pfn > limit) {
		printk("page_alloc: ignoring RAM above pfn 0x%lx: mem_map would take more than half of lowmem\n",
		       limit);
		max_pfn = limit;
	}

	map_size = (phys_addr_t)max_pfn * sizeof(struct page);
	map_pa = memblock_alloc(map_size, PAGE_SIZE, PFN_PHYS(max_low_pfn));
	if (!map_pa)
		panic("page_alloc_init: no lowmem for mem_map (%llu KiB)",
		      (unsigned long long)(map_size >> 10));
	mem_map = __va(map_pa);
	memset(mem_map, 0, map_size);
	for (pfn = 0; pfn < max_pfn; pfn++) {
		struct page *page = pfn_to_page(pfn);

		set_page_flag(page, PG_reserved);
		if (pfn >= max_low_pfn)
			set_page_flag(page, PG_highmem);
		page->refcount = 1;
	}

	page_alloc_init_zones();
	for_each_free_mem_range (pos, start, end) {
		unsigned long s = PFN_UP(start);
		unsigned long e = (unsigned long)min(PFN_DOWN(end), max_pfn);

		if (s < max_low_pfn && e > max_low_pfn) {
			page_alloc_free_range(s, max_low_pfn);
			s = max_low_pfn;
		}
		page_alloc_free_range(s, e);
	}
	memblock_retire();
	page_alloc_ready = true;
}

/* ---- allocation ------------------------------------------------------ */

/* Zero the 2^order pages of a fresh block. */
static void page_alloc_zero(struct page *page, unsigned int order)
{
	for (unsigned long i = 0; i < (1UL << order); i++) {
		if (PageHighMem(page))
			clear_highpage(page + i);
		else
			clear_page(page_address(page + i));
	}
}

/* From zone's free lists, under its lock; NULL if nothing is big enough. */
static struct page *zone_buddy_alloc(struct zone *zone, unsigned int order)
{
	unsigned long flags;
	struct page *page;

	/* An empty zone (highmem on x86_64) costs one test, not a lock. */
	if (!READ_ONCE(zone->free_pages))
		return NULL;
	spin_lock_irqsave(&zone->lock, flags);
	page = buddy_alloc(zone, order);
	spin_unlock_irqrestore(&zone->lock, flags);
	return page;
}

/* 2^order contiguous pages; see the header. */
struct page *alloc_pages(gfp_t gfp, unsigned int order)
{
	struct page *page = NULL;

	if (order > MAX_ORDER)
		return NULL;
	if (!page_alloc_ready)
		panic("alloc_pages: called before page_alloc_init()");
	if (should_fail_alloc_page(gfp, order, __builtin_return_address(0)))
		return NULL;
	/* No highmem at all (x86_64, small RAM): not even a look. */
	if (!zones[ZONE_HIGHMEM].managed_pages)
		gfp &= ~__GFP_HIGHMEM;
	/* Highmem first when allowed (the cache, then the lists), as Linux. */
	if (!order && (gfp & __GFP_HIGHMEM))
		page = zone_pcp_alloc(&zones[ZONE_HIGHMEM]);
	if (!page && (gfp & __GFP_HIGHMEM))
		page = zone_buddy_alloc(&zones[ZONE_HIGHMEM], order);
	if (!page && !order)
		page = zone_pcp_alloc(&zones[ZONE_NORMAL]);
	if (!page)
		page = zone_buddy_alloc(&zones[ZONE_NORMAL], order);
	if (!page && pcp_max) {
		/* Cached singles may merge into what was asked for. */
		page_alloc_drain_pcp();
		if (gfp & __GFP_HIGHMEM)
			page = zone_buddy_alloc(&zones[ZONE_HIGHMEM], order);
		if (!page)
			page = zone_buddy_alloc(&zones[ZONE_NORMAL], order);
	}
	if (!page)
		return NULL;
	set_page_flag(page, PG_head);
	page->order = order;
	page->refcount = 1;
	INIT_LIST_HEAD(&page->lru);
	if (gfp & __GFP_ZERO)
		page_alloc_zero(page, order);
	return page;
}

/* Lowmem pages by direct-map address; see the header. */
unsigned long __get_free_pages(gfp_t gfp, unsigned int order)
{
	struct page *page = alloc_pages(gfp & ~__GFP_HIGHMEM, order);

	return page ? (unsigned long)page_address(page) : 0;
}

/* One zeroed lowmem page by direct-map address, or 0. */
unsigned long get_zeroed_page(gfp_t gfp)
{
	return __get_free_pages(gfp | __GFP_ZERO, 0);
}

/* ---- freeing --------------------------------------------------------- */

/* True if page points at an element of mem_map[0..max_pfn). */
static bool page_in_mem_map(const struct page *page)
{
	uintptr_t off = (uintptr_t)page - (uintptr_t)mem_map;

	return mem_map && off < max_pfn * sizeof(struct page) &&
	       off % sizeof(struct page) == 0;
}

/*
 * Why page (not a block head) cannot be freed: the block containing it,
 * found by trying each larger alignment (error path only).
 */
static void page_free_tail_reason(const struct page *page, char *why,
				  size_t size)
{
	unsigned long pfn = page_to_pfn(page);

	for (unsigned int o = 1; o <= MAX_ORDER; o++) {
		unsigned long head_pfn = pfn & ~((1UL << o) - 1);
		const struct page *head = pfn_to_page(head_pfn);

		if (PageHead(head) && head->order >= o) {
			snprintf(why, size,
				 "tail page of the order-%u block at pfn 0x%lx",
				 head->order, head_pfn);
			return;
		}
		if (PageBuddy(head) && head->order >= o) {
			snprintf(
				why, size,
				"inside the free order-%u block at pfn 0x%lx (double free?)",
				head->order, head_pfn);
			return;
		}
	}
	snprintf(why, size, "page was never allocated");
}

/*
 * Check that (page, order) is a block alloc_pages() handed out. Returns
 * true if so; otherwise writes the reason into why.
 */
static bool page_free_ok(const struct page *page, unsigned int order, char *why,
			 size_t size)
{
	if (order > MAX_ORDER)
		snprintf(why, size, "order above MAX_ORDER (%d)", MAX_ORDER);
	else if (PageReserved(page))
		snprintf(why, size, "reserved page");
	else if (PageBuddy(page) || page_flag(page, PG_pcp))
		snprintf(why, size, "page is already free (double free?)");
	else if (!PageHead(page))
		page_free_tail_reason(page, why, size);
	else if (page->order != order)
		snprintf(why, size, "block was allocated with order %u",
			 page->order);
	else if (page->refcount != 1)
		snprintf(why, size, "refcount %d, expected 1", page->refcount);
	else
		return true;
	return false;
}

/* Report a rejected free: one line, and count it. */
static void page_free_warn(const struct page *page, unsigned int order,
			   const char *why, void *caller)
{
	char sym[96];

	ksym_format_ret((unsigned long)caller, sym, sizeof(sym));
	page_alloc_warnings++;
	if (!page_in_mem_map(page)) {
		pr_warn("page_alloc: bad free of struct page %p (order %u) from %s: %s\n",
			(const void *)page, order, sym, why);
		return;
	}
	pr_warn("page_alloc: bad free of pfn 0x%lx (phys 0x%llx, order %u) from %s: %s\n",
		page_to_pfn(page), (unsigned long long)page_to_phys(page),
		order, sym, why);
}

/* Free (page, order) on behalf of caller, or warn and change nothing. */
static void page_free_caller(struct page *page, unsigned int order,
			     void *caller)
{
	struct zone *zone;
	unsigned long flags;
	char why[96];

	if (!page_in_mem_map(page)) {
		page_free_warn(page, order, "not a struct page in mem_map",
			       caller);
		return;
	}
	zone = page_zone(page);
	if (!order && pcp_max) {
		int done = pcp_free_checked(zone, page, why, sizeof(why));

		if (done > 0)
			return;
		if (done < 0) {
			page_free_warn(page, order, why, caller);
			return;
		}
	}
	/* Checked under the lock: a racing double free sees the first. */
	spin_lock_irqsave(&zone->lock, flags);
	if (!page_free_ok(page, order, why, sizeof(why))) {
		spin_unlock_irqrestore(&zone->lock, flags);
		page_free_warn(page, order, why, caller);
		return;
	}
	clear_page_flag(page, PG_head);
	page->order = 0;
	page->refcount = 0;
	buddy_merge(zone, page_to_pfn(page), order);
	spin_unlock_irqrestore(&zone->lock, flags);
}

/* Give back a block; see the header. */
void __free_pages(struct page *page, unsigned int order)
{
	page_free_caller(page, order, __builtin_return_address(0));
}

/* Give back an order-0 block. */
void __free_page(struct page *page)
{
	page_free_caller(page, 0, __builtin_return_address(0));
}

/* addr's page if addr is a page-aligned lowmem direct-map address, else NULL. */
static struct page *page_alloc_virt_to_page(unsigned long addr)
{
	phys_addr_t pa = __pa((const void *)addr);

	if (!IS_ALIGNED(addr, PAGE_SIZE) || pa >= PFN_PHYS(max_low_pfn) ||
	    (unsigned long)__va(pa) != addr)
		return NULL;
	return virt_to_page((const void *)addr);
}

/* Free by address, on behalf of caller. */
static void page_free_addr(unsigned long addr, unsigned int order, void *caller)
{
	struct page *page;
	char sym[96];

	if (!addr)
		return;
	page = page_alloc_virt_to_page(addr);
	if (page) {
		page_free_caller(page, order, caller);
		return;
	}
	page_alloc_warnings++;
	pr_warn("page_alloc: bad free of address 0x%lx (order %u) from %s: not a page in the direct map of lowmem\n",
		addr, order,
		ksym_format_ret((unsigned long)caller, sym, sizeof(sym)));
}

/* Give back __get_free_pages() memory; see the header. */
void free_pages(unsigned long addr, unsigned int order)
{
	page_free_addr(addr, order, __builtin_return_address(0));
}

/* Give back one page from __get_free_pages() or get_zeroed_page(). */
void free_page(unsigned long addr)
{
	page_free_addr(addr, 0, __builtin_return_address(0));
}

/* ---- statistics ------------------------------------------------------ */

/* Free pages in every zone. */
unsigned long nr_free_pages(void)
{
	return zone_free_pages(&zones[ZONE_NORMAL]) +
	       zone_free_pages(&zones[ZONE_HIGHMEM]);
}

/* Free pages in highmem. */
unsigned long nr_free_highpages(void)
{
	return zone_free_pages(&zones[ZONE_HIGHMEM]);
}

/* Pages handed to the allocator at boot, free or not. */
unsigned long totalram_pages(void)
{
	return zones[ZONE_NORMAL].managed_pages +
	       zones[ZONE_HIGHMEM].managed_pages;
}

/* "127.5 MiB" for a number of pages. */
static const char *page_alloc_size(char *buf, size_t size, unsigned long pages)
{
	return memmap_format_size(buf, size, PFN_PHYS(pages));
}

/* The boot table; see the header. */
void page_alloc_print(void)
{
	char a[16], b[16];

	printk("page_alloc: mem_map at phys 0x%llx, %lu frames of %u bytes (%s)\n",
	       (unsigned long long)__pa(mem_map), max_pfn,
	       (unsigned int)sizeof(struct page),
	       memmap_format_size(a, sizeof(a),
				  (phys_addr_t)max_pfn * sizeof(struct page)));
	printk("page_alloc: %-8s %-21s %10s %10s\n", "zone", "pfn range",
	       "total", "free");
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		const struct zone *zone = &zones[z];

		if (zone->start_pfn == zone->end_pfn)
			continue;
		printk("page_alloc: %-8s 0x%08lx-0x%08lx %10s %10s\n",
		       zone->name, zone->start_pfn, zone->end_pfn - 1,
		       page_alloc_size(a, sizeof(a), zone->managed_pages),
		       page_alloc_size(b, sizeof(b), zone_free_pages(zone)));
	}
}

/* ---- consistency check (tests) -------------------------------------- */

/* Count one problem, printing the first few. */
static __printf(2, 3) void verify_fail(unsigned long *errors, const char *fmt,
				       ...)
{
	char buf[160];
	va_list ap;

	if ((*errors)++ >= VERIFY_PRINT_MAX)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk("page_alloc_verify: %s\n", buf);
}

/* Check one free block: its head and tail pages, and where it lies. */
static void verify_block(unsigned long *errors, const struct zone *zone,
			 const struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page), n = 1UL << order;

	if (!page_in_mem_map(page)) {
		verify_fail(errors, "%s order %u: %p is not in mem_map",
			    zone->name, order, (const void *)page);
		return;
	}
	if (!PageBuddy(page) || page->order != order || PageReserved(page) ||
	    PageHead(page))
		verify_fail(errors,
			    "%s order %u: pfn 0x%lx has flags 0x%lx order %u",
			    zone->name, order, pfn, page->flags, page->order);
	if (pfn & (n - 1) || pfn < zone->start_pfn || pfn > zone->end_pfn ||
	    zone->end_pfn - pfn < n)
		verify_fail(errors, "%s order %u: pfn 0x%lx misplaced",
			    zone->name, order, pfn);
	for (unsigned long i = 1; i < n && pfn + i < max_pfn; i++) {
		const struct page *tail = page + i;

		if (tail->flags & ~(1UL << PG_highmem) || tail->refcount)
			verify_fail(
				errors,
				"%s order %u: tail pfn 0x%lx has flags 0x%lx refcount %d",
				zone->name, order, pfn + i, tail->flags,
				tail->refcount);
	}
}

/* Check the free lists against flags and counters; see the header. */
unsigned long page_alloc_verify(void)
{
	unsigned long errors = 0;

	if (!page_alloc_ready)
		return 0;
	for (int z = 0; z < MAX_NR_ZONES; z++) {
		struct zone *zone = &zones[z];
		unsigned long total = 0, flags;

		spin_lock_irqsave(&zone->lock, flags);
		for (unsigned int o = 0; o <= MAX_ORDER; o++) {
			const struct free_area *area = &zone->free_area[o];
			const struct page *page;
			unsigned long count = 0;

			list_for_each_entry (page, &area->free_list, lru) {
				verify_block(&errors, zone, page, o);
				if (++count > max_pfn)
					break; /* a cycle */
			}
			if (count != area->nr_free)
				verify_fail(
					&errors,
					"%s order %u: %lu blocks listed, nr_free %lu",
					zone->name, o, count, area->nr_free);
			total += count << o;
		}
		if (total != zone->free_pages)
			verify_fail(
				&errors,
				"%s: %lu pages on the lists, free_pages %lu",
				zone->name, total, zone->free_pages);
		spin_unlock_irqrestore(&zone->lock, flags);
	}
	return errors;
}
