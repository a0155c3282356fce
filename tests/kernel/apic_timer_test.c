// SPDX-License-Identifier: MIT
/*
 * The local APIC timer (arch/x86/kernel/apic_timer.c): the tick wherever
 * there is a local APIC, a calibrated rate in a sane range, programmed
 * periodic at HZ, and running on every online CPU (each CPU's
 * apic_timer_ticks grows while CPU 0 waits a few jiffies in hlt).
 */
#include <asm/apic.h>
#include <asm/irq.h>
#include <asm/percpu.h>
#include <asm/smp.h>
#include <kernel/ktest.h>
#include <kernel/nmi.h>
#include <kernel/time.h>

#define WAIT_TICKS 10

static bool no_timer(struct ktest *t)
{
	if (tick_from_apic_timer)
		return false;
	ktest_skip(t, "no local APIC: the PIT is the tick");
	return true;
}

KTEST(apic_timer, is_the_tick)
{
	EXPECT_EQ(t, tick_from_apic_timer, apic_present());
	EXPECT_EQ(t, !irq_desc[PIT_IRQ].handler, tick_from_apic_timer);
}

/* QEMU: 1 GHz / 16; anything from 1 MHz to 4 GHz is believable. */
KTEST(apic_timer, calibration_in_range)
{
	if (no_timer(t))
		return;
	ktest_log(t, "%lu Hz after the divider", apic_timer_rate);
	EXPECT_GE(t, apic_timer_rate, 1000000UL);
	EXPECT_LE(t, apic_timer_rate, 4000000000UL);
}

KTEST(apic_timer, programmed_periodic_at_hz)
{
	if (no_timer(t))
		return;
	EXPECT_EQ(t, apic_read(APIC_LVTT),
		  APIC_LVT_TIMER_PERIODIC | LOCAL_TIMER_VECTOR);
	EXPECT_EQ(t, apic_read(APIC_TMICT), (u32)(apic_timer_rate / HZ));
	EXPECT_EQ(t, apic_read(APIC_TDCR) & 0xb, APIC_TDR_DIV_16);
	EXPECT_LE(t, apic_read(APIC_TMCCT), apic_read(APIC_TMICT));
}

KTEST(apic_timer, every_cpu_ticks)
{
	unsigned long before[NR_CPUS], start, wakeups = 0;
	unsigned int cpu;

	if (no_timer(t))
		return;
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		before[cpu] =
			per_cpu_area[cpu]
				? READ_ONCE(per_cpu_area[cpu]->apic_timer_ticks)
				: 0;
	start = jiffies;
	while (jiffies - start < WAIT_TICKS && wakeups < 1000) {
		safe_halt();
		local_irq_disable();
		wakeups++;
	}
	EXPECT_GE(t, jiffies - start, (unsigned long)WAIT_TICKS);
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		unsigned long d;

		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		d = READ_ONCE(per_cpu_area[cpu]->apic_timer_ticks) -
		    before[cpu];
		ktest_log(t, "CPU %u: %lu timer ticks in %lu jiffies", cpu, d,
			  jiffies - start);
		/* CPU 0's ticks are the jiffies; an AP's run alongside. */
		if (cpu == 0)
			EXPECT_EQ(t, d, jiffies - start);
		else
			EXPECT_GE(t, d, (unsigned long)WAIT_TICKS / 2);
	}
}

KTEST(apic_timer, spurious_vector_counted)
{
	unsigned long n;

	if (!apic_present()) {
		ktest_skip(t, "no local APIC");
		return;
	}
	n = this_cpu_read(apic_spurious_count);
	__asm__ __volatile__("int %0" ::"i"(SPURIOUS_APIC_VECTOR) : "memory");
	EXPECT_EQ(t, this_cpu_read(apic_spurious_count), n + 1);
}
