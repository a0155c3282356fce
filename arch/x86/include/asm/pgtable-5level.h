/* SPDX-License-Identifier: MIT */
/*
 * x86_64 paging, 5-level (LA57) or 4-level, decided at boot (SDM Vol. 3A,
 * 4.5): 64-bit entries; 57-bit virtual addresses (sign-extended from bit
 * 56) with CR4.LA57, 48-bit (from bit 47) without.
 *
 *   56      48 47      39 38      30 29      21 20      12 11        0
 *  +----------+----------+----------+----------+----------+-----------+
 *  |PGD (PML5)|P4D (PML4)|   PUD    |   PMD    |   PTE    |  offset   |
 *  +----------+----------+----------+----------+----------+-----------+
 *
 * Without LA57 the PML4 is the top level: the p4d level is folded into the
 * pgd at run time, as Linux does (pgtable_l5_enabled()): PGDIR_SHIFT is
 * 39, PTRS_PER_P4D 1, p4d_offset() returns the pgd entry itself and the
 * pgd accessors call it always present. boot/head_64.asm makes the
 * decision (CPUID.(EAX=7,ECX=0):ECX[16] and `no5lvl`) before paging is on
 * and records it in __pgtable_l5_enabled; nothing changes it after.
 */
#ifndef ASM_PGTABLE_5LEVEL_H
#define ASM_PGTABLE_5LEVEL_H

#include <asm/pgtable_types.h>

typedef struct {
	pteval_t pgd;
} pgd_t;
typedef struct {
	pteval_t p4d;
} p4d_t;
typedef struct {
	pteval_t pud;
} pud_t;
typedef struct {
	pteval_t pmd;
} pmd_t;
typedef struct {
	pteval_t pte;
} pte_t;
_Static_assert(sizeof(pgd_t) == 8 && sizeof(p4d_t) == 8 && sizeof(pud_t) == 8 &&
		       sizeof(pmd_t) == 8 && sizeof(pte_t) == 8,
	       "64-bit entries");
/* A folded p4d "table" is the pgd entry: the two must read alike. */
_Static_assert(sizeof(p4d_t) == sizeof(pgd_t), "p4d folds onto pgd");

/* pgtable_l5_enabled() is asm/page.h's: the layout follows it too. */
#define p4d_val(x) ((x).p4d)
#define __p4d(x) ((p4d_t){ (x) })
#define pud_val(x) ((x).pud)
#define __pud(x) ((pud_t){ (x) })
#define pmd_val(x) ((x).pmd)
#define __pmd(x) ((pmd_t){ (x) })

#define PGDIR_SHIFT_L5 48
#define PGDIR_SHIFT_L4 39
#define PGDIR_SHIFT (pgtable_l5_enabled() ? PGDIR_SHIFT_L5 : PGDIR_SHIFT_L4)
#define PTRS_PER_PGD 512
#define P4D_SHIFT 39
#define PTRS_PER_P4D (pgtable_l5_enabled() ? 512 : 1)
#define PUD_SHIFT 30
#define PTRS_PER_PUD 512
#define PMD_SHIFT 21
#define PTRS_PER_PMD 512
#define PTRS_PER_PTE 512

/* Bits of CR3 that hold the PGD's physical address. */
#define CR3_PGD_MASK (PAGE_MASK & 0x000ffffffffff000UL)
/* The hardware top level: the PML5 (pgd), or the PML4 seen as the p4d. */
#define PGTABLE_TOP_LEVEL (pgtable_l5_enabled() ? PGT_PGD : PGT_P4D)
#define PGTABLE_P4D_FOLDED (!pgtable_l5_enabled())
#define PMD_LEAF_NEEDS_PSE 0
#define PUD_LEAF_POSSIBLE 1 /* if the CPU has 1 GiB pages */
#define PMD_LEAF_PFN_MASK ((pteval_t)0x000fffffffe00000ull)
#define PUD_LEAF_PFN_MASK ((pteval_t)0x000fffffc0000000ull)

static inline void native_set_entry(pteval_t *p, pteval_t v)
{
	*(volatile pteval_t *)p = v;
}

#endif
