// SPDX-License-Identifier: MIT
/*
 * This CPU's local APIC: mapped uncached through ioremap, software-enabled
 * in virtual-wire mode (the 8259 PIC keeps delivering through LINT0, NMIs
 * arrive on LINT1, as the BIOS leaves them), and used to raise NMIs on
 * this CPU; the INIT and STARTUP IPIs that start the APs. Every CPU sees
 * its own local APIC at the same physical address, so one mapping serves
 * all (arch/x86/include/asm/apic.h).
 */
#include <asm/apic.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/vmalloc.h>

static volatile u32 *lapic;

static u32 apic_read(unsigned int reg)
{
	return lapic[reg / 4];
}

static void apic_write(unsigned int reg, u32 v)
{
	lapic[reg / 4] = v;
}

bool apic_present(void)
{
	return lapic != NULL;
}

int apic_init(void)
{
	u64 base;
	phys_addr_t phys;

	if (!boot_cpu.apic) {
		printk("apic: this CPU has no local APIC; no NMIs can be raised\n");
		return -ENODEV;
	}
	base = rdmsr(MSR_IA32_APICBASE);
	if (!(base & MSR_IA32_APICBASE_ENABLE))
		wrmsr(MSR_IA32_APICBASE, base | MSR_IA32_APICBASE_ENABLE);
	phys = (phys_addr_t)(base & ~0xfffULL);
	lapic = ioremap(phys, PAGE_SIZE);
	if (!lapic) {
		printk("apic: cannot map the local APIC at %llx\n",
		       (unsigned long long)phys);
		return -ENOMEM;
	}
	/* Virtual wire: the PIC through LINT0, NMIs (QEMU's button) through LINT1. */
	apic_write(APIC_LVT0, APIC_DM_EXTINT);
	apic_write(APIC_LVT1, APIC_DM_NMI);
	apic_write(APIC_SVR, APIC_SVR_ENABLE | SPURIOUS_APIC_VECTOR);
	printk("apic: local APIC %u at %llx, mapped at %p\n",
	       apic_read(APIC_ID) >> 24, (unsigned long long)phys,
	       (void *)lapic);
	return 0;
}

u32 read_apic_id(void)
{
	return lapic ? apic_read(APIC_ID) >> 24 : 0;
}

static void apic_wait_icr_idle(void)
{
	while (apic_read(APIC_ICR) & APIC_ICR_BUSY)
		cpu_relax();
}

void apic_icr_write(u32 icr_low, u32 apic_id)
{
	apic_wait_icr_idle();
	apic_write(APIC_ICR2, apic_id << 24);
	apic_write(APIC_ICR, icr_low);
	apic_wait_icr_idle();
}

void apic_init_secondary(void)
{
	apic_write(APIC_LVT0, APIC_DM_EXTINT | APIC_LVT_MASKED);
	apic_write(APIC_LVT1, APIC_DM_NMI | APIC_LVT_MASKED);
	apic_write(APIC_SVR, APIC_SVR_ENABLE | SPURIOUS_APIC_VECTOR);
}

void apic_send_nmi_self(void)
{
	if (!lapic)
		return;
	while (apic_read(APIC_ICR) & APIC_ICR_BUSY)
		cpu_relax();
	/* To our own ID: the self shorthand is not valid with NMI delivery. */
	apic_write(APIC_ICR2, apic_read(APIC_ID) & 0xff000000u);
	apic_write(APIC_ICR, APIC_DM_NMI | APIC_INT_ASSERT);
}
