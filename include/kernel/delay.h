/* SPDX-License-Identifier: MIT */
/*
 * Busy-waits on the PIT's channel 0 (arch/x86/kernel/i8253.c), which runs
 * at HZ from time_init() on, with interrupts on or off. Reading the PIT is
 * a latch command and two reads: callers on different CPUs must not wait
 * at the same time (today: the boot CPU's bring-up, and the holder of the
 * call-function lock in kernel/smp.c).
 */
#ifndef KERNEL_DELAY_H
#define KERNEL_DELAY_H

void udelay(unsigned long us);

#endif
