// SPDX-License-Identifier: MIT
/*
 * The PIT and the periodic tick built on it: channel 0 in mode 2 (a rate
 * generator, one pulse per period), IRQ 0, jiffies and the tick hook.
 */
#include <asm/i8253.h>
#include <asm/io.h>
#include <asm/irq.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/time.h>

#define PIT_MODE_CH0 0x00
#define PIT_MODE_LATCH 0x00 /* counter latch command */
#define PIT_MODE_LOHI 0x30  /* access low byte, then high byte */
#define PIT_MODE_RATE 0x04  /* mode 2; binary count */

_Static_assert(PIT_LATCH(HZ) >= 2 && PIT_LATCH(HZ) <= 0xffff,
	       "HZ out of the PIT's range (19..596591)");

volatile unsigned long jiffies;
static tick_hook_t tick_hook;

void setup_pit_timer(unsigned int hz)
{
	unsigned long latch = PIT_LATCH(hz);

	outb(PIT_MODE, PIT_MODE_CH0 | PIT_MODE_LOHI | PIT_MODE_RATE);
	outb(PIT_CH0, latch & 0xff);
	outb(PIT_CH0, (latch >> 8) & 0xff);
}

unsigned int pit_read_count(void)
{
	unsigned int lo, hi;

	outb(PIT_MODE, PIT_MODE_CH0 | PIT_MODE_LATCH);
	lo = inb(PIT_CH0);
	hi = inb(PIT_CH0);
	return hi << 8 | lo;
}

/* ---- the tick ------------------------------------------------------ */

tick_hook_t set_tick_hook(tick_hook_t hook)
{
	tick_hook_t old = tick_hook;

	WRITE_ONCE(tick_hook, hook);
	return old;
}

/* IRQ 0: the PIC has had its EOI (do_irq), so the hook may switch tasks. */
static void timer_interrupt(struct pt_regs *regs, void *dev __unused)
{
	tick_hook_t hook = READ_ONCE(tick_hook);

	jiffies++;
	if (hook)
		hook(regs);
}

void time_init(void)
{
	setup_pit_timer(HZ);
	if (request_irq(PIT_IRQ, timer_interrupt, NULL))
		panic("time_init: IRQ %u busy", PIT_IRQ);
	printk("time: PIT at %u Hz (divisor %lu) on IRQ %u\n", HZ,
	       PIT_LATCH(HZ), PIT_IRQ);
}
