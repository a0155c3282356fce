/* SPDX-License-Identifier: MIT */
/*
 * The page-fault handler's own record of the last faults it took, kept in
 * vmalloc space (arch/x86/mm/pf_trace.c). Every fault writes it, so if its
 * top-level slot is missing from the live PGD, the handler faults inside
 * itself: that nested #PF must be synced like any other, and the outer
 * one complete (docs/page-faults.md).
 *
 * One page holds a ring per CPU (NR_CPUS of them): each CPU writes only
 * its own, from its #PF handler with interrupts off, so no lock; the
 * readers read this CPU's. pf_trace_move swaps the page and waits until
 * no CPU can still be writing the old one before it frees it.
 */
#ifndef KERNEL_PF_TRACE_H
#define KERNEL_PF_TRACE_H

#include <kernel/types.h>

#define PF_TRACE_ENTRIES 15 /* per CPU: NR_CPUS rings fill a page */

struct pf_trace_entry {
	unsigned long ip, address, cr3, error_code;
};

/* Allocate the record (at boot, after vmalloc_init); -ENOMEM without. */
int pf_trace_init(void);

/* Record a fault (the #PF handler only; does nothing before init). */
void pf_trace_record(unsigned long ip, unsigned long address, unsigned long cr3,
		     unsigned long error_code);

/*
 * The n-th most recent fault on this CPU (0: the last one), or NULL.
 * Interrupts off, or a task bound to its CPU.
 */
const struct pf_trace_entry *pf_trace_last(unsigned int n);

/* Where the record lives now (tests). */
const void *pf_trace_buffer(void);

/*
 * Tests only: move the record into [start, end) of the vmalloc range
 * (every CPU's old contents are dropped). 0, or -ENOMEM with the record
 * where it was. Not from an interrupt handler (it waits for every CPU).
 */
int pf_trace_move(unsigned long start, unsigned long end);

#endif
