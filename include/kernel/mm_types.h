/* SPDX-License-Identifier: MIT */
/*
 * struct page: one per physical page frame, in mem_map[] indexed by pfn
 * (include/kernel/page_alloc.h). There is one for every frame up to the
 * highest RAM address, so it is kept small: 20 bytes on 32-bit (6 GiB of
 * RAM is 1.5 M frames, 30 MiB of lowmem), 32 on 64-bit.
 */
#ifndef KERNEL_MM_TYPES_H
#define KERNEL_MM_TYPES_H

#include <kernel/list.h>
#include <kernel/types.h>

/* Bit numbers in page->flags. */
enum pageflags {
	PG_reserved, /* not RAM, or RAM the allocator never hands out */
	PG_buddy,    /* head of a free block, on a free list */
	PG_head,     /* head of an allocated block */
	PG_highmem, /* above max_low_pfn: no direct-map address; never changes */
	PG_slab,    /* a kmalloc page: size class in the SLAB_CLASS bits */
	PG_pcp,	    /* a free order-0 page in its zone's page cache */
	PG_pgtable, /* a page-table page, as the checking paravirt backend knows it */
	PG_kpgd_origin, /* a process PGD: private is its kpgd_origin map */
};

/* A kmalloc page keeps its size class here, and refcount - 1 objects in use. */
#define SLAB_CLASS_SHIFT 16
#define SLAB_CLASS_MASK (0xffUL << SLAB_CLASS_SHIFT)

struct page {
	unsigned long flags; /* 1 << PG_* */
	int refcount;	     /* 0 when free; 1 for an allocated block's head */
	unsigned int order;  /* of the block, if PG_buddy or PG_head */
	/*
	 * A free block's link in its free list. The head of an allocated
	 * block lends it to its owner (to keep its own list of pages, or a
	 * pointer: a process PGD's origin map, mm/kpgd_origin.c).
	 */
	union {
		struct list_head lru;
		void *private;
	};
};

static inline bool page_flag(const struct page *page, enum pageflags bit)
{
	return page->flags & (1UL << bit);
}

static inline void set_page_flag(struct page *page, enum pageflags bit)
{
	page->flags |= 1UL << bit;
}

static inline void clear_page_flag(struct page *page, enum pageflags bit)
{
	page->flags &= ~(1UL << bit);
}

static inline bool PageReserved(const struct page *page)
{
	return page_flag(page, PG_reserved);
}

static inline bool PageBuddy(const struct page *page)
{
	return page_flag(page, PG_buddy);
}

static inline bool PageHead(const struct page *page)
{
	return page_flag(page, PG_head);
}

static inline bool PageSlab(const struct page *page)
{
	return page_flag(page, PG_slab);
}

static inline bool PageHighMem(const struct page *page)
{
	return page_flag(page, PG_highmem);
}

#endif
