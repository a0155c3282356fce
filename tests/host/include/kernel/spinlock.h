/* SPDX-License-Identifier: MIT */
/*
 * Host unit tests run the allocators single-threaded: spinlock_t is an
 * empty shell there, so that mm/ code builds unchanged without the
 * kernel's per-CPU segment (include/kernel/spinlock.h is the real one).
 */
#ifndef KERNEL_SPINLOCK_H
#define KERNEL_SPINLOCK_H

typedef struct spinlock {
	int unused;
} spinlock_t;

#define __SPIN_LOCK_UNLOCKED(lockname) \
	{                              \
		0                      \
	}
#define __SPIN_LOCK_UNLOCKED_CLASS(keyp, lname) \
	{                                       \
		0                               \
	}
#define DEFINE_SPINLOCK(x) spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define spin_lock_init(lock) ((void)(lock))
#define spin_lock(lock) ((void)(lock))
#define spin_unlock(lock) ((void)(lock))
#define spin_lock_irqsave(lock, flags) ((void)(lock), (flags) = 0)
#define spin_unlock_irqrestore(lock, flags) ((void)(lock), (void)(flags))
#define local_lock_irqsave(flags) ((flags) = 0)
#define local_unlock_irqrestore(flags) ((void)(flags))

#endif
