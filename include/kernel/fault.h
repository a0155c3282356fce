/* SPDX-License-Identifier: MIT */
/* Page-fault counters and test switches (arch/x86/mm/fault.c). */
#ifndef KERNEL_FAULT_H
#define KERNEL_FAULT_H

#include <asm/smp.h>
#include <kernel/types.h>

struct pf_counts {
	unsigned long vmalloc_sync; /* top-level entries copied from init_mm */
	unsigned long vmalloc_sync_nmi; /* of which in NMI context */
	unsigned long spurious; /* faults the live tables already allowed */
	unsigned long user;	/* user-mode faults */
	unsigned long oops;	/* faults nobody fixed */
	unsigned long loops;	/* fault loops caught by the guard */
	unsigned long nested;	/* faults taken inside the #PF handler */
};

/*
 * Per CPU: each CPU counts its own faults (its #PF handler runs with
 * interrupts off), so counting takes no lock and loses nothing when CPUs
 * fault at once. pf_stats reads the sum.
 */
extern struct pf_counts pf_stats_cpu[NR_CPUS];
struct pf_counts pf_stats_sum(void);
#define pf_stats (pf_stats_sum())
#define pf_stat_inc(field) (pf_stats_cpu[smp_processor_id()].field++)

/*
 * Forget the last retried fault: something happened in between (a context
 * switch, a CR3 load), so the same fault taken next is not a loop.
 */
void pf_loop_guard_reset(void);

/* One "pf: ..." line with the counters. */
void pf_stats_print(void);

/*
 * Tests only: make vmalloc_fault report a sync without writing the entry,
 * so the same fault comes straight back (the fault-loop guard must fire).
 */
extern bool pf_test_skip_sync_write;
/* Tests only: do not flush the lazy MMU batch after the sync write. */
extern bool pf_test_skip_lazy_flush;
/*
 * Tests only: retry every fault as if the handler had fixed it, without
 * doing anything; the guard must stop the loop (in every mode and
 * strategy), killing a user task and oopsing (or a test's catch) in the
 * kernel.
 */
extern bool pf_test_fix_nothing;

#endif
