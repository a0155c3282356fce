/* SPDX-License-Identifier: MIT */
/*
 * Fault injection (Linux's lib/fault-inject.c and its two best-known
 * users): make allocations fail on purpose, to prove that every caller
 * unwinds cleanly. Two ways (docs/fault-injection.md):
 *
 *   random     fail_page_alloc=<interval>,<probability>,<space>,<times>
 *              failslab=<interval>,<probability>,<space>,<times>
 *              on the command line, as in Linux; armed when the boot is
 *              done (fault_inject_start), seeded by seed=<n>.
 *   fail-nth   fault_inject_fail_nth(n): the n-th allocation from now
 *              (page or slab, whichever comes n-th) fails; afterwards
 *              fault_inject_fail_nth_fired() says whether it came.
 *
 * One CPU, allocations only in task context: no locking (as the page
 * allocator). fail-nth is global rather than per task, so that it also
 * reaches an allocation a task makes in its own page fault.
 */
#ifndef KERNEL_FAULT_INJECT_H
#define KERNEL_FAULT_INJECT_H

#include <kernel/gfp.h>
#include <kernel/types.h>

#define FAULT_INJECT_SITES 24 /* call sites whose failures are counted */

struct fault_site {
	const void *caller; /* the allocator's caller */
	unsigned long failures;
};

struct fault_attr {
	const char *name;
	/* The knobs, as Linux's debugfs files of the same names. */
	unsigned long probability; /* percent, 0..100; 0: never at random */
	unsigned long interval;	   /* only every interval-th call may fail */
	long times;		   /* failures left; -1: unlimited */
	long space;		   /* units (bytes, pages) to let pass first */
	unsigned long count;	   /* calls that passed the times/space tests */
	/* What happened. */
	unsigned long calls, failures, other_sites;
	struct fault_site sites[FAULT_INJECT_SITES];
};

extern struct fault_attr fail_page_alloc, failslab;

/*
 * Parse "<interval>,<probability>,<space>,<times>" into attr (Linux's
 * setup_fault_attr). Returns 0, or -EINVAL with one line saying why and
 * attr unchanged.
 */
int setup_fault_attr(struct fault_attr *attr, const char *str);

/* The generic decision; size counts against attr->space. */
bool should_fail(struct fault_attr *attr, unsigned long size,
		 const void *caller);

/*
 * The hooks: alloc_pages() and kmalloc() fail when these say so. Inline
 * test of one flag (set while fail-nth is pending, or the random knobs
 * are armed and not paused), so that an allocation pays one load when
 * nothing is injected; calls are counted only while armed.
 */
extern bool fault_inject_armed;
bool __should_fail_alloc_page(gfp_t gfp, unsigned int order,
			      const void *caller);
bool __should_failslab(unsigned long size, gfp_t gfp, const void *caller);

static inline bool should_fail_alloc_page(gfp_t gfp, unsigned int order,
					  const void *caller)
{
	return fault_inject_armed &&
	       __should_fail_alloc_page(gfp, order, caller);
}

static inline bool should_failslab(unsigned long size, gfp_t gfp,
				   const void *caller)
{
	return fault_inject_armed && __should_failslab(size, gfp, caller);
}

/* Seed the random decisions (seed=<n>; 0 is taken as 1). */
void fault_inject_seed(u32 seed);
u32 fault_inject_random(void);

/*
 * Arm the random knobs given on the command line. Before that (the boot)
 * only fail-nth injects: a boot allocation that fails panics by design.
 */
void fault_inject_start(void);
/* True once started with a non-zero probability in some attr. */
bool fault_inject_random_enabled(void);

/* Pause and resume the random knobs (nests); fail-nth is unaffected. */
void fault_inject_pause(void);
void fault_inject_resume(void);

/* fail-nth: the n-th allocation from now fails (0: disarm). */
void fault_inject_fail_nth(unsigned int n);
/* Did the n-th allocation come (and fail)? Disarms either way. */
bool fault_inject_fail_nth_fired(void);

/* Per attr: calls, failures, and the failures by call site. */
void fault_inject_print(void);

#endif
