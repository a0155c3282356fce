/* SPDX-License-Identifier: MIT */
/*
 * Where each kernel top-level entry of a process PGD came from: copied at
 * birth (pgd_alloc), copied by a lazy sync fault (vmalloc_fault) or by an
 * eager copy (kpgd_sync=eager). The monitor's `pgd` and `demo` commands
 * and `make heatmap` read it (docs/page-faults.md).
 *
 * The record is a byte per kernel slot in the mm_struct, found from the
 * PGD page's struct page (PG_kpgd_origin set, page->private the map), so
 * that vmalloc_fault, which knows only CR3, records with one byte store:
 * no lock, no `current`, safe in NMI context.
 */
#ifndef KERNEL_KPGD_ORIGIN_H
#define KERNEL_KPGD_ORIGIN_H

#include <kernel/pgtable.h>
#include <kernel/types.h>

/*
 * First PGD index of the kernel half (include/kernel/pgtable.h), and the
 * number of kernel slots: a constant, for the array below, in x86_64's
 * two formats alike (the upper half of 512).
 */
#define KPGD_FIRST_SLOT KERNEL_PGD_BOUNDARY
#ifdef CONFIG_X86_64
#define KPGD_NR_SLOTS (PTRS_PER_PGD / 2)
#else
#define KPGD_NR_SLOTS (PTRS_PER_PGD - (PAGE_OFFSET >> PGDIR_SHIFT))
#endif

enum kpgd_origin {
	KPGD_ORIGIN_ABSENT, /* no entry */
	KPGD_ORIGIN_BIRTH, /* in init_mm when pgd_alloc copied the kernel half */
	KPGD_ORIGIN_LAZY,  /* copied by a sync fault on first touch */
	KPGD_ORIGIN_EAGER, /* copied into every PGD when init_mm got it */
	KPGD_ORIGIN_OTHER, /* present, but written by a path that records nothing */
};

struct kpgd_origin_map {
	u8 slot[KPGD_NR_SLOTS]; /* enum kpgd_origin, by pgd index - KPGD_FIRST_SLOT */
};

struct mm_struct;

/* pgd_alloc, under pgd_lock after the copy: record the entries it copied. */
void kpgd_origin_birth(struct mm_struct *mm);
/* pgd_free, before the PGD page is freed: forget the record. */
void kpgd_origin_forget(struct mm_struct *mm);
/*
 * entry (a kernel top-level entry in some PGD) was just written by a copy
 * of kind how. Nothing if its PGD has no record (init_mm's, a test's).
 * One byte store: no lock, callable from the #PF handler and NMIs.
 */
void kpgd_origin_note(const pgd_t *entry, enum kpgd_origin how);

/*
 * Origin of kernel slot index (a pgd index >= KPGD_FIRST_SLOT) of mm: what
 * was recorded, or ABSENT if the entry is empty now (recorded or not).
 */
enum kpgd_origin kpgd_origin_get(const struct mm_struct *mm,
				 unsigned int index);

/* "birth", "lazy", "eager", "absent", "other". */
const char *kpgd_origin_name(enum kpgd_origin how);

#endif
