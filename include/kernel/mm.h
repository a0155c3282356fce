/* SPDX-License-Identifier: MIT */
/*
 * Address spaces: init_mm ("swapper"), the kernel's reference, and one
 * mm_struct per process, each with its own PGD.
 *
 * A new PGD gets a copy of init_mm's kernel entries as they are at that
 * moment. Kernel top-level entries created later (vmalloc in a fresh
 * slot) reach it lazily: the #PF handler copies the missing entry from
 * init_mm into the PGD that CR3 points at (arch/x86/mm/fault.c). In PAE
 * every PGD points at the one kernel PMD page, so nothing is ever missing.
 */
#ifndef KERNEL_MM_H
#define KERNEL_MM_H

#include <asm/pgtable.h>
#include <asm/smp.h>
#include <kernel/kpgd_origin.h>
#include <kernel/list.h>
#include <kernel/spinlock.h>
#include <kernel/mmap.h>

struct mm_struct {
	pgd_t *pgd;
	struct list_head pgd_list; /* on pgd_list, under pgd_lock */
	int count; /* its task, plus tasks running on it (kernel threads borrow) */
	/* Filling its page tables (init_mm: the kernel's; mm/vmalloc.c). */
	spinlock_t page_table_lock;
	struct vm_region regions[MM_MAX_REGIONS]; /* user memory */
	unsigned int nr_regions;
	struct kpgd_origin_map kpgd_origin; /* mm/kpgd_origin.c */
	/*
	 * CPUs whose CR3 holds this PGD, for its own task or borrowed by a
	 * kernel thread (Linux's mm_cpumask): set by switch_mm before the
	 * load, cleared after the next; atomic bit operations, no lock.
	 */
	unsigned long cpu_bitmap;
};

/* The kernel's reference address space; its PGD is swapper_pg_dir. */
extern struct mm_struct init_mm;

/* Every PGD but swapper's, for code that must visit them all. */
extern struct list_head pgd_list;
extern unsigned long nr_pgds;
/* Protects pgd_list, nr_pgds and the kernel half of every PGD (mm/pgtable.c). */
extern spinlock_t pgd_lock;

/*
 * Give mm a new PGD: kernel half copied from init_mm now, user half empty
 * (PAE: its three PMD pages preallocated, as the CPU caches PDPT entries).
 * Returns 0 or -ENOMEM with nothing allocated.
 */
int pgd_alloc(struct mm_struct *mm);

/* Release mm's PGD and every user page-table page under it. */
void pgd_free(struct mm_struct *mm);

/* A new mm with its PGD, or NULL; and its release (user pages, tables, PGD). */
struct mm_struct *mm_alloc(void);
void mm_free(struct mm_struct *mm);
/* Take and drop a reference (atomic: any CPU); the last drop frees mm. */
void mmgrab(struct mm_struct *mm);
void mmdrop(struct mm_struct *mm);

/*
 * How kernel top-level entries created after a PGD was born reach it
 * (kernel command line kpgd_sync=):
 *   lazy      the #PF handler copies a missing entry on first touch
 *   eager     every new init_mm entry is copied into every PGD at once
 *   prealloc  every entry of the vmalloc range exists from boot
 */
enum kpgd_sync_mode { KPGD_SYNC_LAZY, KPGD_SYNC_EAGER, KPGD_SYNC_PREALLOC };
extern enum kpgd_sync_mode kpgd_sync;
/*
 * Entries eager copied; changed kernel top-level entries copied into
 * other PGDs (every strategy); page-table pages prealloc took.
 */
extern unsigned long kpgd_eager_copies, kpgd_propagated, kpgd_prealloc_pages;
/*
 * Tests only: the eager copy of a new entry leaves this mm out, as if it
 * had not got there yet; its first touch must take the #PF sync.
 */
extern struct mm_struct *kpgd_eager_test_skip;
/* Select the strategy by name (after vmalloc_init, before any process). */
int kpgd_sync_init(const char *mode);

/*
 * Load mm's PGD into CR3 (nothing if it is already there), first copying
 * the current stack's kernel top-level entry into it if it lacks it.
 */
void switch_mm(struct mm_struct *mm);
/* The mm whose PGD switch_mm loaded last on each CPU (for the #DF report). */
extern struct mm_struct *cpu_loaded_mm[NR_CPUS];

#endif
