/* SPDX-License-Identifier: MIT */
/*
 * The lock-order validator (kernel/lockdep.c), a small lockdep. Every
 * lock belongs to a class: a static lock is its own class, locks set up
 * by spin_lock_init() share one class per call site (all slab caches'
 * locks, say). The validator records, for each pair of classes, that B
 * was taken while A was held, with the call chain of the first time. It
 * reports, once, with both call chains:
 *
 * - an inversion: B taken while holding A, when a chain B -> ... -> A was
 *   seen before (two CPUs doing one each deadlock);
 * - a class taken in a hard interrupt handler and, elsewhere, with
 *   interrupts on (the interrupt arriving while it is held deadlocks);
 * - a class taken while already held.
 *
 * A report counts in lockdep_reports; ktest fails the case during which
 * it grew. On when the tests run (ktest, or lockdep on the command line),
 * off otherwise: one load and a branch per lock operation.
 *
 * Locking: the graph and the class table under a private raw lock with
 * interrupts off; each CPU's held-lock stack is its own.
 */
#ifndef KERNEL_LOCKDEP_H
#define KERNEL_LOCKDEP_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct lock_class_key {
	unsigned short
		id; /* 0 until first taken; then 1..LOCKDEP_MAX_CLASSES */
};

/* What a lock tells the validator about itself. */
struct lockdep_map {
	struct lock_class_key *key;
	const char *name;
};

#define LOCKDEP_MAP_INIT(keyp, lname)          \
	{                                      \
		.key = (keyp), .name = (lname) \
	}

extern bool lockdep_enabled;
extern unsigned long lockdep_reports;

/* Turn the validator on (from boot, before the first lock it should see). */
void lockdep_init(void);

void lock_acquire(struct lockdep_map *map, bool trylock, unsigned long ip);
void lock_release(struct lockdep_map *map, unsigned long ip);

/* Which CPUs hold map, and since where (a lockup report). */
void lockdep_print_holders(struct lockdep_map *map);

/* The classes and the lock order seen (after the tests). */
void lockdep_print_summary(void);

/* Locks this CPU holds now (tests, the monitor). */
unsigned int lockdep_depth(void);

/* Tests only: forget in which contexts map's class was taken (to report again). */
void lockdep_test_reset_irq_usage(struct lockdep_map *map);

#endif
