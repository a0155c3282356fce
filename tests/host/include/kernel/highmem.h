/* SPDX-License-Identifier: MIT */
/*
 * Host fake of include/kernel/highmem.h for the unit tests of mm/: only
 * the declarations. A test that links mm/page_alloc.c defines
 * clear_highpage() over its simulated memory (there is no kmap on the
 * host: the simulated direct map reaches every address).
 */
#ifndef KERNEL_HIGHMEM_H
#define KERNEL_HIGHMEM_H

struct page;

/* Zero one page, highmem or not. */
void clear_highpage(struct page *page);

#endif
