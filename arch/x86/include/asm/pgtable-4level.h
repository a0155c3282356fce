/* SPDX-License-Identifier: MIT */
/*
 * x86_64 4-level paging (SDM Vol. 3A, 4.5): 64-bit entries, 48-bit
 * virtual addresses (sign-extended from bit 47).
 *
 *   47      39 38      30 29      21 20      12 11        0
 *  +----------+----------+----------+----------+-----------+
 *  |PGD (PML4)|   PUD    |   PMD    |   PTE    |  offset   |
 *  +----------+----------+----------+----------+-----------+
 *
 * The PML4 entry is the p4d of the generic code (p4d is folded). PMD
 * entries may map 2 MiB pages, PUD entries 1 GiB pages (CPUID pdpe1gb).
 */
#ifndef ASM_PGTABLE_4LEVEL_H
#define ASM_PGTABLE_4LEVEL_H

#include <asm/pgtable_types.h>

typedef struct {
	pteval_t pgd;
} pgd_t;
typedef struct {
	pteval_t pud;
} pud_t;
typedef struct {
	pteval_t pmd;
} pmd_t;
typedef struct {
	pteval_t pte;
} pte_t;
_Static_assert(sizeof(pgd_t) == 8 && sizeof(pud_t) == 8 && sizeof(pmd_t) == 8 &&
		       sizeof(pte_t) == 8,
	       "64-bit entries");

#define pud_val(x) ((x).pud)
#define __pud(x) ((pud_t){ (x) })
#define pmd_val(x) ((x).pmd)
#define __pmd(x) ((pmd_t){ (x) })

#define PGDIR_SHIFT 39
#define PTRS_PER_PGD 512
#define PUD_SHIFT 30
#define PTRS_PER_PUD 512
#define PMD_SHIFT 21
#define PTRS_PER_PMD 512
#define PTRS_PER_PTE 512

/* Bits of CR3 that hold the PGD's physical address. */
#define CR3_PGD_MASK (PAGE_MASK & 0x000ffffffffff000UL)
#define PGTABLE_TOP_LEVEL PGT_P4D
#define PMD_LEAF_NEEDS_PSE 0
#define PUD_LEAF_POSSIBLE 1 /* if the CPU has 1 GiB pages */
#define PMD_LEAF_PFN_MASK ((pteval_t)0x000fffffffe00000ull)
#define PUD_LEAF_PFN_MASK ((pteval_t)0x000fffffc0000000ull)

static inline void native_set_entry(pteval_t *p, pteval_t v)
{
	*(volatile pteval_t *)p = v;
}

#include <asm-generic/pgtable-nop4d.h>

#endif
