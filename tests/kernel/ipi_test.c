// SPDX-License-Identifier: MIT
/*
 * IPIs (arch/x86/kernel/apic.c, kernel/smp.c): on_each_cpu runs the
 * function exactly once on every online CPU, smp_call_function_many skips
 * offline CPUs and the caller, the reschedule IPI arrives, and a CPU that
 * takes the call but never answers (smp_call_test_mute_cpu) makes the call
 * return -ETIMEDOUT after its bound instead of hanging. Callers run with
 * interrupts on (include/kernel/smp.h); each case turns them off again.
 */
#include <asm/apic.h>
#include <asm/irq.h>
#include <asm/percpu.h>
#include <asm/smp.h>
#include <kernel/delay.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/smp.h>
#include <kernel/time.h>

static unsigned long hits[NR_CPUS];
static void *seen_info[NR_CPUS];
static int magic;

/* Runs on each target: only its own slot, so no lock. */
static void count_hit(void *info)
{
	unsigned int cpu = smp_processor_id();

	WRITE_ONCE(hits[cpu], hits[cpu] + 1);
	WRITE_ONCE(seen_info[cpu], info);
}

static void reset_hits(void)
{
	unsigned int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		hits[cpu] = 0;
		seen_info[cpu] = NULL;
	}
}

static bool need_aps(struct ktest *t, unsigned int n)
{
	if (num_online_cpus() > n)
		return false;
	ktest_skip(t, "needs more online CPUs");
	return true;
}

KTEST(ipi, on_each_cpu_once_everywhere)
{
	unsigned long calls[NR_CPUS];
	unsigned int cpu;
	int ret;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		calls[cpu] =
			per_cpu_area[cpu]
				? READ_ONCE(per_cpu_area[cpu]->ipi_call_count)
				: 0;
	reset_hits();
	local_irq_enable();
	ret = on_each_cpu(count_hit, &magic, true);
	local_irq_disable();
	EXPECT_EQ(t, ret, 0);
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		bool online = cpumask_test_cpu(cpu, cpu_online_mask);

		EXPECT_EQ(t, READ_ONCE(hits[cpu]), online ? 1UL : 0UL);
		if (!online)
			continue;
		EXPECT_PTR_EQ(t, READ_ONCE(seen_info[cpu]), &magic);
		/* An AP got it by IPI; CPU 0 ran it directly. */
		EXPECT_EQ(t, READ_ONCE(per_cpu_area[cpu]->ipi_call_count),
			  calls[cpu] + (cpu != 0));
	}
}

/* A mask naming an offline CPU (and the caller): both skipped. */
KTEST(ipi, call_many_skips_offline_and_self)
{
	struct cpumask mask = { READ_ONCE(cpu_online_mask->bits) };
	unsigned int cpu, offline = NR_CPUS;
	int ret;

	for (cpu = NR_CPUS; cpu-- > 1;)
		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			offline = cpu;
	if (offline == NR_CPUS) {
		ktest_skip(t, "every CPU is online");
		return;
	}
	mask.bits |= 1UL << offline;
	reset_hits();
	local_irq_enable();
	ret = smp_call_function_many(&mask, count_hit, &magic, true);
	local_irq_disable();
	EXPECT_EQ(t, ret, 0);
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		EXPECT_EQ(t, READ_ONCE(hits[cpu]),
			  cpu != 0 && cpumask_test_cpu(cpu, cpu_online_mask)
				  ? 1UL
				  : 0UL);
}

/* Without wait the call returns once taken; fn still runs once each. */
KTEST(ipi, call_many_without_wait)
{
	unsigned int cpu, us;
	unsigned long want = 0, done;
	int ret;

	if (need_aps(t, 1))
		return;
	reset_hits();
	local_irq_enable();
	ret = smp_call_function_many(cpu_online_mask, count_hit, &magic, false);
	local_irq_disable();
	EXPECT_EQ(t, ret, 0);
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask))
			want++;
	for (us = 0; us < 500000; us += 100) {
		for (done = 0, cpu = 1; cpu < NR_CPUS; cpu++)
			done += READ_ONCE(hits[cpu]);
		if (done >= want)
			break;
		udelay(100);
	}
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		EXPECT_EQ(t, READ_ONCE(hits[cpu]),
			  cpu != 0 && cpumask_test_cpu(cpu, cpu_online_mask)
				  ? 1UL
				  : 0UL);
}

/*
 * The last AP takes the IPI and never answers: the call must come back
 * with -ETIMEDOUT after about SMP_CALL_TIMEOUT_MS, the others having run
 * fn; unmuted, the same CPU answers the next call.
 */
KTEST(ipi, unanswered_cpu_times_out)
{
	unsigned int cpu, mute = 0;
	unsigned long start, calls;
	int ret;

	if (need_aps(t, 1))
		return;
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask))
			mute = cpu;
	calls = READ_ONCE(per_cpu_area[mute]->ipi_call_count);
	reset_hits();
	WRITE_ONCE(smp_call_test_mute_cpu, (int)mute);
	start = jiffies;
	local_irq_enable();
	ret = smp_call_function_many(cpu_online_mask, count_hit, &magic, true);
	local_irq_disable();
	WRITE_ONCE(smp_call_test_mute_cpu, -1);
	ktest_log(t, "CPU %u muted: returned %d after %lu jiffies", mute, ret,
		  jiffies - start);
	EXPECT_EQ(t, ret, -ETIMEDOUT);
	EXPECT_EQ(t, READ_ONCE(hits[mute]), 0UL);
	/* It did take the IPI: delivered, just never acknowledged. */
	EXPECT_EQ(t, READ_ONCE(per_cpu_area[mute]->ipi_call_count), calls + 1);
	EXPECT_GE(t, jiffies - start,
		  (unsigned long)(SMP_CALL_TIMEOUT_MS * HZ / 1000 / 2));
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpu != mute && cpumask_test_cpu(cpu, cpu_online_mask))
			EXPECT_EQ(t, READ_ONCE(hits[cpu]), 1UL);

	reset_hits();
	local_irq_enable();
	ret = smp_call_function_many(cpu_online_mask, count_hit, &magic, true);
	local_irq_disable();
	EXPECT_EQ(t, ret, 0);
	EXPECT_EQ(t, READ_ONCE(hits[mute]), 1UL);
}

/* Wait (bounded) until every AP's resched counter reached want[cpu]. */
static bool wait_resched(const unsigned long *want)
{
	unsigned int cpu, us;
	bool all;

	for (us = 0; us < 500000; us += 100) {
		all = true;
		for (cpu = 1; cpu < NR_CPUS; cpu++)
			if (cpumask_test_cpu(cpu, cpu_online_mask) &&
			    READ_ONCE(per_cpu_area[cpu]->ipi_resched_count) <
				    want[cpu])
				all = false;
		if (all)
			return true;
		udelay(100);
	}
	return false;
}

KTEST(ipi, reschedule_counted)
{
	unsigned long want[NR_CPUS] = { 0 };
	unsigned int cpu;

	if (need_aps(t, 1))
		return;
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask)) {
			want[cpu] =
				READ_ONCE(
					per_cpu_area[cpu]->ipi_resched_count) +
				1;
			apic_send_IPI(cpu, RESCHEDULE_VECTOR);
		}
	EXPECT_TRUE(t, wait_resched(want));
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		want[cpu]++;
	apic_send_IPI_allbutself(RESCHEDULE_VECTOR);
	EXPECT_TRUE(t, wait_resched(want));
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask))
			EXPECT_EQ(
				t,
				READ_ONCE(per_cpu_area[cpu]->ipi_resched_count),
				want[cpu]);
}
