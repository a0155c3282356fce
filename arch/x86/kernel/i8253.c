// SPDX-License-Identifier: MIT
/*
 * The PIT: channel 0 in mode 2 (a rate generator, one pulse per period)
 * on IRQ 0, and busy-waits that read it. The tick built on it (or on the
 * local APIC timer) is in time.c.
 */
#include <asm/i8253.h>
#include <asm/io.h>
#include <kernel/delay.h>
#include <kernel/time.h>

#define PIT_MODE_CH0 0x00
#define PIT_MODE_LATCH 0x00 /* counter latch command */
#define PIT_MODE_LOHI 0x30  /* access low byte, then high byte */
#define PIT_MODE_RATE 0x04  /* mode 2; binary count */

_Static_assert(PIT_LATCH(HZ) >= 2 && PIT_LATCH(HZ) <= 0xffff,
	       "HZ out of the PIT's range (19..596591)");

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

void udelay(unsigned long us)
{
	unsigned long want = us * (PIT_TICK_RATE / 1000) / 1000 + 1, done = 0;
	unsigned int prev = pit_read_count(), now;

	while (done < want) {
		now = pit_read_count();
		/* Channel 0 counts down from PIT_LATCH(HZ) to 1, then reloads. */
		done += now <= prev ? prev - now : prev + PIT_LATCH(HZ) - now;
		prev = now;
	}
}
