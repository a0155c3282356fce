/* SPDX-License-Identifier: MIT */
/*
 * The local APIC: raising an NMI on this CPU, the INIT and STARTUP IPIs
 * that start an AP, fixed IPIs, the EOI, and the per-CPU timer
 * (arch/x86/kernel/apic.c, apic_timer.c, smpboot.c). Registers are
 * 32-bit, 16-byte apart, in the page IA32_APIC_BASE names (SDM 10.4).
 *
 * Vectors the local APIC delivers itself (docs/smp.md), all reached from
 * do_interrupt() through do_apic_interrupt():
 *
 *	0xec  LOCAL_TIMER_VECTOR     the timer, periodic at HZ on every CPU
 *	0xfb  CALL_FUNCTION_VECTOR   smp_call_function_many (kernel/smp.c)
 *	0xfd  RESCHEDULE_VECTOR      only counted for now
 *	0xff  SPURIOUS_APIC_VECTOR   counted, never acknowledged (SDM 10.9)
 */
#ifndef ASM_APIC_H
#define ASM_APIC_H

#include <kernel/types.h>

#define MSR_IA32_APICBASE 0x1b
#define MSR_IA32_APICBASE_ENABLE (1u << 11)

#define APIC_ID 0x20
#define APIC_TASKPRI 0x80
#define APIC_EOI 0xb0
#define APIC_ISR 0x100 /* in-service: 8 words of 32 vectors, 16 bytes apart */
#define APIC_IRR 0x200 /* requested: the same layout */
#define APIC_SVR 0xf0  /* spurious-interrupt vector register */
#define APIC_SVR_ENABLE 0x100
#define APIC_ICR 0x300	/* interrupt command: low word (sends on write) */
#define APIC_ICR2 0x310 /* high word: destination in bits 31:24 */
#define APIC_ICR_BUSY (1u << 12)
#define APIC_DM_FIXED 0x000
#define APIC_DM_NMI 0x400
#define APIC_DM_INIT 0x500
#define APIC_DM_STARTUP 0x600 /* vector = the trampoline's page number */
#define APIC_INT_LEVELTRIG (1u << 15)
#define APIC_INT_ASSERT (1u << 14)
#define APIC_DEST_ALLBUT (3u << 18) /* shorthand: all excluding self */
#define APIC_LVTT 0x320		    /* LVT timer */
#define APIC_LVT_TIMER_PERIODIC (1u << 17)
#define APIC_TMICT 0x380 /* timer initial count */
#define APIC_TMCCT 0x390 /* timer current count */
#define APIC_TDCR 0x3e0	 /* timer divide configuration */
#define APIC_TDR_DIV_16 0x3
#define APIC_TIMER_DIVISOR 16
#define APIC_LVT0 0x350
#define APIC_LVT1 0x360
#define APIC_DM_EXTINT 0x700
#define APIC_LVT_MASKED (1u << 16)

#define LOCAL_TIMER_VECTOR 0xec
#define CALL_FUNCTION_VECTOR 0xfb
#define RESCHEDULE_VECTOR 0xfd
#define SPURIOUS_APIC_VECTOR 0xff
/* do_interrupt() hands every vector from here up to do_apic_interrupt(). */
#define FIRST_SYSTEM_VECTOR LOCAL_TIMER_VECTOR

struct pt_regs;

/* Map and enable this CPU's local APIC; -ENODEV without one. */
int apic_init(void);
/* Is there a local APIC to send with? */
bool apic_present(void);
/* This CPU's local APIC ID (xAPIC: bits 31:24 of the ID register). */
u32 read_apic_id(void);
/* Send the IPI icr_low to apic_id and wait until the APIC has sent it. */
void apic_icr_write(u32 icr_low, u32 apic_id);
/* An AP's local APIC: software-enabled, LINT0 and LINT1 masked (the
 * boot CPU alone takes PIC interrupts and the LINT1 NMI). */
void apic_init_secondary(void);
/* Raise an NMI on this CPU (to its own APIC ID, valid on every xAPIC). */
void apic_send_nmi_self(void);

/* Register access for this CPU's local APIC (apic_present() first). */
u32 apic_read(unsigned int reg);
void apic_write(unsigned int reg, u32 v);
/* End of interrupt: retire the highest in-service vector of this CPU. */
void apic_eoi(void);
/* Is vector set in this CPU's in-service / request register? */
bool apic_vector_in_service(unsigned int vector);
bool apic_vector_pending(unsigned int vector);
/* LINT0 (the 8259 through virtual wire) masked or not, on this CPU. */
void apic_set_lint0_masked(bool masked);

/*
 * A fixed IPI of vector to CPU cpu / to every CPU but this one. Any
 * context; interrupts are kept off while the two ICR words are written.
 */
void apic_send_IPI(unsigned int cpu, unsigned int vector);
void apic_send_IPI_allbutself(unsigned int vector);

/*
 * Vectors FIRST_SYSTEM_VECTOR..0xff, from do_interrupt(): the EOI, this
 * CPU's counter, then the handler (a spurious vector: no EOI, counted).
 */
void do_apic_interrupt(struct pt_regs *regs);

/* ---- the local APIC timer (apic_timer.c) ------------------------- */

/*
 * Measure the timer against the PIT on the boot CPU (interrupts off, the
 * PIT running at HZ): ticks of the divided bus clock per second, printed
 * in one line. 0 if there is no local APIC or the PIT never moved.
 */
unsigned long apic_timer_calibrate(void);
/* Timer ticks per second found by apic_timer_calibrate() (0: not used). */
extern unsigned long apic_timer_rate;
/* Start this CPU's timer: periodic at HZ on LOCAL_TIMER_VECTOR. */
void apic_timer_setup(void);
/* LOCAL_TIMER_VECTOR: count on every CPU; on CPU 0 the jiffies tick. */
void apic_timer_interrupt(struct pt_regs *regs);

#endif
