/* SPDX-License-Identifier: MIT */
/*
 * memblock: the boot-time physical memory allocator, used before the buddy
 * allocator exists (for mem_map and the first page tables).
 *
 * It keeps two sorted tables of page-aligned [start, end) ranges: usable
 * RAM (from the sanitised memory map) and reserved memory (the first MiB,
 * the kernel image, the boot loader's data, and everything memblock_alloc()
 * handed out). The free ranges are RAM minus reserved. Fixed-size tables,
 * no allocation of its own, no locking (the boot CPU, interrupts off).
 *
 *	memblock_init(&boot_info.mem);
 *	memblock_reserve(0, 1 MiB);                  kernel image, modules...
 *	pa = memblock_alloc(size, PAGE_SIZE, limit); caller zeroes via __va()
 *	page_alloc_init();                           retires memblock
 */
#ifndef KERNEL_MEMBLOCK_H
#define KERNEL_MEMBLOCK_H

#include <kernel/memmap.h>
#include <kernel/types.h>

/* Ranges per table: RAM ranges come from a memmap of MEMMAP_MAX entries. */
#define MEMBLOCK_MAX_REGIONS 128

struct memblock_region {
	phys_addr_t start;
	phys_addr_t end; /* exclusive; both page-aligned */
};

struct memblock_type {
	unsigned int cnt;
	struct memblock_region regions[MEMBLOCK_MAX_REGIONS];
};

struct memblock {
	struct memblock_type memory;   /* usable RAM */
	struct memblock_type reserved; /* never handed out */
	bool retired;		       /* page_alloc_init() took over */
};

extern struct memblock memblock;

/*
 * Start over with the usable RAM of the sanitised map m, each range
 * shrunk to whole pages. RAM at or above the highest address this mode
 * can map (PHYS_ADDR_LIMIT, and what a pfn in an unsigned long can name)
 * is ignored, with one boot message saying how much. Page 0 is reserved
 * from the start, so 0 can mean failure (the caller reserves the whole
 * first MiB anyway).
 */
void memblock_init(const struct memmap *m);

/*
 * Never hand out [start, end): widened to whole pages, merged with the
 * reserves it overlaps or touches. An empty or inverted range is ignored.
 * Panics if the table is full (a lost reserve could hand out the kernel).
 */
void memblock_reserve(phys_addr_t start, phys_addr_t end);

/*
 * Lowest-address free range of size bytes (rounded up to whole pages),
 * aligned to align (a power of two; less than a page means a page),
 * ending at or below limit. The range becomes reserved. Returns its
 * physical address, or 0 if nothing fits (page 0 is never handed out).
 * The memory is NOT zeroed: only the caller knows it is mapped. Panics
 * once page_alloc_init() has retired memblock.
 */
phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align,
			   phys_addr_t limit);

/*
 * The next free range (RAM minus reserved) at or above *pos, in address
 * order: sets *start and *end, moves *pos past it and returns true; false
 * when there are no more. Start with *pos = 0.
 */
bool memblock_next_free_range(phys_addr_t *pos, phys_addr_t *start,
			      phys_addr_t *end);

#define for_each_free_mem_range(pos, start, end) \
	for ((pos) = 0; memblock_next_free_range(&(pos), &(start), &(end));)

/* True if pa lies in usable RAM / in a reserved range. */
bool memblock_is_memory(phys_addr_t pa);
bool memblock_is_reserved(phys_addr_t pa);

/* One past the highest usable pfn (0 without RAM). */
unsigned long memblock_end_pfn(void);

/* Bytes of usable RAM, and of free (usable, unreserved) memory. */
phys_addr_t memblock_phys_mem_size(void);
phys_addr_t memblock_free_mem_size(void);

/* From now on memblock_alloc() and memblock_reserve() panic. */
void memblock_retire(void);

/* One printk line per RAM and per reserved range. */
void memblock_print(void);

#endif
