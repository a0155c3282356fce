/* SPDX-License-Identifier: MIT */
/*
 * Host fake of arch/x86/include/asm/page.h for the unit tests of mm/:
 * the same names, over a simulated physical memory.
 *
 * Physical address pa lives at host_phys_base + pa, a buffer the test maps
 * (mmap with MAP_NORESERVE, so only what is touched costs memory). MAXMEM
 * (the direct map's reach, hence the lowmem/highmem split) and
 * PHYS_ADDR_LIMIT (what the paging mode can address) are variables, so
 * one test binary can play i386 (small MAXMEM, 4 GiB limit) and x86_64
 * (MAXMEM past all RAM). __va() works for highmem too here, which the
 * kernel's does not: code under test must not rely on that (page_address()
 * returns NULL for highmem regardless).
 *
 * The test defines the three variables.
 */
#ifndef ASM_PAGE_H
#define ASM_PAGE_H

#include <stdint.h>

#include <kernel/types.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

extern unsigned char *host_phys_base;	 /* physical address 0 */
extern unsigned long host_maxmem;	 /* bytes of lowmem at most */
extern phys_addr_t host_phys_addr_limit; /* one past the top address */

#define MAXMEM host_maxmem
#define PHYS_ADDR_LIMIT host_phys_addr_limit

/* arch/x86/lib/string.c's: a test whose code under test calls them defines them. */
void clear_page(void *page);
void copy_page(void *to, const void *from);

#define PFN_UP(x) ((unsigned long)(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT))
#define PFN_DOWN(x) ((unsigned long)((x) >> PAGE_SHIFT))
#define PFN_PHYS(pfn) ((phys_addr_t)(pfn) << PAGE_SHIFT)

/* Simulated direct-map address of physical address pa. */
static inline void *__va(phys_addr_t pa)
{
	return (void *)((uintptr_t)host_phys_base + (uintptr_t)pa);
}

/* Physical address of a pointer into the simulated memory. */
static inline phys_addr_t __pa(const void *va)
{
	return (phys_addr_t)((uintptr_t)va - (uintptr_t)host_phys_base);
}

#endif
