/* SPDX-License-Identifier: MIT */
/*
 * Host fake of arch/x86/include/asm/page.h for the page-table tests
 * (tests/host/pgtable_test.c, built once per paging mode). The layout
 * constants (PAGE_OFFSET, MAXMEM, __START_KERNEL_map, VMALLOC_START,
 * FIXADDR_START, PHYS_ADDR_LIMIT, ...) are the real header's, for the
 * mode's CONFIG_* defines, so that addresses and pgtable_kernel_address()
 * behave as in the kernel. Only the direct map is simulated: physical
 * address pa lives at host_phys_base + pa, a buffer the test maps.
 *
 * tests/host/include/asm/page.h (the page allocator's fake) makes MAXMEM
 * a variable and has no virtual layout, hence this separate directory,
 * first on the include path of the pgtable_*_test binaries.
 */
#ifndef HOST_PGTABLE_ASM_PAGE_H
#define HOST_PGTABLE_ASM_PAGE_H

#include <stdint.h>

/* The real header, its direct map renamed out of the way. */
#define __va kernel___va
#define __pa kernel___pa
#include "../../../../../arch/x86/include/asm/page.h"
#undef __va
#undef __pa

extern unsigned char *host_phys_base; /* physical address 0 */

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
