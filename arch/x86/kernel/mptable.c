// SPDX-License-Identifier: MIT
/*
 * CPU enumeration from the MultiProcessor Specification 1.4 tables, which
 * SeaBIOS still builds: the 16-byte floating pointer "_MP_" (in the first
 * KiB of the EBDA, the last KiB of base memory, or 0xF0000-0xFFFFF), and
 * the configuration table "PCMP" it points at, whose processor entries
 * name the local APICs. Used when there is no valid ACPI MADT. Both
 * checksums are checked. Boot CPU only, before any AP starts.
 */
#include <asm/acpi.h>
#include <asm/smp.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

struct mpf_intel {
	char signature[4]; /* "_MP_" */
	u32 physptr;	   /* the configuration table */
	u8 length;	   /* in 16-byte units: 1 */
	u8 specification;
	u8 checksum;
	u8 feature[5];
} __packed;

struct mpc_table {
	char signature[4]; /* "PCMP" */
	u16 length;	   /* base table, header included */
	u8 spec;
	u8 checksum;
	char oem[8];
	char productid[12];
	u32 oemptr;
	u16 oemsize;
	u16 oemcount; /* entries */
	u32 lapic;
	u16 reserved[2];
} __packed;

#define MP_PROCESSOR 0 /* 20 bytes; every other entry type is 8 */
#define CPU_ENABLED (1u << 0)

struct mpc_cpu {
	u8 type;
	u8 apicid;
	u8 apicver;
	u8 cpuflag;
	u32 cpufeature;
	u32 featureflag;
	u32 reserved[2];
} __packed;

static phys_addr_t mpf_scan(const u8 *low, phys_addr_t start, phys_addr_t end)
{
	phys_addr_t pa;

	for (pa = start; pa + sizeof(struct mpf_intel) <= end; pa += 16) {
		const struct mpf_intel *m = (const void *)(low + pa);

		if (memcmp(m->signature, "_MP_", 4) || m->length != 1)
			continue;
		if (!acpi_checksum_ok(m, 16)) {
			printk("mptable: floating pointer at %llx has a bad checksum; skipped\n",
			       (unsigned long long)pa);
			continue;
		}
		return pa;
	}
	return 0;
}

/* Register the processors of the configuration table at pa. */
static bool mpc_parse(phys_addr_t pa)
{
	struct mpc_table *mpc = ioremap(pa, sizeof(*mpc));
	unsigned int len, i;
	const u8 *p, *end;

	if (!mpc)
		return false;
	len = mpc->length;
	iounmap(mpc);
	mpc = len >= sizeof(*mpc) ? ioremap(pa, len) : NULL;
	if (!mpc)
		return false;
	if (memcmp(mpc->signature, "PCMP", 4) || !acpi_checksum_ok(mpc, len)) {
		printk("mptable: configuration table at %llx is not valid (signature or checksum); skipped\n",
		       (unsigned long long)pa);
		iounmap(mpc);
		return false;
	}
	printk("mptable: configuration table at %llx, %u entries\n",
	       (unsigned long long)pa, mpc->oemcount);
	p = (const u8 *)(mpc + 1);
	end = (const u8 *)mpc + len;
	for (i = 0; i < mpc->oemcount && p < end; i++) {
		unsigned int size = *p == MP_PROCESSOR ? 20 : 8;

		if (p + size > end)
			break;
		if (*p == MP_PROCESSOR) {
			const struct mpc_cpu *c = (const void *)p;

			smp_register_lapic(c->apicid, c->cpuflag & CPU_ENABLED,
					   "MP table");
		}
		p += size;
	}
	iounmap(mpc);
	return true;
}

bool mptable_parse(void)
{
	u8 *low = ioremap(0, 0x100000);
	phys_addr_t pa = 0, ebda, base_end;
	u32 physptr = 0;

	if (!low)
		return false;
	ebda = (phys_addr_t)(*(u16 *)(low + 0x40e)) << 4;
	base_end = (phys_addr_t)(*(u16 *)(low + 0x413))
		   << 10; /* KiB of base memory */
	if (ebda >= 0x80000 && ebda < 0xa0000)
		pa = mpf_scan(low, ebda, ebda + 1024);
	if (!pa && base_end >= 0x80000 && base_end <= 0xa0000)
		pa = mpf_scan(low, base_end - 1024, base_end);
	if (!pa)
		pa = mpf_scan(low, 0xf0000, 0x100000);
	if (pa)
		physptr = ((const struct mpf_intel *)(low + pa))->physptr;
	iounmap(low);
	if (!pa || !physptr) {
		printk("mptable: no MP floating pointer (or a default configuration, not supported)\n");
		return false;
	}
	return mpc_parse(physptr);
}
