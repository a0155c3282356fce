// SPDX-License-Identifier: MIT
/*
 * smp_call_function_many() and on_each_cpu() (include/kernel/smp.h): one
 * call in flight at a time, described by call_data; each target's
 * CALL_FUNCTION_VECTOR handler clears its bit in call_data.pending, and
 * the caller waits, bounded, until the mask is empty.
 */
#include <asm/apic.h>
#include <asm/irq.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/delay.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>

#define POLL_US 10
#define SPINS_PER_POLL 1024

/* Protected by call_lock, except pending: its bits are cleared by targets. */
static struct {
	smp_call_func_t fn;
	void *info;
	bool wait;
	unsigned long pending; /* targets that have not answered yet */
} call_data;
/*
 * One call at a time. Taken with interrupts on: a CPU waiting for it must
 * still answer the holder's IPI.
 */
static DEFINE_SPINLOCK(call_lock);

int smp_call_test_mute_cpu = -1;

static unsigned long xchg_ulong(unsigned long *p, unsigned long v)
{
	__asm__ __volatile__("xchg %0, %1" : "+r"(v), "+m"(*p) : : "memory");
	return v;
}

static void clear_pending(unsigned long bits)
{
	__asm__ __volatile__("lock and %1, %0"
			     : "+m"(call_data.pending)
			     : "r"(~bits)
			     : "memory");
}

void smp_call_function_interrupt(void)
{
	unsigned long me = 1UL << smp_processor_id();
	smp_call_func_t fn;
	void *info;
	bool wait;

	/* Not ours (any more): its caller gave up on us and went on. */
	if (!(READ_ONCE(call_data.pending) & me))
		return;
	if (READ_ONCE(smp_call_test_mute_cpu) == (int)smp_processor_id())
		return;
	tlb_flush_if_pending(); /* an idle CPU's owed flushes, before fn */
	fn = READ_ONCE(call_data.fn);
	info = READ_ONCE(call_data.info);
	wait = READ_ONCE(call_data.wait);
	if (!wait)
		clear_pending(me); /* the caller may reuse call_data now */
	fn(info);
	if (wait)
		clear_pending(me);
}

/* One line: who did not answer, and what it was running (a hint at why). */
static void report_silent_cpu(unsigned int cpu)
{
	struct percpu_area *area = READ_ONCE(per_cpu_area[cpu]);
	struct task_struct *t = area ? READ_ONCE(area->current_task) : NULL;

	printk("smp: CPU %u (APIC ID %u) did not answer a call-function IPI within %u ms; it runs '%s' (pid %d), preempt_count %#x\n",
	       cpu, x86_cpu_to_apicid[cpu], SMP_CALL_TIMEOUT_MS,
	       t ? t->comm : "?", t ? t->pid : -1,
	       area ? READ_ONCE(area->preempt_count) : 0);
}

void spin_lock_answering_calls(spinlock_t *lock)
{
	/*
	 * Waiting, answer the holder's call ourselves: with interrupts off
	 * (a TLB shootdown from the scheduler's path, say) its IPI would not
	 * get through, and it would wait for us.
	 */
	while (!spin_trylock(lock)) {
		unsigned long flags;

		local_irq_save(flags);
		smp_call_function_interrupt();
		local_irq_restore(flags);
		cpu_relax();
	}
}

int smp_call_function_many(const struct cpumask *mask, smp_call_func_t fn,
			   void *info, bool wait)
{
	unsigned long targets, late, waited, spins;
	unsigned int cpu, self;
	int ret = 0;

	self = smp_processor_id();
	targets = READ_ONCE(mask->bits) & READ_ONCE(cpu_online_mask->bits) &
		  ~(1UL << self);
	if (!targets || !apic_present())
		return 0;

	spin_lock_answering_calls(&call_lock);
	call_data.fn = fn;
	call_data.info = info;
	call_data.wait = wait;
	WRITE_ONCE(call_data.pending, targets);
	barrier(); /* the APIC write below orders the stores (x86 is TSO) */
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (targets & (1UL << cpu))
			apic_send_IPI(cpu, CALL_FUNCTION_VECTOR);

	/*
	 * Spin on the answers (they come in microseconds); only every
	 * SPINS_PER_POLL tries spend POLL_US on the clock, which bounds the
	 * wait (at least SMP_CALL_TIMEOUT_MS: the spinning adds to it).
	 */
	for (waited = 0, spins = 0; READ_ONCE(call_data.pending) &&
				    waited < SMP_CALL_TIMEOUT_MS * 1000UL;
	     spins++) {
		cpu_relax();
		if (spins % SPINS_PER_POLL == SPINS_PER_POLL - 1) {
			udelay(POLL_US);
			waited += POLL_US;
		}
	}
	late = xchg_ulong(&call_data.pending, 0);
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		if (!(late & (1UL << cpu)))
			continue;
		report_silent_cpu(cpu);
		ret = -ETIMEDOUT;
	}
	spin_unlock(&call_lock);
	return ret;
}

int on_each_cpu(smp_call_func_t fn, void *info, bool wait)
{
	unsigned long flags;
	int ret = smp_call_function_many(cpu_online_mask, fn, info, wait);

	local_irq_save(flags);
	fn(info);
	local_irq_restore(flags);
	return ret;
}
