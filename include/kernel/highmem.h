/* SPDX-License-Identifier: MIT */
/*
 * Temporary kernel mappings of pages that may lie outside the direct map
 * (i386 and PAE highmem). A lowmem page needs none: its direct-map address
 * is returned. Mappings nest (at most KMAP_SLOTS deep) and are undone in
 * reverse order; they live in the fixmap area (asm/page.h), each CPU in
 * its own slots, and keep preemption off while they exist.
 */
#ifndef KERNEL_HIGHMEM_H
#define KERNEL_HIGHMEM_H

#include <kernel/mm_types.h>

#define KMAP_SLOTS 16

/* Allocate the page tables of the kmap slots in init_mm (boot, once). */
void kmap_init(void);

void *kmap_local_page(struct page *page);
void kunmap_local(void *addr);

/* Zero a page, mapping it for the purpose if it is highmem. */
void clear_highpage(struct page *page);

#endif
