/* SPDX-License-Identifier: MIT */
/* The 8253/8254 programmable interval timer: channel 0 drives IRQ 0. */
#ifndef ASM_I8253_H
#define ASM_I8253_H

#define PIT_TICK_RATE 1193182UL /* Hz of the input clock */
#define PIT_CH0 0x40
#define PIT_MODE 0x43
/* The divisor for hz; 16 bits, so hz >= 19. */
#define PIT_LATCH(hz) ((PIT_TICK_RATE + (hz) / 2) / (hz))

/* Channel 0 periodic (mode 2, rate generator) at hz. */
void setup_pit_timer(unsigned int hz);
/* Channel 0's current count, from PIT_LATCH(hz) down to 1. */
unsigned int pit_read_count(void);

#endif
