// SPDX-License-Identifier: MIT
/*
 * The I/O APIC path for the ISA lines (asm/io_apic.h): the tables name the
 * I/O APICs and the ISA IRQs that arrive elsewhere than on their own GSI;
 * every redirection entry starts masked; request_irq() unmasks the line's
 * entry, sent to the boot CPU (physical destination, fixed delivery) on
 * vector ISA_IRQ_VECTOR(irq); the acknowledgement is the local APIC's EOI
 * (which the local APIC also passes on to the I/O APIC for a level line).
 */
#include <asm/apic.h>
#include <asm/io_apic.h>
#include <asm/irq.h>
#include <kernel/cmdline.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#define IO_APIC_MAP_SIZE 0x20 /* IOREGSEL and IOWIN */
#define LOW_MEMORY_END 0x100000ULL
#define PHYS_4G 0x100000000ULL

struct io_apic_config io_apic_config;
static bool in_use;
/* The boot CPU's APIC ID, read in io_apic_init (before smp_init records it). */
static u32 boot_apic_id;

static u32 io_apic_reg_read(const struct io_apic *a, unsigned int reg)
{
	a->regs[IO_APIC_IOREGSEL / 4] = reg;
	return a->regs[IO_APIC_IOWIN / 4];
}

static void io_apic_reg_write(const struct io_apic *a, unsigned int reg, u32 v)
{
	a->regs[IO_APIC_IOREGSEL / 4] = reg;
	a->regs[IO_APIC_IOWIN / 4] = v;
}

void io_apic_config_reset(struct io_apic_config *cfg)
{
	unsigned int irq;

	memset(cfg, 0, sizeof(*cfg));
	for (irq = 0; irq < NR_ISA_IRQS; irq++)
		cfg->isa[irq].gsi = irq;
}

/* The I/O APIC with pin gsi, and the pin, or NULL. */
static struct io_apic *gsi_to_apic(struct io_apic_config *cfg, u32 gsi,
				   unsigned int *pin)
{
	unsigned int i;

	for (i = 0; i < cfg->nr; i++) {
		struct io_apic *a = &cfg->apic[i];

		if (gsi >= a->gsi_base && gsi - a->gsi_base < a->pins) {
			*pin = gsi - a->gsi_base;
			return a;
		}
	}
	return NULL;
}

int io_apic_add(struct io_apic_config *cfg, u32 id, u64 phys, u32 gsi_base,
		const char *table)
{
	struct io_apic *a;
	u32 ver;

	if (!phys || (phys & 0xf) || phys < LOW_MEMORY_END ||
	    phys + IO_APIC_MAP_SIZE > PHYS_4G) {
		printk("io_apic: %s: I/O APIC %u at %llx: not a possible address; skipped\n",
		       table, id, (unsigned long long)phys);
		return -EINVAL;
	}
	if (cfg->nr >= IO_APIC_MAX) {
		printk("io_apic: %s: I/O APIC %u beyond the %d supported; skipped\n",
		       table, id, IO_APIC_MAX);
		return -ENOSPC;
	}
	a = &cfg->apic[cfg->nr];
	a->regs = ioremap((phys_addr_t)phys, IO_APIC_MAP_SIZE);
	if (!a->regs) {
		printk("io_apic: %s: cannot map I/O APIC %u at %llx; skipped\n",
		       table, id, (unsigned long long)phys);
		return -ENOMEM;
	}
	/* An I/O APIC is version 0x1X or 0x2X; all ones or zeros is nothing. */
	ver = io_apic_reg_read(a, IO_APIC_REG_VER);
	if ((ver & 0xff) < 0x10 || (ver & 0xff) > 0x2f) {
		printk("io_apic: %s: I/O APIC %u at %llx reads version register %08x: not an I/O APIC; skipped\n",
		       table, id, (unsigned long long)phys, ver);
		iounmap((void *)a->regs);
		a->regs = NULL;
		return -EINVAL;
	}
	a->id = id;
	a->gsi_base = gsi_base;
	a->pins = ((ver >> 16) & 0xff) + 1;
	a->phys = (phys_addr_t)phys;
	cfg->nr++;
	return 0;
}

int io_apic_add_override(struct io_apic_config *cfg, unsigned int irq, u32 gsi,
			 u16 flags, const char *table)
{
	struct isa_irq_route *r;
	unsigned int pin;

	if (irq >= NR_ISA_IRQS) {
		printk("io_apic: %s: override of IRQ %u, not an ISA IRQ; skipped\n",
		       table, irq);
		return -EINVAL;
	}
	if (!gsi_to_apic(cfg, gsi, &pin)) {
		printk("io_apic: %s: override of ISA IRQ %u to GSI %u, beyond every I/O APIC's pins; skipped\n",
		       table, irq, gsi);
		return -EINVAL;
	}
	r = &cfg->isa[irq];
	r->gsi = gsi;
	/* "Conforms to the bus" (0) is ISA's: active high, edge. */
	r->active_low = (flags & MP_IRQPOL_MASK) == MP_IRQPOL_ACTIVE_LOW;
	r->level = (flags & MP_IRQTRIG_MASK) == MP_IRQTRIG_LEVEL;
	return 0;
}

void io_apic_config_release(struct io_apic_config *cfg)
{
	unsigned int i;

	for (i = 0; i < cfg->nr; i++)
		if (cfg->apic[i].regs)
			iounmap((void *)cfg->apic[i].regs);
	io_apic_config_reset(cfg);
}

static void write_entry(const struct io_apic *a, unsigned int pin, u32 low,
			u32 high)
{
	/* Masked while the halves disagree; the low word (and mask) last. */
	io_apic_reg_write(a, IO_APIC_REDTBL(pin), IO_APIC_RTE_MASKED);
	io_apic_reg_write(a, IO_APIC_REDTBL(pin) + 1, high);
	io_apic_reg_write(a, IO_APIC_REDTBL(pin), low);
}

u64 io_apic_read_entry(u32 gsi)
{
	unsigned int pin;
	struct io_apic *a = gsi_to_apic(&io_apic_config, gsi, &pin);

	if (!a)
		return ~0ULL;
	return io_apic_reg_read(a, IO_APIC_REDTBL(pin)) |
	       (u64)io_apic_reg_read(a, IO_APIC_REDTBL(pin) + 1) << 32;
}

static void io_apic_mask_irq(unsigned int irq)
{
	unsigned int pin;
	struct io_apic *a =
		gsi_to_apic(&io_apic_config, io_apic_config.isa[irq].gsi, &pin);

	if (a)
		io_apic_reg_write(a, IO_APIC_REDTBL(pin),
				  io_apic_reg_read(a, IO_APIC_REDTBL(pin)) |
					  IO_APIC_RTE_MASKED);
}

/* The whole entry, every time: fixed delivery to the boot CPU. */
static void io_apic_unmask_irq(unsigned int irq)
{
	const struct isa_irq_route *r = &io_apic_config.isa[irq];
	unsigned int pin;
	struct io_apic *a = gsi_to_apic(&io_apic_config, r->gsi, &pin);
	u32 low = ISA_IRQ_VECTOR(irq);

	if (!a)
		return;
	if (r->active_low)
		low |= IO_APIC_RTE_ACTIVE_LOW;
	if (r->level)
		low |= IO_APIC_RTE_LEVEL;
	write_entry(a, pin, low, boot_apic_id << IO_APIC_RTE_DEST_SHIFT);
}

static bool io_apic_ack_irq(unsigned int irq __unused)
{
	apic_eoi();
	return true;
}

const struct irq_chip io_apic_chip = {
	.name = "I/O APIC",
	.mask = io_apic_mask_irq,
	.unmask = io_apic_unmask_irq,
	.ack = io_apic_ack_irq,
};

bool io_apic_in_use(void)
{
	return in_use;
}

/* The boot line: each I/O APIC, then the ISA IRQs that arrive elsewhere. */
static void io_apic_print(const struct io_apic_config *cfg)
{
	unsigned int i, irq;

	for (i = 0; i < cfg->nr; i++) {
		const struct io_apic *a = &cfg->apic[i];

		printk("irq: I/O APIC %u at %llx, %u pins", a->id,
		       (unsigned long long)a->phys, a->pins);
		if (a->gsi_base)
			printk(" from GSI %u", a->gsi_base);
		for (irq = 0; i == 0 && irq < NR_ISA_IRQS; irq++)
			if (cfg->isa[irq].gsi != irq)
				printk("; ISA IRQ %u -> GSI %u", irq,
				       cfg->isa[irq].gsi);
		printk(" (%s)\n", cfg->source);
	}
}

bool io_apic_init(const char *cmdline, const char **why)
{
	struct io_apic_config *cfg = &io_apic_config;
	char arg[8];
	unsigned int i, pin;
	bool acpi_off;

	io_apic_config_reset(cfg);
	if (!apic_present()) {
		*why = "no local APIC";
		return false;
	}
	boot_apic_id = read_apic_id();
	if (cmdline_has(cmdline, "noapic")) {
		*why = "noapic";
		return false;
	}
	acpi_off = cmdline_get(cmdline, "acpi", arg, sizeof(arg)) &&
		   !strcmp(arg, "off");
	cfg->source = "MADT";
	if (acpi_off || !acpi_parse_io_apics(cfg) || !cfg->nr) {
		io_apic_config_release(cfg);
		cfg->source = "MP table";
		if (!mptable_parse_io_apics(cfg))
			io_apic_config_release(cfg);
	}
	if (!cfg->nr) {
		*why = "no I/O APIC found";
		return false;
	}
	for (i = 0; i < cfg->nr; i++)
		for (pin = 0; pin < cfg->apic[i].pins; pin++)
			write_entry(&cfg->apic[i], pin, IO_APIC_RTE_MASKED, 0);
	io_apic_print(cfg);
	in_use = true;
	return true;
}
