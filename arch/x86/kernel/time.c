// SPDX-License-Identifier: MIT
/*
 * The periodic tick: jiffies and the tick hook, driven by CPU 0's local
 * APIC timer where there is a local APIC (apic_timer.c), else by the PIT
 * on IRQ 0. The PIT runs at HZ either way: the APIC timer is calibrated
 * against it and udelay() reads it.
 */
#include <asm/apic.h>
#include <asm/i8253.h>
#include <asm/irq.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/time.h>

volatile unsigned long jiffies;
bool tick_from_apic_timer;
static tick_hook_t tick_hook;

tick_hook_t set_tick_hook(tick_hook_t hook)
{
	tick_hook_t old = tick_hook;

	WRITE_ONCE(tick_hook, hook);
	return old;
}

/* One tick on CPU 0, after the EOI: the hook may switch tasks. */
void tick_periodic(struct pt_regs *regs)
{
	tick_hook_t hook = READ_ONCE(tick_hook);

	jiffies++;
	if (hook)
		hook(regs);
}

static void timer_interrupt(struct pt_regs *regs, void *dev __unused)
{
	tick_periodic(regs);
}

void time_init(void)
{
	setup_pit_timer(HZ);
	if (apic_present() && apic_timer_calibrate()) {
		apic_timer_setup();
		tick_from_apic_timer = true;
		printk("time: local APIC timer at %u Hz on vector %#x (CPU 0 keeps jiffies); PIT at %u Hz for calibration and delays, IRQ %u unused\n",
		       HZ, LOCAL_TIMER_VECTOR, HZ, PIT_IRQ);
		return;
	}
	if (request_irq(PIT_IRQ, timer_interrupt, NULL))
		panic("time_init: IRQ %u busy", PIT_IRQ);
	printk("time: PIT at %u Hz (divisor %lu) on IRQ %u\n", HZ,
	       PIT_LATCH(HZ), PIT_IRQ);
}
