/* SPDX-License-Identifier: MIT */
/*
 * Page size, the kernel's virtual layout constants and the direct map
 * (__pa/__va). docs/memory-map.md draws the layout of each mode.
 *
 * i386 and PAE (3 GiB user / 1 GiB kernel):
 *
 *   0x00000000 +------------------+
 *              | user             |
 *   0xC0000000 +------------------+ PAGE_OFFSET
 *              | direct map of    |  lowmem: RAM below MAXMEM (768 MiB);
 *              | lowmem, kernel   |  the kernel image is inside it
 *   0xF0000000 +------------------+ PAGE_OFFSET + MAXMEM
 *              | 8 MiB gap        |  catches overruns of the direct map
 *   0xF0800000 +------------------+ VMALLOC_START
 *              | vmalloc, ioremap |
 *   0xFF800000 +------------------+ VMALLOC_END = FIXADDR_START
 *              | fixmap (kmap)    |
 *   0xFFFFFFFF +------------------+
 *
 * x86_64 (48-bit, 4-level):
 *
 *   0x0000000000000000  user (lower half)
 *   0xffff888000000000  direct map of all RAM (PAGE_OFFSET, pgd slot 273)
 *   0xffffc90000000000  vmalloc, 32 TiB (pgd slots 402..465)
 *   0xffffffff80000000  kernel image (__START_KERNEL_map, pgd slot 511)
 *   0xffffffffff000000  fixmap (kmap), in the kernel image's pgd slot
 */
#ifndef ASM_PAGE_H
#define ASM_PAGE_H

#include <kernel/types.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

#ifdef CONFIG_X86_64
#define PAGE_OFFSET 0xffff888000000000UL
#define __START_KERNEL_map 0xffffffff80000000UL
#define MAXMEM (64UL << 40) /* the direct map's reach: 64 TiB */
#define VMALLOC_START 0xffffc90000000000UL
#define VMALLOC_END (VMALLOC_START + (32UL << 40))
#define FIXADDR_START 0xffffffffff000000UL
#define FIXADDR_END 0xffffffffff200000UL
#else
#define PAGE_OFFSET 0xc0000000UL
#define __START_KERNEL_map PAGE_OFFSET
#define MAXMEM (768UL << 20)
#define VMALLOC_START (PAGE_OFFSET + MAXMEM + (8UL << 20))
#define VMALLOC_END 0xff800000UL
#define FIXADDR_START VMALLOC_END
#define FIXADDR_END 0xfffff000UL /* the last page stays unmapped */
#endif

/*
 * Highest physical address the kernel can use, plus one: what an entry of
 * this mode can hold, and what the CPU can address (MAXPHYADDR: a PAE
 * entry above it is a reserved-bit fault, e.g. above 4 GiB on qemu32).
 */
#if CONFIG_PGTABLE_LEVELS == 2
#define PHYS_ADDR_FORMAT_LIMIT (1ULL << 32)
#else
#define PHYS_ADDR_FORMAT_LIMIT (1ULL << 52)
#endif
extern unsigned int x86_phys_bits; /* arch/x86/kernel/setup.c, from CPUID */
#define PHYS_ADDR_LIMIT                                   \
	((1ULL << x86_phys_bits) < PHYS_ADDR_FORMAT_LIMIT \
		 ? 1ULL << x86_phys_bits                  \
		 : PHYS_ADDR_FORMAT_LIMIT)

/* User space: [0, TASK_SIZE); the kernel's half: [KERNEL_HALF_START, top). */
#ifdef CONFIG_X86_64
#define TASK_SIZE 0x0000800000000000UL
#define KERNEL_HALF_START 0xffff800000000000UL
#else
#define TASK_SIZE PAGE_OFFSET
#define KERNEL_HALF_START PAGE_OFFSET
#endif

#define PFN_UP(x) ((unsigned long)(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT))
#define PFN_DOWN(x) ((unsigned long)((x) >> PAGE_SHIFT))
#define PFN_PHYS(pfn) ((phys_addr_t)(pfn) << PAGE_SHIFT)

/* Direct-map address of physical address pa (lowmem only). */
static inline void *__va(phys_addr_t pa)
{
	return (void *)((unsigned long)pa + PAGE_OFFSET);
}

/* Physical address of a direct-map or kernel-image address. */
static inline phys_addr_t __pa(const void *va)
{
	unsigned long v = (unsigned long)va;

#ifdef CONFIG_X86_64
	if (v >= __START_KERNEL_map)
		return v - __START_KERNEL_map;
#endif
	return v - PAGE_OFFSET;
}

#endif
