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
 * x86_64, 4-level (48-bit):               5-level (57-bit, LA57):
 *
 *   0x0000000000000000  user, 128 TiB        0x0000000000000000  user, 128 TiB (TASK_SIZE
 *                                            0x0000800000000000  unused      stays 47-bit)
 *   0xffff888000000000  direct map, 64 TiB   0xff11000000000000  direct map, 4 PiB
 *                       (pgd 273)                                (pgd 273)
 *   0xffffc90000000000  vmalloc, 32 TiB      0xffa0000000000000  vmalloc, 16 PiB
 *                       (pgd 402..465)                           (pgd 416..479)
 *   0xffffffff80000000  kernel image         0xffffffff80000000  kernel image
 *                       (pgd 511)                                (pgd 511, p4d 511)
 *   0xffffffffff000000  fixmap (kmap)        0xffffffffff000000  fixmap (kmap)
 *
 * With CONFIG_X86_5LEVEL the kernel picks one of the two at boot
 * (pgtable_l5_enabled()), so PAGE_OFFSET, MAXMEM, VMALLOC_START/END and
 * KERNEL_HALF_START are variables set before the first C code runs
 * (arch/x86/mm/layout.c), as Linux's page_offset_base and vmalloc_base.
 * The kernel image stays at -2 GiB in both (-mcmodel=kernel).
 */
#ifndef ASM_PAGE_H
#define ASM_PAGE_H

#include <kernel/types.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))

#ifdef CONFIG_X86_64
#define __START_KERNEL_map 0xffffffff80000000UL
#define FIXADDR_START 0xffffffffff000000UL
#define FIXADDR_END 0xffffffffff200000UL

/* 4-level: 48-bit addresses, 512 GiB per pgd slot. */
#define PAGE_OFFSET_L4 0xffff888000000000UL
#define MAXMEM_L4 (64UL << 40) /* the direct map's reach: 64 TiB */
#define VMALLOC_START_L4 0xffffc90000000000UL
#define VMALLOC_END_L4 (VMALLOC_START_L4 + (32UL << 40)) /* 64 slots */
#define KERNEL_HALF_START_L4 0xffff800000000000UL

/* 5-level: 57-bit addresses, 256 TiB per pgd slot. */
#define PAGE_OFFSET_L5 0xff11000000000000UL
#define MAXMEM_L5 (1UL << 52) /* all of a 52-bit physical space: 4 PiB */
#define VMALLOC_START_L5 0xffa0000000000000UL
#define VMALLOC_END_L5 (VMALLOC_START_L5 + (16UL << 50)) /* 64 slots */
#define KERNEL_HALF_START_L5 0xff00000000000000UL

#ifdef CONFIG_X86_5LEVEL
/* Set once by boot/head_64.asm, before paging is on: 1 with CR4.LA57. */
extern unsigned int __pgtable_l5_enabled;

static inline bool pgtable_l5_enabled(void)
{
	return __pgtable_l5_enabled;
}

/* The layout of the format chosen at boot (arch/x86/mm/layout.c). */
extern unsigned long page_offset_base, vmalloc_base, vmalloc_end,
	direct_map_size, kernel_half_start;
#define PAGE_OFFSET page_offset_base
#define MAXMEM direct_map_size
#define VMALLOC_START vmalloc_base
#define VMALLOC_END vmalloc_end
#define KERNEL_HALF_START kernel_half_start
#else
static inline bool pgtable_l5_enabled(void)
{
	return false;
}

#define PAGE_OFFSET PAGE_OFFSET_L4
#define MAXMEM MAXMEM_L4
#define VMALLOC_START VMALLOC_START_L4
#define VMALLOC_END VMALLOC_END_L4
#define KERNEL_HALF_START KERNEL_HALF_START_L4
#endif
#else
static inline bool pgtable_l5_enabled(void)
{
	return false;
}

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

/*
 * User space: [0, TASK_SIZE); the kernel's half: [KERNEL_HALF_START, top).
 * x86_64: 47 bits of user space in both formats. In 5-level the rest of
 * the lower half, up to 2^56, stays unused: no task asks for it (Linux
 * hands it out only to an mmap hint above 47 bits; docs/memory-map.md).
 */
#ifdef CONFIG_X86_64
#define TASK_SIZE 0x0000800000000000UL
#else
#define TASK_SIZE PAGE_OFFSET
#define KERNEL_HALF_START PAGE_OFFSET
#endif

/* Zero, or copy, one page-aligned page (arch/x86/lib/string.c). */
void clear_page(void *page);
void copy_page(void *to, const void *from);

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
