/* SPDX-License-Identifier: MIT */
/* What the checking paravirt backend saw (arch/x86/kernel/paravirt_checking.c). */
#ifndef KERNEL_PV_CHECKING_H
#define KERNEL_PV_CHECKING_H

#include <kernel/types.h>

/* Bumped atomically by any CPU (rare events), read without a lock. */
struct pv_checking_stats {
	unsigned long writes;  /* page-table writes */
	unsigned long queued;  /* of which queued in lazy MMU mode */
	unsigned long batches; /* flushes that applied queued writes */
	unsigned long refused; /* writes that failed validation */
};
extern struct pv_checking_stats pv_checking_stats;

/* Is the checking backend in lazy MMU mode? */
bool pv_checking_lazy(void);

#endif
