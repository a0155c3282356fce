// SPDX-License-Identifier: MIT
/*
 * The local APIC timer (SDM Vol. 3A, 10.5.4): one per CPU, counting down
 * the bus clock divided by 16 from the initial count, and in periodic
 * mode reloading it. Its rate is not architectural, so the boot CPU
 * measures it once against the PIT; every CPU then runs its own at HZ on
 * LOCAL_TIMER_VECTOR. On CPU 0 it is the tick (jiffies, the scheduler's
 * hook); on an AP it is that CPU's scheduler tick.
 */
#include <asm/apic.h>
#include <asm/i8253.h>
#include <asm/percpu.h>
#include <asm/smp.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/time.h>

#define CALIBRATE_PERIODS 5	 /* PIT periods measured: 50 ms at HZ=100 */
#define PIT_WRAP_POLLS 2000000UL /* reads without a reload: not running */
#define MIN_TICKS_PER_JIFFY 100	 /* below this HZ would be too coarse */

/* Written once by the boot CPU in time_init(), before any AP starts. */
unsigned long apic_timer_rate;

/* Wait until channel 0 reloads (counts down to 1, then PIT_LATCH(HZ)). */
static bool pit_wait_reload(void)
{
	unsigned int prev = pit_read_count(), now;
	unsigned long i;

	for (i = 0; i < PIT_WRAP_POLLS; i++) {
		now = pit_read_count();
		if (now > prev)
			return true;
		prev = now;
	}
	return false;
}

unsigned long apic_timer_calibrate(void)
{
	unsigned long ticks, per_jiffy;
	unsigned int i;
	u32 left;

	apic_write(APIC_LVTT, APIC_LVT_MASKED | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	if (!pit_wait_reload())
		goto no_pit;
	apic_write(APIC_TMICT, 0xffffffffu); /* one-shot, masked: just counts */
	for (i = 0; i < CALIBRATE_PERIODS; i++)
		if (!pit_wait_reload())
			goto no_pit;
	left = apic_read(APIC_TMCCT);
	apic_write(APIC_TMICT, 0);
	ticks = 0xffffffffu - left;
	per_jiffy = ticks / CALIBRATE_PERIODS;
	if (left == 0 || per_jiffy < MIN_TICKS_PER_JIFFY) {
		printk("apic: timer calibration gave %lu ticks in %u PIT periods; not believed, the PIT stays the tick\n",
		       ticks, CALIBRATE_PERIODS);
		return 0;
	}
	apic_timer_rate = per_jiffy * HZ;
	printk("apic: timer runs at %lu Hz (bus clock / %u): %lu ticks in %u PIT periods, %lu per jiffy\n",
	       apic_timer_rate, APIC_TIMER_DIVISOR, ticks, CALIBRATE_PERIODS,
	       per_jiffy);
	return apic_timer_rate;
no_pit:
	apic_write(APIC_TMICT, 0);
	printk("apic: the PIT does not count; timer not calibrated, the PIT stays the tick\n");
	return 0;
}

void apic_timer_setup(void)
{
	if (!apic_timer_rate)
		return;
	apic_write(APIC_TDCR, APIC_TDR_DIV_16);
	apic_write(APIC_LVTT, APIC_LVT_TIMER_PERIODIC | LOCAL_TIMER_VECTOR);
	apic_write(APIC_TMICT, (u32)(apic_timer_rate / HZ));
}

void apic_timer_interrupt(struct pt_regs *regs)
{
	this_cpu_inc(apic_timer_ticks);
	if (smp_processor_id() == 0)
		tick_periodic(regs); /* jiffies and the hook (sched_tick) */
	else
		sched_tick(regs);
}
