/* SPDX-License-Identifier: MIT */
/*
 * i386 2-level paging (SDM Vol. 3A, 4.3): 32-bit entries.
 *
 *   31        22 21        12 11         0
 *  +------------+------------+------------+
 *  | PGD index  | PTE index  |   offset   |
 *  +------------+------------+------------+
 *
 * The PGD entry is the PMD of the generic code (p4d, pud and pmd are
 * folded); with CR4.PSE it may map a 4 MiB page itself.
 */
#ifndef ASM_PGTABLE_2LEVEL_H
#define ASM_PGTABLE_2LEVEL_H

#include <asm/pgtable_types.h>

typedef struct {
	pteval_t pgd;
} pgd_t;
typedef struct {
	pteval_t pte;
} pte_t;
_Static_assert(sizeof(pgd_t) == 4 && sizeof(pte_t) == 4,
	       "2-level entries are 32-bit");

#define PGDIR_SHIFT 22
#define PTRS_PER_PGD 1024
#define PTRS_PER_PTE 1024

/* Bits of CR3 that hold the PGD's physical address. */
#define CR3_PGD_MASK PAGE_MASK
/* The hardware top level, seen through the folded accessors: the pmd. */
#define PGTABLE_TOP_LEVEL PGT_PMD
#define PMD_LEAF_NEEDS_PSE 1 /* 4 MiB pages exist only with CR4.PSE */
#define PUD_LEAF_POSSIBLE 0
#define PMD_LEAF_PFN_MASK ((pteval_t)0xffc00000u) /* PSE-36 bits unused */

static inline void native_set_entry(pteval_t *p, pteval_t v)
{
	*(volatile pteval_t *)p = v;
}

#include <asm-generic/pgtable-nopmd.h>

#endif
