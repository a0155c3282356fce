/* SPDX-License-Identifier: MIT */
/*
 * The local APIC: raising an NMI on this CPU, and the INIT and STARTUP
 * IPIs that start an AP (arch/x86/kernel/apic.c, smpboot.c). Registers are 32-bit, 16-byte
 * apart, in the page IA32_APIC_BASE names (SDM 10.4).
 */
#ifndef ASM_APIC_H
#define ASM_APIC_H

#include <kernel/types.h>

#define MSR_IA32_APICBASE 0x1b
#define MSR_IA32_APICBASE_ENABLE (1u << 11)

#define APIC_ID 0x20
#define APIC_SVR 0xf0 /* spurious-interrupt vector register */
#define APIC_SVR_ENABLE 0x100
#define APIC_ICR 0x300	/* interrupt command: low word (sends on write) */
#define APIC_ICR2 0x310 /* high word: destination in bits 31:24 */
#define APIC_ICR_BUSY (1u << 12)
#define APIC_DM_NMI 0x400
#define APIC_DM_INIT 0x500
#define APIC_DM_STARTUP 0x600 /* vector = the trampoline's page number */
#define APIC_INT_LEVELTRIG (1u << 15)
#define APIC_INT_ASSERT (1u << 14)
#define APIC_LVT0 0x350
#define APIC_LVT1 0x360
#define APIC_DM_EXTINT 0x700
#define APIC_LVT_MASKED (1u << 16)

#define SPURIOUS_APIC_VECTOR 0xff

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

#endif
