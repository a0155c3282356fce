/* SPDX-License-Identifier: MIT */
/*
 * spinlock_t: a ticket lock (CPUs get it in the order they asked), with
 * preemption off while it is held, as Linux's.
 *
 *	spin_lock(&l) ... spin_unlock(&l)
 *		for data never touched from interrupt context;
 *	spin_lock_irqsave(&l, flags) ... spin_unlock_irqrestore(&l, flags)
 *		for data an interrupt handler may touch too.
 *
 * Every lock is checked by the lock-order validator (include/kernel/
 * lockdep.h) when it is on. A CPU that spins for about a second reports
 * the lock once (and, with the validator on, which CPU holds it since
 * where), then keeps spinning.
 */
#ifndef KERNEL_SPINLOCK_H
#define KERNEL_SPINLOCK_H

#include <asm/irq.h>
#include <asm/processor.h>
#include <kernel/lockdep.h>
#include <kernel/preempt.h>

/*
 * The lock word: next ticket to hand out (tail), ticket served (head);
 * free when they are equal. word is the two at once (head low, x86).
 */
typedef union {
	struct {
		u16 head;
		u16 tail;
	};
	u32 word;
} arch_spinlock_t;

#define __ARCH_SPIN_LOCK_UNLOCKED \
	{                         \
		.word = 0         \
	}

typedef struct spinlock {
	arch_spinlock_t raw;
	struct lockdep_map dep;
	struct lock_class_key key; /* the class of a statically defined lock */
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(lockname)                               \
	{                                                            \
		.raw = __ARCH_SPIN_LOCK_UNLOCKED,                    \
		.dep = LOCKDEP_MAP_INIT(&(lockname).key, #lockname), \
	}

#define DEFINE_SPINLOCK(x) spinlock_t x = __SPIN_LOCK_UNLOCKED(x)

/* A static lock in a class shared with others (an array of them, say). */
#define __SPIN_LOCK_UNLOCKED_CLASS(keyp, lname)       \
	{                                             \
		.raw = __ARCH_SPIN_LOCK_UNLOCKED,     \
		.dep = LOCKDEP_MAP_INIT(keyp, lname), \
	}

void __spin_lock_init(spinlock_t *lock, const char *name,
		      struct lock_class_key *key);
/* Locks set up here share one class per call site. */
#define spin_lock_init(lock)                             \
	do {                                             \
		static struct lock_class_key __key;      \
		__spin_lock_init((lock), #lock, &__key); \
	} while (0)

/*
 * Waiting, out of line: by ticket (fair: the lock goes to the waiters in
 * the order they came), or, under a hypervisor, by test and set, as
 * Linux's virt_spin_lock does. A ticket hands the lock to the next waiter
 * even when its vCPU is not running, and then every CPU waits until the
 * host runs that one; with test and set whoever runs takes it (unfair,
 * but no hand-off to a sleeping vCPU). Chosen once at boot
 * (spinlock_setup), before any CPU waits: CPUID's hypervisor bit, or
 * spinlock=ticket|tas.
 */
void arch_spin_lock_slow(spinlock_t *lock);
extern bool spin_virt_tas;
void spinlock_setup(const char *cmdline);

static __always_inline bool arch_spin_trylock(spinlock_t *lock);

/*
 * A free lock (head == tail, no holder, nobody waiting) is taken with one
 * cmpxchg, whatever the waiting policy; a busy one waits out of line.
 */
static __always_inline void arch_spin_lock(spinlock_t *lock)
{
	if (unlikely(!arch_spin_trylock(lock)))
		arch_spin_lock_slow(lock);
}

static __always_inline bool arch_spin_trylock(spinlock_t *lock)
{
	u32 old = READ_ONCE(lock->raw.word);

	if ((u16)old != (u16)(old >> 16))
		return false;
	/* tail + 1: the upper half (a wrap only carries out of the word) */
	return __atomic_compare_exchange_n(&lock->raw.word, &old, old + 0x10000,
					   false, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED);
}

static __always_inline void arch_spin_unlock(spinlock_t *lock)
{
	/* Only the holder writes head. */
	__atomic_store_n(&lock->raw.head, (u16)(lock->raw.head + 1),
			 __ATOMIC_RELEASE);
}

static __always_inline bool spin_is_locked(spinlock_t *lock)
{
	arch_spinlock_t v = READ_ONCE(lock->raw);

	return v.head != v.tail;
}

#define _RET_IP_ ((unsigned long)__builtin_return_address(0))

static __always_inline void __spin_lock(spinlock_t *lock, unsigned long ip)
{
	preempt_disable();
	if (unlikely(lockdep_enabled))
		lock_acquire(&lock->dep, false, ip);
	arch_spin_lock(lock);
}

static __always_inline void __spin_unlock(spinlock_t *lock, unsigned long ip)
{
	if (unlikely(lockdep_enabled))
		lock_release(&lock->dep, ip);
	arch_spin_unlock(lock);
}

#define spin_lock(lock) __spin_lock((lock), _RET_IP_)

#define spin_unlock(lock)                        \
	do {                                     \
		__spin_unlock((lock), _RET_IP_); \
		preempt_enable();                \
	} while (0)

#define spin_lock_irqsave(lock, flags)         \
	do {                                   \
		local_irq_save(flags);         \
		__spin_lock((lock), _RET_IP_); \
	} while (0)

#define spin_unlock_irqrestore(lock, flags)      \
	do {                                     \
		__spin_unlock((lock), _RET_IP_); \
		local_irq_restore(flags);        \
		preempt_enable();                \
	} while (0)

#define spin_lock_irq(lock)                    \
	do {                                   \
		local_irq_disable();           \
		__spin_lock((lock), _RET_IP_); \
	} while (0)

#define spin_unlock_irq(lock)                    \
	do {                                     \
		__spin_unlock((lock), _RET_IP_); \
		local_irq_enable();              \
		preempt_enable();                \
	} while (0)

/*
 * Data of this CPU's own that only this CPU and its interrupt handlers
 * touch (a per-CPU cache, say): turning interrupts off is the whole lock.
 */
#define local_lock_irqsave(flags) local_irq_save(flags)
#define local_unlock_irqrestore(flags) local_irq_restore(flags)

/* Take lock if it is free; true if taken. */
static __always_inline bool spin_trylock(spinlock_t *lock)
{
	preempt_disable();
	if (!arch_spin_trylock(lock)) {
		preempt_enable();
		return false;
	}
	if (unlikely(lockdep_enabled))
		lock_acquire(&lock->dep, true, _RET_IP_);
	return true;
}

#endif
