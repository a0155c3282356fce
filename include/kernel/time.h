/* SPDX-License-Identifier: MIT */
/*
 * The periodic timer tick: jiffies counts ticks delivered to CPU 0 since
 * boot, at HZ per second while interrupts are on, from CPU 0's local APIC
 * timer (or the PIT on a CPU without a local APIC). With interrupts off a
 * tick waits in the APIC (or PIC), and further ticks are lost: jiffies is
 * not wall time. jiffies is written by CPU 0 only.
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
 * Called on CPU 0 on every tick after jiffies has advanced and the
 * interrupt has been acknowledged (EOI), with interrupts off, on the interrupted stack; regs is
 * the interrupted context. It may switch stacks and return much later.
 */
typedef void (*tick_hook_t)(struct pt_regs *regs);

/* Install hook (NULL: none) for every later tick; returns the previous one. */
tick_hook_t set_tick_hook(tick_hook_t hook);

/*
 * Start the tick: the PIT at HZ, then CPU 0's local APIC timer calibrated
 * against it and periodic at HZ (or, without a local APIC, the PIT's IRQ 0
 * as the tick). Interrupts stay off.
 */
void time_init(void);
/* The tick comes from the local APIC timer (else from the PIT's IRQ 0). */
extern bool tick_from_apic_timer;
/* Advance jiffies and call the hook: CPU 0's tick, after its EOI. */
void tick_periodic(struct pt_regs *regs);

#endif
