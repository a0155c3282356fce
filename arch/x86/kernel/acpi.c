// SPDX-License-Identifier: MIT
/*
 * CPU and I/O APIC enumeration from ACPI: find the RSDP (ACPI 6.4,
 * 5.2.5.1: in the first KiB of the EBDA, or on a 16-byte boundary in
 * 0xE0000-0xFFFFF), follow the XSDT (or RSDT) to the MADT, and register
 * each local APIC (smp_init) and each I/O APIC and interrupt source
 * override (init_IRQ, which runs first: the MADT is found once).
 * Every table is mapped with ioremap (BIOS areas and ACPI memory need not
 * be in the direct map) and its checksum checked before it is believed.
 * Runs once, on the boot CPU, before any AP starts: nothing to lock.
 */
#include <asm/acpi.h>
#include <asm/io_apic.h>
#include <asm/smp.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

struct acpi_rsdp {
	char signature[8]; /* "RSD PTR " */
	u8 checksum;	   /* of the first 20 bytes */
	char oem_id[6];
	u8 revision; /* 0: ACPI 1.0 (RSDT only), 2: XSDT too */
	u32 rsdt_address;
	u32 length;
	u64 xsdt_address;
	u8 extended_checksum; /* of all length bytes */
	u8 reserved[3];
} __packed;

#define BIOS_EBDA_SEG 0x40e /* BIOS data area: the EBDA's segment */
#define BIOS_ROM_START 0xe0000
#define BIOS_ROM_END 0x100000

bool acpi_checksum_ok(const void *p, size_t len)
{
	const u8 *b = p;
	u8 sum = 0;

	while (len--)
		sum += *b++;
	return sum == 0;
}

/* Physical address of a valid RSDP in [start, end), or 0. */
static phys_addr_t acpi_scan_rsdp(const u8 *low, phys_addr_t start,
				  phys_addr_t end)
{
	phys_addr_t pa;

	for (pa = start; pa + sizeof(struct acpi_rsdp) <= end; pa += 16) {
		const struct acpi_rsdp *r = (const void *)(low + pa);

		if (memcmp(r->signature, "RSD PTR ", 8))
			continue;
		if (!acpi_checksum_ok(r, 20)) {
			printk("acpi: RSDP at %llx has a bad checksum; skipped\n",
			       (unsigned long long)pa);
			continue;
		}
		return pa;
	}
	return 0;
}

/* Map a whole table at pa (header first, to learn its length). */
static struct acpi_table_header *acpi_map_table(phys_addr_t pa)
{
	struct acpi_table_header *h = ioremap(pa, sizeof(*h));
	u32 len;

	if (!h)
		return NULL;
	len = h->length;
	iounmap(h);
	if (len < sizeof(*h) || len > (1u << 20))
		return NULL;
	h = ioremap(pa, len);
	if (h && !acpi_checksum_ok(h, len)) {
		printk("acpi: %.4s at %llx has a bad checksum; skipped\n",
		       h->signature, (unsigned long long)pa);
		iounmap(h);
		return NULL;
	}
	return h;
}

/* Every entry lies inside the table (checked before any is believed). */
static bool madt_entries_ok(const struct acpi_table_madt *madt)
{
	const u8 *p = (const u8 *)(madt + 1);
	const u8 *end = (const u8 *)madt + madt->header.length;

	for (; p + 2 <= end; p += p[1]) {
		if (p[1] < 2 || p + p[1] > end) {
			printk("acpi: MADT entry of length %u at +%u runs past the table; MADT skipped\n",
			       p[1], (unsigned int)(p - (const u8 *)madt));
			return false;
		}
	}
	return true;
}

int acpi_madt_walk(const struct acpi_table_madt *madt, acpi_lapic_fn fn,
		   void *arg)
{
	const u8 *p = (const u8 *)(madt + 1);
	const u8 *end = (const u8 *)madt + madt->header.length;

	if (madt->header.length < sizeof(*madt) ||
	    !acpi_checksum_ok(madt, madt->header.length)) {
		printk("acpi: MADT has a bad checksum; skipped\n");
		return -EINVAL;
	}
	if (!madt_entries_ok(madt))
		return -EINVAL;
	for (; p + 2 <= end; p += p[1]) {
		u32 flags, id;

		if (p[0] == ACPI_MADT_TYPE_LOCAL_APIC && p[1] >= 8) {
			memcpy(&flags, p + 4, 4);
			fn(p[3], flags & ACPI_MADT_ENABLED, arg);
		} else if (p[0] == ACPI_MADT_TYPE_LOCAL_X2APIC && p[1] >= 16) {
			memcpy(&id, p + 4, 4);
			memcpy(&flags, p + 8, 4);
			fn(id, flags & ACPI_MADT_ENABLED, arg);
		}
	}
	return 0;
}

static void acpi_register(u32 apic_id, bool enabled, void *arg __unused)
{
	smp_register_lapic(apic_id, enabled, "MADT");
}

/* The MADT among the tables of the RSDT (entry 4 bytes) or XSDT (8). */
static phys_addr_t acpi_find_madt(phys_addr_t sdt_pa, unsigned int entry)
{
	struct acpi_table_header *sdt = acpi_map_table(sdt_pa);
	phys_addr_t found = 0;
	unsigned int i, n;

	if (!sdt)
		return 0;
	n = (sdt->length - sizeof(*sdt)) / entry;
	for (i = 0; i < n && !found; i++) {
		u64 pa = 0;
		struct acpi_table_header *h;

		memcpy(&pa, (u8 *)(sdt + 1) + i * entry, entry);
		h = ioremap(pa, sizeof(*h));
		if (h && !memcmp(h->signature, "APIC", 4))
			found = pa;
		if (h)
			iounmap(h);
	}
	iounmap(sdt);
	return found;
}

/* The MADT's address (0: none), looked for once: its lines print once. */
static phys_addr_t acpi_madt_phys(void)
{
	static bool looked;
	static phys_addr_t madt_pa;
	u8 *low;
	phys_addr_t rsdp_pa = 0, ebda;
	struct acpi_rsdp rsdp;

	if (looked)
		return madt_pa;
	low = ioremap(0, BIOS_ROM_END); /* the BIOS areas below 1 MiB */
	if (!low)
		return 0;
	looked = true;
	ebda = (phys_addr_t)(*(u16 *)(low + BIOS_EBDA_SEG)) << 4;
	if (ebda >= 0x80000 && ebda < 0xa0000)
		rsdp_pa = acpi_scan_rsdp(low, ebda, ebda + 1024);
	if (!rsdp_pa)
		rsdp_pa = acpi_scan_rsdp(low, BIOS_ROM_START, BIOS_ROM_END);
	if (rsdp_pa)
		memcpy(&rsdp, low + rsdp_pa, sizeof(rsdp));
	iounmap(low);
	if (!rsdp_pa) {
		printk("acpi: no RSDP\n");
		return 0;
	}
	if (rsdp.revision >= 2 && rsdp.xsdt_address &&
	    acpi_checksum_ok(&rsdp, sizeof(rsdp)))
		madt_pa = acpi_find_madt(rsdp.xsdt_address, 8);
	if (!madt_pa)
		madt_pa = acpi_find_madt(rsdp.rsdt_address, 4);
	if (!madt_pa)
		printk("acpi: no MADT\n");
	else
		printk("acpi: MADT at %llx (RSDP at %llx, revision %u)\n",
		       (unsigned long long)madt_pa, (unsigned long long)rsdp_pa,
		       rsdp.revision);
	return madt_pa;
}

bool acpi_parse_madt(void)
{
	phys_addr_t madt_pa = acpi_madt_phys();
	struct acpi_table_header *madt;
	int err;

	if (!madt_pa)
		return false;
	madt = acpi_map_table(madt_pa);
	if (!madt)
		return false;
	err = acpi_madt_walk((const void *)madt, acpi_register, NULL);
	iounmap(madt);
	return err == 0;
}

/* One pass over the MADT's entries of one type (already checked whole). */
static void madt_io_apic_pass(const struct acpi_table_madt *madt, u8 type,
			      struct io_apic_config *cfg)
{
	const u8 *p = (const u8 *)(madt + 1);
	const u8 *end = (const u8 *)madt + madt->header.length;
	u32 addr, gsi;
	u16 flags;

	for (; p + 2 <= end; p += p[1]) {
		if (p[0] != type)
			continue;
		if (type == ACPI_MADT_TYPE_IO_APIC && p[1] >= 12) {
			memcpy(&addr, p + 4, 4);
			memcpy(&gsi, p + 8, 4);
			io_apic_add(cfg, p[2], addr, gsi, "MADT");
		} else if (type == ACPI_MADT_TYPE_INT_SRC_OVR && p[1] >= 10) {
			memcpy(&gsi, p + 4, 4);
			memcpy(&flags, p + 8, 2);
			if (p[2] == 0) /* bus 0: ISA */
				io_apic_add_override(cfg, p[3], gsi, flags,
						     "MADT");
		}
	}
}

bool acpi_parse_io_apics(struct io_apic_config *cfg)
{
	phys_addr_t madt_pa = acpi_madt_phys();
	struct acpi_table_madt *madt;
	bool ok;

	if (!madt_pa)
		return false;
	madt = (void *)acpi_map_table(madt_pa);
	if (!madt)
		return false;
	ok = madt->header.length >= sizeof(*madt) && madt_entries_ok(madt);
	if (ok) {
		/* Overrides name GSIs: every I/O APIC's pins must be known. */
		madt_io_apic_pass(madt, ACPI_MADT_TYPE_IO_APIC, cfg);
		madt_io_apic_pass(madt, ACPI_MADT_TYPE_INT_SRC_OVR, cfg);
	}
	iounmap(madt);
	return ok;
}
