// SPDX-License-Identifier: MIT
/*
 * The slow paths of spinlock_t (include/kernel/spinlock.h): waiting for
 * a ticket, and the report of a holder that does not let go.
 */
#include <asm/setup.h>
#include <asm/smp.h>
#include <kernel/cmdline.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>

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

bool spin_virt_tas;

void spinlock_setup(const char *cmdline)
{
	char arg[8] = "";

	spin_virt_tas = boot_cpu.hypervisor;
	if (cmdline_get(cmdline, "spinlock", arg, sizeof(arg))) {
		if (!strcmp(arg, "tas"))
			spin_virt_tas = true;
		else if (!strcmp(arg, "ticket"))
			spin_virt_tas = false;
		else
			printk("spinlock: spinlock=%s: not ticket or tas; keeping %s\n",
			       arg, spin_virt_tas ? "tas" : "ticket");
	}
	printk("spinlock: %s%s\n", spin_virt_tas ? "test and set" : "tickets",
	       boot_cpu.hypervisor ? " (under a hypervisor)" : "");
}

/* Test and set: spin reading until it looks free, then try to take it. */
static void spin_wait_tas(spinlock_t *lock)
{
	unsigned long loops = 0;

	do {
		/* Read-only while it is held: no cache-line ping-pong. */
		while (spin_is_locked(lock)) {
			cpu_relax();
			if (++loops == SPIN_REPORT_LOOPS)
				spin_report_lockup(lock,
						   READ_ONCE(lock->raw.tail));
		}
	} while (!arch_spin_trylock(lock));
}

/* A ticket: in line behind the holder and whoever came before. */
static void spin_wait_ticket(spinlock_t *lock)
{
	u16 ticket = __atomic_fetch_add(&lock->raw.tail, 1, __ATOMIC_ACQUIRE);
	unsigned long loops = 0;

	while (__atomic_load_n(&lock->raw.head, __ATOMIC_ACQUIRE) != ticket) {
		cpu_relax();
		if (++loops == SPIN_REPORT_LOOPS)
			spin_report_lockup(lock, ticket);
	}
}

void arch_spin_lock_slow(spinlock_t *lock)
{
	if (spin_virt_tas)
		spin_wait_tas(lock);
	else
		spin_wait_ticket(lock);
}
