/* SPDX-License-Identifier: MIT */
/*
 * The periodic timer tick: jiffies counts ticks delivered since boot, at
 * HZ per second while interrupts are on. With interrupts off a tick waits
 * in the PIC, and further ticks are lost: jiffies is not wall time.
 */
#ifndef KERNEL_TIME_H
#define KERNEL_TIME_H

#include <kernel/types.h>

#ifndef HZ
#define HZ 100
#endif

struct pt_regs;

/* Ticks so far; wraps (after 497 days at HZ=100 on i386): compare with time_after(). */
extern volatile unsigned long jiffies;

#define time_after(a, b) ((long)((b) - (a)) < 0)
#define time_before(a, b) time_after(b, a)
#define time_after_eq(a, b) ((long)((a) - (b)) >= 0)
#define time_before_eq(a, b) time_after_eq(b, a)

/*
 * Called on every tick after jiffies has advanced and the PIC has been
 * acknowledged, with interrupts off, on the interrupted stack; regs is
 * the interrupted context. It may switch stacks and return much later.
 */
typedef void (*tick_hook_t)(struct pt_regs *regs);

/* Install hook (NULL: none) for every later tick; returns the previous one. */
tick_hook_t set_tick_hook(tick_hook_t hook);

/* Start the tick: PIT channel 0 at HZ on IRQ 0. Interrupts stay off. */
void time_init(void);

#endif
