// SPDX-License-Identifier: MIT
/*
 * Starting the application processors (SDM Vol. 3A, 8.4.4 and 10.6.1;
 * Linux's arch/x86/kernel/smpboot.c), in every paging mode:
 *
 *   smp_init -> enumerate (ACPI MADT, else the MP table) -> copy the
 *   trampoline below 1 MiB, put the boot tables' identity entry back ->
 *   do_boot_cpu for each AP, one at a time: INIT, 10 ms, STARTUP twice,
 *   wait for it to report in -> take the identity entry out -> every AP
 *   reloads CR3, so none keeps a translation of it.
 *
 * An AP runs boot/trampoline.asm, then start_secondary() here: its own
 * GDT, TSS, #DF stack and per-CPU area, the shared IDT, its local APIC,
 * and then it reports in; its boot task becomes its idle task, and its
 * local APIC timer tick switches it to whatever the common run queue
 * holds for it (kernel/sched.c, docs/smp.md).
 *
 * Everything here runs on the boot CPU before the tests, with interrupts
 * off; the only data an AP shares with it are the online mask (locked or),
 * boot_* (written before the STARTUP IPI, read by that AP only) and the
 * AP's smp_ap_report slot (written by the AP, read after it is online).
 */
#include <asm/apic.h>
#include <asm/desc.h>
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <asm/traps.h>
#include <kernel/cmdline.h>
#include <kernel/delay.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/task_stack.h>
#include <kernel/time.h>

#define AP_CALLIN_TIMEOUT_MS 2000 /* TCG threads on a busy host can lag */
#define TRAMPOLINE_LIMIT 0x100000 /* a STARTUP vector names a page < 1 MiB */

struct cpumask __cpu_online_mask;
u32 x86_cpu_to_apicid[NR_CPUS];
struct percpu_area *per_cpu_area[NR_CPUS] = { &boot_percpu_area };
unsigned int nr_cpu_ids = 1;
unsigned int smp_max_cpus = NR_CPUS;
struct smp_ap_report smp_ap_report[NR_CPUS];

/* Must match trampoline_header in boot/trampoline.asm. */
struct trampoline_header {
	u32 cr0, cr4, boot_cr3, pad;
	u64 efer;
	u64 gdt[4];
	u16 gdt_limit;
	u32 gdt_base;
	u32 pm_offset;
	u16 pm_sel;
	u32 lm_offset;
	u16 lm_sel;
} __packed;

extern const char trampoline_start[], trampoline_end[], trampoline_header[];
extern const char tr_gdt[], tr_pm32[];
#ifdef CONFIG_X86_64
extern const char tr_lm64[];
extern u64 boot_pml5[], boot_pml4[], boot_pdpt[];
#elif defined(CONFIG_X86_PAE)
extern u64 boot_pdpt[], boot_pmd[];
#else
extern u32 boot_pgd[], boot_pt[];
#endif

phys_addr_t trampoline_phys;
static bool bsp_listed; /* the boot CPU's own table entry was seen */

/* For the AP being started; read by secondary_startup and start_secondary. */
unsigned long initial_cr3, initial_cr4, initial_stack;
static struct percpu_area *boot_area;
static struct cpu_desc_tables *boot_tables;
static unsigned long boot_df_stack_top;
static bool identity_gone; /* the BSP took the trampoline's map out */

void trampoline_reserve(void)
{
	trampoline_phys =
		memblock_alloc(PAGE_SIZE, PAGE_SIZE, TRAMPOLINE_LIMIT);
	if (!trampoline_phys)
		printk("smp: no free page below 1 MiB for the AP trampoline\n");
}

enum lapic_verdict lapic_list_add(u32 *ids, unsigned int *nr, bool *bsp_listed,
				  u32 apic_id, bool enabled, const char *table)
{
	unsigned int i;

	if (!enabled) {
		printk("smp: %s: CPU with APIC ID %u is disabled; skipped\n",
		       table, apic_id);
		return LAPIC_DISABLED;
	}
	for (i = 0; i < *nr; i++) {
		if (ids[i] != apic_id)
			continue;
		if (i == 0 && !*bsp_listed) {
			*bsp_listed = true;
			return LAPIC_BSP;
		}
		printk("smp: %s: APIC ID %u listed twice; skipped\n", table,
		       apic_id);
		return LAPIC_DUPLICATE;
	}
	if (*nr >= NR_CPUS) {
		printk("smp: %s: APIC ID %u is beyond NR_CPUS=%d; skipped\n",
		       table, apic_id, NR_CPUS);
		return LAPIC_TOO_MANY;
	}
	ids[(*nr)++] = apic_id;
	return LAPIC_ADDED;
}

void smp_register_lapic(u32 apic_id, bool enabled, const char *table)
{
	lapic_list_add(x86_cpu_to_apicid, &nr_cpu_ids, &bsp_listed, apic_id,
		       enabled, table);
}

/* Wait up to ms for *flag to be set; true if it was. */
static bool wait_for(const bool *flag, unsigned long ms)
{
	while (!READ_ONCE(*flag)) {
		if (!ms--)
			return false;
		udelay(1000);
	}
	return true;
}

/* The identity entry of the boot page tables, on or off (head_*.asm). */
static void trampoline_identity_map(bool on)
{
#ifdef CONFIG_X86_64
	if (pgtable_l5_enabled())
		WRITE_ONCE(boot_pml5[0], on ? __pa(boot_pml4) | 3 : 0);
	else
		WRITE_ONCE(boot_pml4[0], on ? __pa(boot_pdpt) | 3 : 0);
#elif defined(CONFIG_X86_PAE)
	WRITE_ONCE(boot_pdpt[0], on ? __pa(boot_pmd) | 1 : 0); /* P only */
#else
	WRITE_ONCE(boot_pgd[0], on ? __pa(boot_pt) | 3 : 0);
#endif
}

static unsigned long boot_tables_cr3(void)
{
#ifdef CONFIG_X86_64
	return __pa(pgtable_l5_enabled() ? boot_pml5 : boot_pml4);
#elif defined(CONFIG_X86_PAE)
	return __pa(boot_pdpt);
#else
	return __pa(boot_pgd);
#endif
}

/* Copy the trampoline to its page and fill in this boot's values. */
static void smp_prepare_trampoline(void)
{
	size_t size = trampoline_end - trampoline_start;
	u8 *page = __va(trampoline_phys);
	struct trampoline_header *h =
		(void *)(page + (trampoline_header - trampoline_start));
	u32 base = (u32)trampoline_phys;

	memcpy(page, trampoline_start, size);
	h->cr0 = (u32)read_cr0();
	h->cr4 = (u32)(read_cr4() & ~X86_CR4_PGE);
	h->boot_cr3 = (u32)boot_tables_cr3();
	h->efer = boot_cpu.nx || boot_cpu.lm ? rdmsr(MSR_EFER) & ~EFER_LMA : 0;
	h->gdt_base = base + (u32)(tr_gdt - trampoline_start);
	h->pm_offset = base + (u32)(tr_pm32 - trampoline_start);
#ifdef CONFIG_X86_64
	h->lm_offset = base + (u32)(tr_lm64 - trampoline_start);
#endif
	initial_cr3 = __pa(init_mm.pgd);
	initial_cr4 = read_cr4();
	trampoline_identity_map(true);
}

/* An AP, on its own stack, in the BSP's paging mode on init_mm's PGD. */
__noreturn void start_secondary(void)
{
	struct percpu_area *area = boot_area;
	struct smp_ap_report *rep = &smp_ap_report[area->cpu_number];

	gdt_init_secondary(boot_tables, boot_df_stack_top, area);
	idt_load();
	apic_init_secondary();
	rep->cpu_number = smp_processor_id();
	rep->self = (unsigned long)this_cpu_area();
	rep->area = (unsigned long)area;
	rep->apic_id = read_apic_id();
	set_cpu_online(smp_processor_id());
	/* Drop whatever translation of the identity map this CPU may hold. */
	while (!READ_ONCE(identity_gone))
		cpu_relax();
	write_cr3(read_cr3());
	WRITE_ONCE(rep->identity_flushed, true);
	sched_init_ap(); /* this boot task is the AP's idle task from now on */
	apic_timer_setup(); /* its own tick: the scheduler's on this CPU */
	/*
	 * Idle, interrupts on: a tick finds work on the common queue and
	 * switches to it on the way out of the interrupt; IPIs are answered.
	 */
	for (;;)
		safe_halt();
}

/* Start CPU cpu: its per-CPU area and stacks, INIT-SIPI-SIPI, wait. */
static int do_boot_cpu(unsigned int cpu)
{
	u32 apicid = x86_cpu_to_apicid[cpu];
	struct {
		struct percpu_area area;
		struct cpu_desc_tables tables;
	} *d = kzalloc(sizeof(*d), GFP_KERNEL);
	void *stack = alloc_thread_stack(), *df_stack = alloc_thread_stack();
	struct task_struct *boot_task =
		stack ? cpu_boot_task_create(cpu, stack) : NULL;
	unsigned long ms;
	int i;

	if (!d || !boot_task || !df_stack) {
		printk("smp: CPU %u (APIC ID %u): no memory for its stacks; not started\n",
		       cpu, apicid);
		kfree(d);
		kfree(boot_task);
		if (stack)
			free_thread_stack(stack);
		if (df_stack)
			free_thread_stack(df_stack);
		return -1;
	}
	d->area.self = &d->area;
	d->area.cpu_number = cpu;
	d->area.apic_id = apicid;
	d->area.current_task = boot_task;
	boot_area = &d->area;
	per_cpu_area[cpu] = &d->area;
	boot_tables = &d->tables;
	boot_df_stack_top = (unsigned long)df_stack + THREAD_SIZE;
	initial_stack = (unsigned long)stack + THREAD_SIZE;
	barrier();

	apic_icr_write(APIC_DM_INIT | APIC_INT_LEVELTRIG | APIC_INT_ASSERT,
		       apicid);
	udelay(10000);
	apic_icr_write(APIC_DM_INIT | APIC_INT_LEVELTRIG, apicid);
	for (i = 0; i < 2 && !cpumask_test_cpu(cpu, cpu_online_mask); i++) {
		apic_icr_write(APIC_DM_STARTUP | (u32)(trampoline_phys >> 12),
			       apicid);
		udelay(200);
	}
	for (ms = 0; ms < AP_CALLIN_TIMEOUT_MS; ms++) {
		if (cpumask_test_cpu(cpu, cpu_online_mask))
			return 0;
		udelay(1000);
	}
	/* Back to waiting for a SIPI, so it cannot run late on the next AP's
	 * values. Its memory stays allocated: it may have started using it. */
	apic_icr_write(APIC_DM_INIT | APIC_INT_LEVELTRIG | APIC_INT_ASSERT,
		       apicid);
	printk("smp: CPU %u (APIC ID %u) did not answer within %u ms; going on without it\n",
	       cpu, apicid, AP_CALLIN_TIMEOUT_MS);
	return -1;
}

/* nosmp, maxcpus=N: how many CPUs to run (1..NR_CPUS). */
static unsigned int smp_parse_cmdline(const char *cmdline)
{
	unsigned long n;
	char arg[24];

	if (cmdline_has(cmdline, "nosmp"))
		return 1;
	if (!cmdline_get(cmdline, "maxcpus", arg, sizeof(arg)))
		return NR_CPUS;
	if (cmdline_get_ulong(cmdline, "maxcpus", &n) && n >= 1)
		return n < NR_CPUS ? (unsigned int)n : NR_CPUS;
	printk("smp: maxcpus=%s is not a number from 1 to %d; using the default (all CPUs, at most %d)\n",
	       arg, NR_CPUS, NR_CPUS);
	return NR_CPUS;
}

/* acpi=off: skip the MADT (tests reach the MP table this way). */
static bool acpi_off(const char *cmdline)
{
	char arg[8];

	return cmdline_get(cmdline, "acpi", arg, sizeof(arg)) &&
	       !strcmp(arg, "off");
}

void smp_init(const char *cmdline)
{
	unsigned int cpu;

	x86_cpu_to_apicid[0] = boot_percpu_area.apic_id = read_apic_id();
	set_cpu_online(0);
	smp_max_cpus = smp_parse_cmdline(cmdline);
	if (!apic_present()) {
		printk("smp: no local APIC: one CPU, interrupts through the PIC\n");
		return;
	}
	if (cmdline_has(cmdline, "nosmp")) {
		printk("smp: nosmp: one CPU\n");
		return;
	}
	if ((acpi_off(cmdline) || !acpi_parse_madt()) && !mptable_parse()) {
		printk("smp: neither an ACPI MADT nor an MP table: one CPU\n");
		return;
	}
	if (nr_cpu_ids > 1 && smp_max_cpus > 1 && !trampoline_phys) {
		printk("smp: no trampoline page: one CPU\n");
		return;
	}
	if (nr_cpu_ids > 1 && smp_max_cpus > 1) {
		smp_prepare_trampoline();
		for (cpu = 1; cpu < nr_cpu_ids && cpu < smp_max_cpus; cpu++)
			do_boot_cpu(cpu);
		trampoline_identity_map(false);
		write_cr3(read_cr3()); /* the boot CPU never used it; be sure */
		WRITE_ONCE(identity_gone, true);
		for (cpu = 1; cpu < nr_cpu_ids; cpu++)
			if (cpumask_test_cpu(cpu, cpu_online_mask) &&
			    !wait_for(&smp_ap_report[cpu].identity_flushed,
				      AP_CALLIN_TIMEOUT_MS))
				printk("smp: CPU %u did not flush its TLB after the bring-up\n",
				       cpu);
	}
	printk("smp: %u of %u CPUs online%s; tasks run on all of them once the scheduler starts\n",
	       num_online_cpus(), nr_cpu_ids,
	       smp_max_cpus < nr_cpu_ids ? " (maxcpus)" : "");
}
