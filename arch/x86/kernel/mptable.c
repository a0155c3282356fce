// SPDX-License-Identifier: MIT
/*
 * CPU enumeration from the MultiProcessor Specification 1.4 tables, which
 * SeaBIOS still builds: the 16-byte floating pointer "_MP_" (in the first
 * KiB of the EBDA, the last KiB of base memory, or 0xF0000-0xFFFFF), and
 * the configuration table "PCMP" it points at, whose processor entries
 * name the local APICs, and whose I/O APIC and I/O interrupt entries
 * (with the bus entries saying which bus is ISA) route the ISA IRQs. Used
 * when there is no valid ACPI MADT. Both checksums are checked. Boot CPU
 * only, before any AP starts; the table is found once.
 */
#include <asm/acpi.h>
#include <asm/io_apic.h>
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
#define MP_BUS 1
#define MP_IOAPIC 2
#define MP_INTSRC 3
#define CPU_ENABLED (1u << 0)
#define MPC_APIC_USABLE (1u << 0)
#define MP_INT 0	 /* I/O interrupt type: vectored (not NMI/SMI/ExtINT) */
#define MP_APIC_ALL 0xff /* destination: every I/O APIC */

struct mpc_bus {
	u8 type;
	u8 busid;
	char bustype[6]; /* "ISA   ", "PCI   " */
} __packed;

struct mpc_ioapic {
	u8 type;
	u8 apicid;
	u8 apicver;
	u8 flags;
	u32 apicaddr;
} __packed;

struct mpc_intsrc {
	u8 type;
	u8 irqtype;
	u16 irqflag; /* MPS INTI flags */
	u8 srcbus;
	u8 srcbusirq;
	u8 dstapic;
	u8 dstirq;
} __packed;

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

/* Map and check the configuration table at pa; NULL if it is not valid. */
static struct mpc_table *mpc_map(phys_addr_t pa)
{
	struct mpc_table *mpc = ioremap(pa, sizeof(*mpc));
	unsigned int len;

	if (!mpc)
		return NULL;
	len = mpc->length;
	iounmap(mpc);
	mpc = len >= sizeof(*mpc) ? ioremap(pa, len) : NULL;
	if (!mpc)
		return NULL;
	if (memcmp(mpc->signature, "PCMP", 4) || !acpi_checksum_ok(mpc, len)) {
		printk("mptable: configuration table at %llx is not valid (signature or checksum); skipped\n",
		       (unsigned long long)pa);
		iounmap(mpc);
		return NULL;
	}
	return mpc;
}

typedef void (*mpc_entry_fn)(const u8 *entry, void *arg);

/* fn for each entry that lies inside the table, in order. */
static void mpc_for_each(const struct mpc_table *mpc, mpc_entry_fn fn,
			 void *arg)
{
	const u8 *p = (const u8 *)(mpc + 1);
	const u8 *end = (const u8 *)mpc + mpc->length;
	unsigned int i;

	for (i = 0; i < mpc->oemcount && p < end; i++) {
		unsigned int size = *p == MP_PROCESSOR ? 20 : 8;

		if (p + size > end)
			break;
		fn(p, arg);
		p += size;
	}
}

static void mpc_register_cpu(const u8 *p, void *arg __unused)
{
	const struct mpc_cpu *c = (const void *)p;

	if (*p == MP_PROCESSOR)
		smp_register_lapic(c->apicid, c->cpuflag & CPU_ENABLED,
				   "MP table");
}

/* Register the processors of the configuration table at pa. */
static bool mpc_parse(phys_addr_t pa)
{
	struct mpc_table *mpc = mpc_map(pa);

	if (!mpc)
		return false;
	printk("mptable: configuration table at %llx, %u entries\n",
	       (unsigned long long)pa, mpc->oemcount);
	mpc_for_each(mpc, mpc_register_cpu, NULL);
	iounmap(mpc);
	return true;
}

/* The configuration table's address from the floating pointer, or 0. */
static phys_addr_t mpf_find(void)
{
	static bool looked;
	static u32 physptr;
	u8 *low;
	phys_addr_t pa = 0, ebda, base_end;

	if (looked)
		return physptr;
	low = ioremap(0, 0x100000);
	if (!low)
		return 0;
	looked = true;
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
	if (!pa || !physptr)
		printk("mptable: no MP floating pointer (or a default configuration, not supported)\n");
	return physptr;
}

bool mptable_parse(void)
{
	phys_addr_t physptr = mpf_find();

	return physptr && mpc_parse(physptr);
}

/* ---- the I/O APICs and the ISA IRQs' routes ------------------------- */

struct mpc_io_walk {
	struct io_apic_config *cfg;
	u32 isa_buses[256 / 32]; /* bit per bus ID whose type is ISA */
	u32 next_gsi;		 /* MP I/O APICs get GSIs in table order */
};

static void mpc_add_io_apic(const u8 *p, void *arg)
{
	struct mpc_io_walk *w = arg;
	const struct mpc_bus *b = (const void *)p;
	const struct mpc_ioapic *a = (const void *)p;
	struct io_apic_config *cfg = w->cfg;

	if (*p == MP_BUS && !memcmp(b->bustype, "ISA", 3))
		w->isa_buses[b->busid / 32] |= 1u << (b->busid % 32);
	if (*p != MP_IOAPIC || !(a->flags & MPC_APIC_USABLE))
		return;
	if (!io_apic_add(cfg, a->apicid, a->apicaddr, w->next_gsi, "MP table"))
		w->next_gsi += cfg->apic[cfg->nr - 1].pins;
}

static void mpc_add_isa_route(const u8 *p, void *arg)
{
	struct mpc_io_walk *w = arg;
	const struct mpc_intsrc *s = (const void *)p;
	unsigned int i;

	if (*p != MP_INTSRC || s->irqtype != MP_INT ||
	    !(w->isa_buses[s->srcbus / 32] & (1u << (s->srcbus % 32))))
		return;
	for (i = 0; i < w->cfg->nr; i++) {
		const struct io_apic *a = &w->cfg->apic[i];

		if (s->dstapic == a->id || s->dstapic == MP_APIC_ALL) {
			io_apic_add_override(w->cfg, s->srcbusirq,
					     a->gsi_base + s->dstirq,
					     s->irqflag, "MP table");
			return;
		}
	}
	printk("mptable: ISA IRQ %u routed to I/O APIC %u, which is not listed; skipped\n",
	       s->srcbusirq, s->dstapic);
}

bool mptable_parse_io_apics(struct io_apic_config *cfg)
{
	phys_addr_t physptr = mpf_find();
	struct mpc_io_walk w = { .cfg = cfg };
	struct mpc_table *mpc;

	if (!physptr)
		return false;
	mpc = mpc_map(physptr);
	if (!mpc)
		return false;
	mpc_for_each(mpc, mpc_add_io_apic, &w);
	mpc_for_each(mpc, mpc_add_isa_route, &w);
	iounmap(mpc);
	return true;
}
