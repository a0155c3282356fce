// SPDX-License-Identifier: MIT
/*
 * The slow paths of spinlock_t (include/kernel/spinlock.h): waiting for
 * a ticket, and the report of a holder that does not let go.
 */
#include <asm/smp.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>

/* About a second of TCG spinning: long enough that no fair wait gets here. */
#define SPIN_REPORT_LOOPS (1UL << 26)

void __spin_lock_init(spinlock_t *lock, const char *name,
		      struct lock_class_key *key)
{
	lock->raw = (arch_spinlock_t)__ARCH_SPIN_LOCK_UNLOCKED;
	lock->dep.key = key;
	lock->dep.name = name;
}

static void spin_report_lockup(spinlock_t *lock, u16 ticket)
{
	printk("BUG: spinlock lockup suspected on CPU %u: %s (ticket %u, serving %u)\n",
	       smp_processor_id(), lock->dep.name, ticket,
	       READ_ONCE(lock->raw.head));
	lockdep_print_holders(&lock->dep);
}

void arch_spin_lock_wait(spinlock_t *lock, u16 ticket)
{
	unsigned long loops = 0;

	while (__atomic_load_n(&lock->raw.head, __ATOMIC_ACQUIRE) != ticket) {
		cpu_relax();
		if (++loops == SPIN_REPORT_LOOPS)
			spin_report_lockup(lock, ticket);
	}
}
