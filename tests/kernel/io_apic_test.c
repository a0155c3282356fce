// SPDX-License-Identifier: MIT
/*
 * The I/O APIC path (arch/x86/kernel/io_apic.c): in use exactly when it
 * should be (a local APIC, no `noapic`; from the MP table with
 * `acpi=off`), the PICs silent then, redirection entries that read back
 * as request_irq() programmed them, and bad table data skipped on a
 * configuration built here (a fake I/O APIC in RAM: its "window" at +0x10
 * is whatever the test wrote there).
 */
#include <asm/apic.h>
#include <asm/i8259.h>
#include <asm/io_apic.h>
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/smp.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/slab.h>
#include <kernel/string.h>

#define TEST_IRQ 5

static bool acpi_off(void)
{
	char arg[8];

	return cmdline_get(boot_info.cmdline, "acpi", arg, sizeof(arg)) &&
	       !strcmp(arg, "off");
}

KTEST(io_apic, in_use_when_expected)
{
	bool want = apic_present() && !cmdline_has(boot_info.cmdline, "noapic");

	ktest_log(t, "controller: %s; %u I/O APIC(s) from %s", irq_chip->name,
		  io_apic_config.nr,
		  io_apic_config.source ? io_apic_config.source : "-");
	EXPECT_EQ(t, io_apic_in_use(), want);
	if (!io_apic_in_use()) {
		EXPECT_PTR_EQ(t, irq_chip, &i8259A_chip);
		EXPECT_EQ(t, io_apic_config.nr, 0u);
		return;
	}
	EXPECT_PTR_EQ(t, irq_chip, &io_apic_chip);
	EXPECT_EQ(t, i8259A_get_mask(), 0xffffu);
	ASSERT_GE(t, io_apic_config.nr, 1u);
	EXPECT_GE(t, io_apic_config.apic[0].pins, (unsigned int)NR_ISA_IRQS);
	EXPECT_STREQ(t, io_apic_config.source,
		     acpi_off() ? "MP table" : "MADT");
	/* The LVT0 virtual wire is shut: the PIC cannot deliver ExtINT. */
	EXPECT_NE(t, apic_read(APIC_LVT0) & APIC_LVT_MASKED, 0u);
}

/* QEMU's firmware (MADT and MP table alike) wires the PIT to pin 2. */
KTEST(io_apic, isa_irq0_on_gsi2)
{
	if (!io_apic_in_use()) {
		ktest_skip(t, "no I/O APIC in use");
		return;
	}
	ktest_log(t, "ISA IRQ 0 -> GSI %u", io_apic_config.isa[0].gsi);
	EXPECT_EQ(t, io_apic_config.isa[0].gsi, 2u);
}

/* Every pin masked but the GSIs of the requested lines. */
KTEST(io_apic, only_requested_pins_unmasked)
{
	unsigned int i, pin, irq;

	if (!io_apic_in_use()) {
		ktest_skip(t, "no I/O APIC in use");
		return;
	}
	for (i = 0; i < io_apic_config.nr; i++) {
		const struct io_apic *a = &io_apic_config.apic[i];

		for (pin = 0; pin < a->pins; pin++) {
			u32 gsi = a->gsi_base + pin;
			bool want_open = false;
			u64 e = io_apic_read_entry(gsi);

			for (irq = 0; irq < NR_ISA_IRQS; irq++)
				if (io_apic_config.isa[irq].gsi == gsi &&
				    irq_desc[irq].handler)
					want_open = true;
			if (!(e & IO_APIC_RTE_MASKED) != want_open) {
				ktest_log(t, "GSI %u: entry %llx, %s", gsi,
					  (unsigned long long)e,
					  want_open ? "requested" : "free");
				t->failed = true;
			}
		}
	}
}

static void nop_handler(struct pt_regs *regs __unused, void *dev __unused)
{
}

/* request_irq writes the entry: vector, fixed, physical, the boot CPU. */
KTEST(io_apic, entry_reads_back_as_programmed)
{
	static int dev;
	const struct isa_irq_route *r = &io_apic_config.isa[TEST_IRQ];
	u64 e;

	if (!io_apic_in_use()) {
		ktest_skip(t, "no I/O APIC in use");
		return;
	}
	ASSERT_EQ(t, request_irq(TEST_IRQ, nop_handler, &dev), 0);
	e = io_apic_read_entry(r->gsi);
	free_irq(TEST_IRQ, &dev);
	ktest_log(t, "IRQ %u on GSI %u: %016llx", TEST_IRQ, r->gsi,
		  (unsigned long long)e);
	EXPECT_EQ(t, e & IO_APIC_RTE_VECTOR, (u64)ISA_IRQ_VECTOR(TEST_IRQ));
	EXPECT_EQ(t, e & IO_APIC_RTE_MASKED, 0ULL);
	EXPECT_EQ(t, (e >> 8) & 7, 0ULL);  /* fixed delivery */
	EXPECT_EQ(t, (e >> 11) & 1, 0ULL); /* physical destination */
	EXPECT_EQ(t, !!(e & IO_APIC_RTE_LEVEL), r->level);
	EXPECT_EQ(t, !!(e & IO_APIC_RTE_ACTIVE_LOW), r->active_low);
	EXPECT_EQ(t, e >> (32 + IO_APIC_RTE_DEST_SHIFT),
		  (u64)x86_cpu_to_apicid[0]);
	/* Freed: masked again, the rest left as it was. */
	e = io_apic_read_entry(r->gsi);
	EXPECT_NE(t, e & IO_APIC_RTE_MASKED, 0ULL);
	EXPECT_EQ(t, e & IO_APIC_RTE_VECTOR, (u64)ISA_IRQ_VECTOR(TEST_IRQ));
}

/* A fake I/O APIC in RAM: IOWIN (at +0x10) holds the version register. */
static u32 *fake_io_apic(void *buf, u32 version)
{
	u32 *regs = (u32 *)ALIGN_UP((unsigned long)buf, 64);

	regs[IO_APIC_IOWIN / 4] = version;
	return regs;
}

KTEST(io_apic, bad_table_data_skipped)
{
	struct io_apic_config *c = kzalloc(sizeof(*c), GFP_KERNEL);
	void *buf = kzalloc(128, GFP_KERNEL);
	u32 *regs;
	phys_addr_t pa;

	if (!c || !buf) {
		kfree(c);
		kfree(buf);
		ktest_skip(t, "no memory");
		return;
	}
	io_apic_config_reset(c);
	/* Absurd addresses: never mapped. */
	EXPECT_EQ(t, io_apic_add(c, 1, 0, 0, "test"), -EINVAL);
	EXPECT_EQ(t, io_apic_add(c, 1, 0xfec00004, 0, "test"), -EINVAL);
	EXPECT_EQ(t, io_apic_add(c, 1, 0xf0000, 0, "test"), -EINVAL);
	EXPECT_EQ(t, io_apic_add(c, 1, 0x100000000ULL, 0, "test"), -EINVAL);
	EXPECT_EQ(t, c->nr, 0u);

	/* Registers that read as nothing (zeros, all ones): skipped. */
	regs = fake_io_apic(buf, 0);
	pa = __pa(regs);
	EXPECT_EQ(t, io_apic_add(c, 1, pa, 0, "test"), -EINVAL);
	fake_io_apic(buf, 0xffffffffu);
	EXPECT_EQ(t, io_apic_add(c, 1, pa, 0, "test"), -EINVAL);
	EXPECT_EQ(t, c->nr, 0u);

	/* An override before any I/O APIC has no pin to name. */
	EXPECT_EQ(t, io_apic_add_override(c, 0, 2, 0, "test"), -EINVAL);

	/* Version 0x11, last entry 23: 24 pins from GSI 0. */
	fake_io_apic(buf, 0x00170011u);
	ASSERT_EQ(t, io_apic_add(c, 1, pa, 0, "test"), 0);
	EXPECT_EQ(t, c->nr, 1u);
	EXPECT_EQ(t, c->apic[0].pins, 24u);
	EXPECT_EQ(t, io_apic_add_override(c, 0, 24, 0, "test"), -EINVAL);
	EXPECT_EQ(t, io_apic_add_override(c, 16, 3, 0, "test"), -EINVAL);
	EXPECT_EQ(t, c->isa[0].gsi, 0u); /* untouched by the bad ones */
	EXPECT_EQ(t,
		  io_apic_add_override(c, 9, 9,
				       MP_IRQPOL_ACTIVE_LOW | MP_IRQTRIG_LEVEL,
				       "test"),
		  0);
	EXPECT_TRUE(t, c->isa[9].active_low);
	EXPECT_TRUE(t, c->isa[9].level);
	EXPECT_EQ(t, io_apic_add_override(c, 0, 2, 0, "test"), 0);
	EXPECT_EQ(t, c->isa[0].gsi, 2u);
	EXPECT_FALSE(t, c->isa[0].active_low); /* ISA's: high, edge */
	EXPECT_FALSE(t, c->isa[0].level);
	/* A second I/O APIC's pins start at its GSI base. */
	ASSERT_EQ(t, io_apic_add(c, 2, pa, 24, "test"), 0);
	EXPECT_EQ(t, io_apic_add_override(c, 4, 47, 0, "test"), 0);
	EXPECT_EQ(t, io_apic_add_override(c, 4, 48, 0, "test"), -EINVAL);
	EXPECT_EQ(t, c->isa[4].gsi, 47u);

	io_apic_config_release(c);
	EXPECT_EQ(t, c->nr, 0u);
	kfree(c);
	kfree(buf);
}
