// SPDX-License-Identifier: MIT
/*
 * This CPU's local APIC: mapped uncached through ioremap, software-enabled
 * in virtual-wire mode (the 8259 PIC keeps delivering through LINT0, NMIs
 * arrive on LINT1, as the BIOS leaves them), and used to raise NMIs on
 * this CPU; the INIT and STARTUP IPIs that start the APs, fixed IPIs,
 * and the dispatch of the vectors it delivers itself (timer, IPIs,
 * spurious). Every CPU sees its own local APIC at the same physical
 * address, so one mapping serves all (arch/x86/include/asm/apic.h).
 */
#include <asm/apic.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/irq.h>
#include <asm/percpu.h>
#include <asm/ptrace.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/smp.h>
#include <kernel/vmalloc.h>

static volatile u32 *lapic;

u32 apic_read(unsigned int reg)
{
	return lapic[reg / 4];
}

void apic_write(unsigned int reg, u32 v)
{
	lapic[reg / 4] = v;
}

void apic_eoi(void)
{
	apic_write(APIC_EOI, 0); /* any value; the write is the signal */
}

/* Bit vector of the 256-bit ISR or IRR: word vector / 32, 16 bytes apart. */
static bool apic_vector_bit(unsigned int base, unsigned int vector)
{
	if (!lapic || vector > 0xff)
		return false;
	return apic_read(base + (vector / 32) * 0x10) & (1u << (vector % 32));
}

bool apic_vector_in_service(unsigned int vector)
{
	return apic_vector_bit(APIC_ISR, vector);
}

bool apic_vector_pending(unsigned int vector)
{
	return apic_vector_bit(APIC_IRR, vector);
}

void apic_set_lint0_masked(bool masked)
{
	if (lapic)
		apic_write(APIC_LVT0,
			   APIC_DM_EXTINT | (masked ? APIC_LVT_MASKED : 0));
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

void apic_send_IPI(unsigned int cpu, unsigned int vector)
{
	unsigned long flags;

	if (!lapic || cpu >= NR_CPUS)
		return;
	/* An interrupt between the two ICR writes could send its own IPI. */
	local_irq_save(flags);
	apic_icr_write(APIC_DM_FIXED | vector, x86_cpu_to_apicid[cpu]);
	local_irq_restore(flags);
}

void apic_send_IPI_allbutself(unsigned int vector)
{
	unsigned long flags;

	if (!lapic)
		return;
	local_irq_save(flags);
	apic_wait_icr_idle();
	apic_write(APIC_ICR, APIC_DEST_ALLBUT | APIC_DM_FIXED | vector);
	apic_wait_icr_idle();
	local_irq_restore(flags);
}

void do_apic_interrupt(struct pt_regs *regs)
{
	switch (regs->vector) {
	case SPURIOUS_APIC_VECTOR:
		/* Nothing went in service (SDM 10.9): no EOI. */
		this_cpu_inc(apic_spurious_count);
		return;
	case LOCAL_TIMER_VECTOR:
		apic_eoi(); /* first: the tick hook may switch tasks */
		apic_timer_interrupt(regs);
		return;
	case CALL_FUNCTION_VECTOR:
		apic_eoi();
		this_cpu_inc(ipi_call_count);
		smp_call_function_interrupt();
		return;
	case RESCHEDULE_VECTOR:
		apic_eoi();
		this_cpu_inc(ipi_resched_count); /* no per-CPU scheduler yet */
		return;
	default:
		apic_eoi();
		printk("apic: unexpected vector %#lx on CPU %u\n", regs->vector,
		       smp_processor_id());
	}
}
