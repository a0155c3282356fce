/* SPDX-License-Identifier: MIT */
/* Page-fault counters and test switches (arch/x86/mm/fault.c). */
#ifndef KERNEL_FAULT_H
#define KERNEL_FAULT_H

#include <kernel/types.h>

struct pf_stats {
	unsigned long vmalloc_sync; /* top-level entries copied from init_mm */
	unsigned long spurious;	    /* faults the live tables already allowed */
	unsigned long user;	    /* user-mode faults */
	unsigned long oops;	    /* faults nobody fixed */
	unsigned long loops;	    /* fault loops caught by the guard */
};

extern struct pf_stats pf_stats;

/* One "pf: ..." line with the counters. */
void pf_stats_print(void);

/*
 * Tests only: make vmalloc_fault report a sync without writing the entry,
 * so the same fault comes straight back (the fault-loop guard must fire).
 */
extern bool pf_test_skip_sync_write;
/* Tests only: do not flush the lazy MMU batch after the sync write. */
extern bool pf_test_skip_lazy_flush;

#endif
