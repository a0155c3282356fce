// SPDX-License-Identifier: MIT
/*
 * SMP bring-up (arch/x86/kernel/smpboot.c, acpi.c): every CPU the tables
 * list and the command line allows is online, each AP read its own number
 * and area through its own segment base, the trampoline's identity map is
 * gone, and the enumeration rules (checksums, disabled and duplicate
 * entries) hold on tables built here. `smp.expect_cpus=N` on the command
 * line (tests/run passes it with -smp) pins the number of CPUs.
 */
#include <asm/acpi.h>
#include <asm/apic.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/smp.h>
#include <asm/traps.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

static unsigned int expected_cpus(void)
{
	unsigned long n;

	if (cmdline_get_ulong(boot_info.cmdline, "smp.expect_cpus", &n))
		return (unsigned int)n;
	if (!apic_present())
		return 1;
	return nr_cpu_ids < smp_max_cpus ? nr_cpu_ids : smp_max_cpus;
}

KTEST(smp, cpus_online)
{
	unsigned int want = expected_cpus();

	ktest_log(t, "%u CPUs listed, %u allowed, %u online", nr_cpu_ids,
		  smp_max_cpus, num_online_cpus());
	EXPECT_EQ(t, num_online_cpus(), want);
	EXPECT_EQ(t, cpu_online_mask->bits, (1UL << want) - 1);
	if (!apic_present())
		EXPECT_EQ(t, nr_cpu_ids, 1u);
	if (cmdline_has(boot_info.cmdline, "nosmp"))
		EXPECT_EQ(t, num_online_cpus(), 1u);
}

/* The boot CPU through its segment base, and what each AP recorded. */
KTEST(smp, percpu_own_number)
{
	unsigned int cpu, other;

	EXPECT_EQ(t, smp_processor_id(), 0u);
	EXPECT_PTR_EQ(t, this_cpu_area(), &boot_percpu_area);
	EXPECT_EQ(t, this_cpu_read(apic_id), x86_cpu_to_apicid[0]);
#ifdef CONFIG_X86_64
	EXPECT_EQ(t, rdmsr(MSR_GS_BASE), (u64)(unsigned long)&boot_percpu_area);
#else
	{
		unsigned short fs;

		__asm__ __volatile__("movw %%fs, %0" : "=r"(fs));
		EXPECT_EQ(t, fs, __KERNEL_PERCPU);
	}
#endif
	for (cpu = 1; cpu < NR_CPUS; cpu++) {
		const struct smp_ap_report *r = &smp_ap_report[cpu];

		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		EXPECT_EQ(t, r->cpu_number, cpu);
		EXPECT_EQ(t, r->self, r->area);
		EXPECT_NE(t, r->area, (unsigned long)&boot_percpu_area);
		EXPECT_EQ(t, r->apic_id, x86_cpu_to_apicid[cpu]);
		for (other = 1; other < cpu; other++)
			if (cpumask_test_cpu(other, cpu_online_mask))
				EXPECT_NE(t, r->area,
					  smp_ap_report[other].area);
	}
}

/* After bring-up no CPU can reach the trampoline at its identity address. */
KTEST(smp, identity_map_gone)
{
	volatile u8 *p;
	unsigned int cpu;

	if (!trampoline_phys) {
		ktest_skip(t, "no trampoline page");
		return;
	}
	EXPECT_EQ(t, trampoline_phys % 4096, 0u);
	EXPECT_LT(t, trampoline_phys, 0x100000u);
	p = (volatile u8 *)(unsigned long)trampoline_phys;
	OPTIMIZER_HIDE_VAR(p);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)*p))
		EXPECT_EQ(t, t->fault.address, (unsigned long)trampoline_phys);
	for (cpu = 1; cpu < NR_CPUS; cpu++)
		if (cpumask_test_cpu(cpu, cpu_online_mask))
			EXPECT_TRUE(
				t,
				READ_ONCE(smp_ap_report[cpu].identity_flushed));
}

KTEST(smp, lapic_list_rules)
{
	u32 ids[NR_CPUS] = { 5 };
	unsigned int nr = 1, i;
	bool bsp = false;

	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 5, true, "test"),
		  LAPIC_BSP);
	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 5, true, "test"),
		  LAPIC_DUPLICATE);
	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 7, false, "test"),
		  LAPIC_DISABLED);
	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 7, true, "test"),
		  LAPIC_ADDED);
	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 7, true, "test"),
		  LAPIC_DUPLICATE);
	EXPECT_EQ(t, nr, 2u);
	for (i = 0; nr < NR_CPUS; i++)
		EXPECT_EQ(t,
			  lapic_list_add(ids, &nr, &bsp, 100 + i, true, "test"),
			  LAPIC_ADDED);
	EXPECT_EQ(t, lapic_list_add(ids, &nr, &bsp, 99, true, "test"),
		  LAPIC_TOO_MANY);
	EXPECT_EQ(t, nr, (unsigned int)NR_CPUS);
}

struct madt_seen {
	unsigned int n;
	u32 id[4];
	bool enabled[4];
};

static void madt_record(u32 id, bool enabled, void *arg)
{
	struct madt_seen *s = arg;

	if (s->n < 4) {
		s->id[s->n] = id;
		s->enabled[s->n] = enabled;
	}
	s->n++;
}

static void madt_fix_checksum(struct acpi_table_madt *m)
{
	u8 *b = (u8 *)m, sum = 0;
	u32 i;

	m->header.checksum = 0;
	for (i = 0; i < m->header.length; i++)
		sum += b[i];
	m->header.checksum = (u8)-sum;
}

/* A MADT built here: two xAPIC entries (one disabled), one x2APIC, an I/O APIC. */
KTEST(smp, madt_walk_and_checksum)
{
	static u8 buf[sizeof(struct acpi_table_madt) + 8 + 8 + 16 + 12];
	struct acpi_table_madt *m = (void *)buf;
	struct madt_seen seen;
	u8 *e = buf + sizeof(*m);

	memset(buf, 0, sizeof(buf));
	memcpy(m->header.signature, "APIC", 4);
	m->header.length = sizeof(buf);
	e[0] = ACPI_MADT_TYPE_LOCAL_APIC, e[1] = 8, e[3] = 3, e[4] = 1;
	e += 8;
	e[0] = ACPI_MADT_TYPE_LOCAL_APIC, e[1] = 8, e[3] = 4, e[4] = 0;
	e += 8;
	e[0] = ACPI_MADT_TYPE_LOCAL_X2APIC, e[1] = 16, e[5] = 1, e[8] = 1;
	e += 16;
	e[0] = 1, e[1] = 12; /* an I/O APIC: not a CPU */
	madt_fix_checksum(m);

	memset(&seen, 0, sizeof(seen));
	EXPECT_EQ(t, acpi_madt_walk(m, madt_record, &seen), 0);
	ASSERT_EQ(t, seen.n, 3u);
	EXPECT_EQ(t, seen.id[0], 3u);
	EXPECT_TRUE(t, seen.enabled[0]);
	EXPECT_EQ(t, seen.id[1], 4u);
	EXPECT_FALSE(t, seen.enabled[1]);
	EXPECT_EQ(t, seen.id[2], 256u);
	EXPECT_TRUE(t, seen.enabled[2]);

	buf[sizeof(*m) + 3] ^= 0x40; /* an APIC ID changes, the checksum not */
	memset(&seen, 0, sizeof(seen));
	EXPECT_EQ(t, acpi_madt_walk(m, madt_record, &seen), -EINVAL);
	EXPECT_EQ(t, seen.n, 0u);

	buf[sizeof(*m) + 3] ^= 0x40;
	buf[sizeof(*m) + 8 + 8 + 16 + 1] = 40; /* runs past the table */
	madt_fix_checksum(m);
	memset(&seen, 0, sizeof(seen));
	EXPECT_EQ(t, acpi_madt_walk(m, madt_record, &seen), -EINVAL);
	EXPECT_EQ(t, seen.n, 0u); /* checked whole before any entry counts */
}
