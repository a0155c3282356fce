/* SPDX-License-Identifier: MIT */
/*
 * Running a function on other CPUs (kernel/smp.c), over the local APIC's
 * CALL_FUNCTION_VECTOR IPI.
 *
 * One call is in flight at a time, under call_lock. Callers may have
 * interrupts off: a CPU waiting for call_lock answers the holder's call by
 * polling, so two callers cannot wait for each other. A target that
 * spins with interrupts off on a lock the caller holds would still never
 * answer: never call with a spinlock held that is taken with interrupts
 * off (the timeout reports it instead of hanging).
 */
#ifndef KERNEL_SMP_H
#define KERNEL_SMP_H

#include <asm/smp.h>
#include <kernel/spinlock.h>
#include <kernel/types.h>

/* Runs on each target in its interrupt handler, interrupts off. */
typedef void (*smp_call_func_t)(void *info);

/* How long a caller waits for every target to answer. */
#define SMP_CALL_TIMEOUT_MS 500

/*
 * Run fn(info) on every online CPU of mask except this one; offline CPUs
 * are skipped. With wait, return once fn has finished everywhere; without,
 * once every target has taken the call (fn may still be running). Returns
 * 0, or -ETIMEDOUT after SMP_CALL_TIMEOUT_MS if some CPU did not answer
 * (each reported in one line with its APIC ID; a late answer is dropped).
 */
int smp_call_function_many(const struct cpumask *mask, smp_call_func_t fn,
			   void *info, bool wait);
/* fn(info) on every online CPU, this one included (here with interrupts off). */
int on_each_cpu(smp_call_func_t fn, void *info, bool wait);
/*
 * Take lock, whose holder may send this CPU a call-function IPI and wait
 * for it (call_lock, vmap_purge_lock): while waiting, answer such calls by
 * polling, so that it works with interrupts off too.
 */
void spin_lock_answering_calls(spinlock_t *lock);
/* CALL_FUNCTION_VECTOR, from do_apic_interrupt() after the EOI. */
void smp_call_function_interrupt(void);

/*
 * Test only: the CPU whose handler takes the IPI but never answers (-1:
 * none), to show that a caller gives up instead of hanging.
 */
extern int smp_call_test_mute_cpu;

#endif
