/* SPDX-License-Identifier: MIT */
/*
 * i386 PAE paging (SDM Vol. 3A, 4.4): 64-bit entries, NX, physical
 * addresses above 4 GiB.
 *
 *   31 30 29       21 20       12 11         0
 *  +-----+-----------+-----------+------------+
 *  |PDPT | PMD index | PTE index |   offset   |
 *  +-----+-----------+-----------+------------+
 *
 * The 4-entry PDPT is the PGD. The generic code sees PDPT entries as pud
 * entries (p4d and pud are folded): they take only the P bit (RW, US, A,
 * D are reserved there), the CPU caches them when CR3 is loaded, and the
 * PDPT must be 32-byte aligned and below 4 GiB.
 */
#ifndef ASM_PGTABLE_3LEVEL_H
#define ASM_PGTABLE_3LEVEL_H

#include <asm/pgtable_types.h>

typedef struct {
	pteval_t pgd;
} pgd_t;
typedef struct {
	pteval_t pmd;
} pmd_t;
typedef struct {
	pteval_t pte;
} pte_t;
_Static_assert(sizeof(pgd_t) == 8 && sizeof(pmd_t) == 8 && sizeof(pte_t) == 8,
	       "PAE entries are 64-bit");

#define pmd_val(x) ((x).pmd)
#define __pmd(x) ((pmd_t){ (x) })

#define PGDIR_SHIFT 30
#define PTRS_PER_PGD 4
#define PMD_SHIFT 21
#define PTRS_PER_PMD 512
#define PTRS_PER_PTE 512

/* Bits of CR3 that hold the PGD's physical address. */
#define CR3_PGD_MASK 0xffffffe0UL /* the PDPT is 32-byte aligned */
#define PGTABLE_TOP_LEVEL PGT_PUD
#define PMD_LEAF_NEEDS_PSE 0 /* PAE always has 2 MiB pages */
#define PUD_LEAF_POSSIBLE 0
#define PMD_LEAF_PFN_MASK ((pteval_t)0x000fffffffe00000ull)
/*
 * The CPU reads the PDPT only when CR3 is loaded, so the tables below it
 * are allocated with the PGD and freed with it, never in between.
 */
#define PGTABLE_TOP_TABLES_PINNED 1
/* PDPT entries: only P; everything else there is reserved. */
#define PUD_TABLE_FLAGS_MASK _PAGE_PRESENT

/*
 * A 64-bit entry written by a 32-bit CPU in two halves: the half with the
 * P bit goes last when setting and first when clearing (a value without
 * P), so the MMU never sees a present entry with half an address.
 */
static inline void native_set_entry(pteval_t *p, pteval_t v)
{
	volatile u32 *half = (volatile u32 *)p;

	if (!(v & _PAGE_PRESENT)) { /* clearing: P goes first */
		half[0] = (u32)v;
		__asm__ __volatile__("" ::: "memory");
		half[1] = (u32)(v >> 32);
		return;
	}
	half[1] = (u32)(v >> 32);
	__asm__ __volatile__("" ::: "memory");
	half[0] = (u32)v;
}

#include <asm-generic/pgtable-nopud.h>

#endif
