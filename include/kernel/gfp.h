/* SPDX-License-Identifier: MIT */
/*
 * GFP flags: what an allocation of pages may get (include/kernel/page_alloc.h).
 * The names and meanings are Linux's; only the few this kernel needs exist.
 */
#ifndef KERNEL_GFP_H
#define KERNEL_GFP_H

typedef unsigned int gfp_t;

#define __GFP_HIGHMEM 0x02u /* may come from highmem (tried first) */
#define __GFP_ZERO 0x100u   /* return the pages zeroed */

/*
 * Kernel memory: lowmem only, so the pages have a direct-map address
 * (page_address() is never NULL).
 */
#define GFP_KERNEL 0u
/* Pages only ever mapped on purpose (kmap, vmalloc, user): highmem first. */
#define GFP_HIGHUSER (GFP_KERNEL | __GFP_HIGHMEM)

#endif
