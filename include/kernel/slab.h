/* SPDX-License-Identifier: MIT */
/*
 * kmalloc: small kernel objects, from power-of-two size classes of 16 to
 * 2048 bytes carved out of lowmem pages; larger requests take whole pages.
 * Objects are aligned to their class size (to the page above 2048).
 * Safe from any context, interrupt handlers included (each class has its
 * own lock, taken with interrupts off: mm/slab.c).
 */
#ifndef KERNEL_SLAB_H
#define KERNEL_SLAB_H

#include <kernel/gfp.h>
#include <kernel/types.h>

#define KMALLOC_MIN_SIZE 16
#define KMALLOC_MAX_CACHE_SIZE 2048

/* NULL for size 0 or when out of memory; __GFP_ZERO zeroes. */
void *kmalloc(size_t size, gfp_t gfp);
void kfree(const void *p); /* kfree(NULL) is a no-op */

static inline void *kzalloc(size_t size, gfp_t gfp)
{
	return kmalloc(size, gfp | __GFP_ZERO);
}

/* n * size bytes, or NULL if that overflows. */
static inline void *kmalloc_array(size_t n, size_t size, gfp_t gfp)
{
	if (size && n > (size_t)-1 / size)
		return NULL;
	return kmalloc(n * size, gfp);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t gfp)
{
	return kmalloc_array(n, size, gfp | __GFP_ZERO);
}

/* Give the pages of empty size classes back to the page allocator. */
void kmem_shrink(void);

/* Pages kmalloc holds for its size classes (empty ones included until kmem_shrink). */
unsigned long kmem_pages(void);

/* Live objects of the size classes (leak checks; larger ones are pages). */
unsigned long kmem_objects(void);

#endif
