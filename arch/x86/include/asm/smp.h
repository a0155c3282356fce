/* SPDX-License-Identifier: MIT */
/*
 * CPUs: which exist (arch/x86/kernel/acpi.c, mptable.c), which are online
 * (arch/x86/kernel/smpboot.c), and which one we run on (asm/percpu.h).
 *
 * CPU 0 is the boot CPU. The APs started by smp_init() run tasks from the
 * common run queue once the scheduler starts (docs/smp.md).
 */
#ifndef ASM_SMP_H
#define ASM_SMP_H

#include <asm/percpu.h>
#include <kernel/types.h>

#define NR_CPUS 8
#define BAD_APICID 0xffffffffu

/* A set of CPU numbers; NR_CPUS fits in one word. */
struct cpumask {
	unsigned long bits;
};
_Static_assert(NR_CPUS <= 8 * sizeof(unsigned long), "cpumask is one word");

/*
 * Written only by the CPU that changes state (set_cpu_online, a locked
 * or), read by anyone.
 */
extern struct cpumask __cpu_online_mask;
#define cpu_online_mask (&__cpu_online_mask)

/* APIC IDs of the CPUs found, by CPU number; written at boot by the BSP only. */
extern u32 x86_cpu_to_apicid[NR_CPUS];
/*
 * Each CPU's per-CPU area by CPU number (NULL: never started), for reading
 * another CPU's counters. Written by the boot CPU before that CPU starts.
 */
extern struct percpu_area *per_cpu_area[NR_CPUS];
/* How many entries x86_cpu_to_apicid holds (CPUs found and allowed). */
extern unsigned int nr_cpu_ids;

static inline bool cpumask_test_cpu(unsigned int cpu, const struct cpumask *m)
{
	return READ_ONCE(m->bits) & (1UL << cpu);
}

static inline unsigned int num_online_cpus(void)
{
	unsigned long bits = READ_ONCE(cpu_online_mask->bits);
	unsigned int n = 0;

	for (; bits; bits &= bits - 1) /* no libgcc popcount here */
		n++;
	return n;
}

static inline void set_cpu_online(unsigned int cpu)
{
	__asm__ __volatile__("lock or %1, %0"
			     : "+m"(__cpu_online_mask.bits)
			     : "r"(1UL << cpu)
			     : "memory");
}

static inline unsigned int smp_processor_id(void)
{
	return this_cpu_read(cpu_number);
}

/*
 * Enumeration (acpi.c, mptable.c): record a local APIC found in a table.
 * Skips, with one line, a disabled CPU, a duplicate ID and one beyond
 * NR_CPUS. The boot CPU is always CPU 0, whether listed first or not.
 */
void smp_register_lapic(u32 apic_id, bool enabled, const char *table);

enum lapic_verdict {
	LAPIC_ADDED,
	LAPIC_BSP, /* the boot CPU's own entry (ids[0], set beforehand) */
	LAPIC_DISABLED,
	LAPIC_DUPLICATE,
	LAPIC_TOO_MANY,
};
/* The rule behind smp_register_lapic, on any list (tests use their own). */
enum lapic_verdict lapic_list_add(u32 *ids, unsigned int *nr, bool *bsp_listed,
				  u32 apic_id, bool enabled, const char *table);
/* The MADT's CPUs; false if there is no valid MADT (arch/x86/kernel/acpi.c). */
bool acpi_parse_madt(void);
/* The MP table's CPUs; false if there is no valid one (mptable.c). */
bool mptable_parse(void);

/* Reserve the AP trampoline page below 1 MiB; in setup_arch, before the
 * first MiB is reserved. */
void trampoline_reserve(void);
/* The trampoline page (0: none below 1 MiB was free). */
extern phys_addr_t trampoline_phys;
/* Find and start the APs (native_smp_prepare_cpus + do_boot_cpu each). */
void smp_init(const char *cmdline);

/* What each AP saw through its own segment base, for smp.* tests. */
struct smp_ap_report {
	unsigned int cpu_number; /* this_cpu_read(cpu_number) */
	unsigned long self;	 /* this_cpu_read(self) */
	unsigned long area;	 /* the area the BSP made for it */
	u32 apic_id;		 /* the APIC ID register */
	bool identity_flushed; /* reloaded CR3 after the trampoline map went */
};
extern struct smp_ap_report smp_ap_report[NR_CPUS];
/* CPUs allowed by nosmp and maxcpus= (NR_CPUS without either). */
extern unsigned int smp_max_cpus;

#endif
