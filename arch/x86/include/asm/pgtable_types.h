/* SPDX-License-Identifier: MIT */
/*
 * Bits of an x86 paging entry (SDM Vol. 3A, 4.3 / 4.4 / 4.5), the same at
 * every level and in every mode; what differs per mode is the width and
 * which bits exist (NX only in PAE and 64-bit entries). Masks, never C
 * bitfields.
 */
#ifndef ASM_PGTABLE_TYPES_H
#define ASM_PGTABLE_TYPES_H

#include <kernel/types.h>

#if CONFIG_PGTABLE_LEVELS == 2
typedef u32 pteval_t;
#else
typedef u64 pteval_t;
#endif

#define _PAGE_PRESENT ((pteval_t)1 << 0)
#define _PAGE_RW ((pteval_t)1 << 1)
#define _PAGE_USER ((pteval_t)1 << 2)
#define _PAGE_PWT ((pteval_t)1 << 3)
#define _PAGE_PCD ((pteval_t)1 << 4)
#define _PAGE_ACCESSED ((pteval_t)1 << 5)
#define _PAGE_DIRTY ((pteval_t)1 << 6)
#define _PAGE_PSE ((pteval_t)1 << 7) /* a large page, in a PMD or PUD entry */
#define _PAGE_GLOBAL ((pteval_t)1 << 8)
#if CONFIG_PGTABLE_LEVELS == 2
#define _PAGE_NX ((pteval_t)0) /* 32-bit entries have no NX bit */
#else
#define _PAGE_NX ((pteval_t)1 << 63)
#endif

/* Address bits of an entry pointing at a table or a 4 KiB page. */
#if CONFIG_PGTABLE_LEVELS == 2
#define PTE_PFN_MASK ((pteval_t)0xfffff000u)
#else
#define PTE_PFN_MASK ((pteval_t)0x000ffffffffff000ull) /* 52-bit physical */
#endif
#define PTE_FLAGS_MASK (~PTE_PFN_MASK)

typedef struct {
	pteval_t pgprot;
} pgprot_t;

#define __pgprot(x) ((pgprot_t){ (x) })
#define pgprot_val(p) ((p).pgprot)

/*
 * What the kernel maps with. _PAGE_NX and _PAGE_GLOBAL are masked out by
 * the arch when the CPU lacks them (__supported_pte_mask).
 */
#define __PAGE_KERNEL_RO \
	(_PAGE_PRESENT | _PAGE_ACCESSED | _PAGE_GLOBAL | _PAGE_NX)
#define __PAGE_KERNEL (__PAGE_KERNEL_RO | _PAGE_RW | _PAGE_DIRTY)
#define __PAGE_KERNEL_RX (__PAGE_KERNEL_RO & ~_PAGE_NX)
#define __PAGE_KERNEL_NOCACHE (__PAGE_KERNEL | _PAGE_PCD | _PAGE_PWT)

#define PAGE_KERNEL __pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_RO __pgprot(__PAGE_KERNEL_RO)
#define PAGE_KERNEL_RX __pgprot(__PAGE_KERNEL_RX)
#define PAGE_KERNEL_NOCACHE __pgprot(__PAGE_KERNEL_NOCACHE)
#define PAGE_NONE __pgprot(0)

/* Flags of an entry that points at a lower table. */
#define _KERNPG_TABLE (_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define _PAGE_TABLE (_KERNPG_TABLE | _PAGE_USER)

/* Bits this CPU supports (NX, GLOBAL); everything written is masked with it. */
extern pteval_t __supported_pte_mask;

/* The five levels of the generic code, top down. */
enum pgt_level { PGT_PGD, PGT_P4D, PGT_PUD, PGT_PMD, PGT_PTE };

/* Sizes of what one entry maps, for lookup and ptdump. */
enum pg_level {
	PG_LEVEL_NONE,
	PG_LEVEL_4K,
	PG_LEVEL_2M, /* a PMD leaf: 4 MiB in 2-level paging */
	PG_LEVEL_1G, /* a PUD leaf */
	PG_LEVEL_NUM
};

#endif
