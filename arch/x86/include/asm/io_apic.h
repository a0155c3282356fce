/* SPDX-License-Identifier: MIT */
/*
 * The I/O APIC (Intel 82093AA data sheet; ACPI 6.4, 5.2.12.3 and .5; MP
 * spec 1.4, 4.3.3 and 4.3.4): device interrupts routed, per input pin
 * (a global system interrupt, GSI), to a CPU's local APIC with a vector.
 * Registers are reached through an index (IOREGSEL, base + 0x00) and a
 * window (IOWIN, base + 0x10); redirection entry n is the 64-bit pair at
 * index 0x10 + 2n (low word first).
 *
 * The tables (arch/x86/kernel/acpi.c, mptable.c) describe each I/O APIC
 * and each ISA IRQ that does not arrive on the GSI of its own number (an
 * "interrupt source override": QEMU wires the PIT, ISA IRQ 0, to GSI 2).
 *
 * Locking: io_apic_config is written on the boot CPU in init_IRQ() before
 * interrupts are on and is read-only afterwards. An I/O APIC's register
 * pair (index, then window) is used only through request_irq/free_irq and
 * do_irq's mask of an unhandled line, all with interrupts off on CPU 0,
 * the only CPU that takes device interrupts; that becomes a spinlock when
 * device interrupts are spread over CPUs.
 */
#ifndef ASM_IO_APIC_H
#define ASM_IO_APIC_H

#include <kernel/types.h>

#define IO_APIC_MAX 4
#define NR_ISA_IRQS 16
#define IO_APIC_NO_GSI 0xffffffffu

#define IO_APIC_IOREGSEL 0x00
#define IO_APIC_IOWIN 0x10
#define IO_APIC_REG_ID 0x00
#define IO_APIC_REG_VER 0x01 /* bits 7:0 version, 23:16 last entry */
#define IO_APIC_REDTBL(pin) (0x10 + 2 * (pin))

/* Redirection entry, low word (the high word: destination in 31:24). */
#define IO_APIC_RTE_VECTOR 0xffu
#define IO_APIC_RTE_ACTIVE_LOW (1u << 13)
#define IO_APIC_RTE_LEVEL (1u << 15)
#define IO_APIC_RTE_MASKED (1u << 16)
#define IO_APIC_RTE_DEST_SHIFT 24

/* "MPS INTI flags" of a MADT override and an MP I/O interrupt entry. */
#define MP_IRQPOL_MASK 0x3
#define MP_IRQPOL_ACTIVE_HIGH 0x1
#define MP_IRQPOL_ACTIVE_LOW 0x3
#define MP_IRQTRIG_MASK 0xc
#define MP_IRQTRIG_EDGE 0x4
#define MP_IRQTRIG_LEVEL 0xc

struct io_apic {
	u32 id;
	u32 gsi_base; /* its pin 0 */
	unsigned int pins;
	phys_addr_t phys;
	volatile u32 *regs; /* ioremap'd */
};

/* Where an ISA IRQ arrives: its GSI and the line's electrical kind. */
struct isa_irq_route {
	u32 gsi;
	bool active_low;
	bool level;
};

struct io_apic_config {
	unsigned int nr;
	struct io_apic apic[IO_APIC_MAX];
	struct isa_irq_route isa[NR_ISA_IRQS];
	const char *source; /* "MADT" or "MP table" */
};

extern struct io_apic_config io_apic_config;

/* ISA IRQ n on GSI n, active high, edge (ISA's defaults); no I/O APIC. */
void io_apic_config_reset(struct io_apic_config *cfg);
/*
 * Add an I/O APIC from a table: an absurd address (0, not 16-byte
 * aligned, below 1 MiB or above 4 GiB) or registers that do not read as
 * an I/O APIC's are skipped with one line (-EINVAL), as is one past
 * IO_APIC_MAX (-ENOSPC) or a mapping failure (-ENOMEM).
 */
int io_apic_add(struct io_apic_config *cfg, u32 id, u64 phys, u32 gsi_base,
		const char *table);
/*
 * ISA IRQ irq arrives on gsi with the MPS INTI flags given (0: ISA's
 * defaults). Skipped with one line (-EINVAL): irq not an ISA IRQ, or gsi
 * on no pin of the I/O APICs added so far (add them first).
 */
int io_apic_add_override(struct io_apic_config *cfg, unsigned int irq, u32 gsi,
			 u16 flags, const char *table);
/* Unmap what io_apic_add mapped (a configuration built by a test). */
void io_apic_config_release(struct io_apic_config *cfg);

/* The I/O APICs and overrides of the MADT (acpi.c) or of the MP table
 * (mptable.c) into cfg; false if there is no valid table. */
bool acpi_parse_io_apics(struct io_apic_config *cfg);
bool mptable_parse_io_apics(struct io_apic_config *cfg);

/*
 * From init_IRQ(): find the I/O APICs (MADT, else with `acpi=off` or no
 * MADT the MP table), mask every entry. true: device interrupts go through
 * them; false (no local APIC, `noapic`, none found): the 8259A. why says
 * which, for the boot line.
 */
bool io_apic_init(const char *cmdline, const char **why);
/* The I/O APIC path is in use (set by init_IRQ). */
bool io_apic_in_use(void);
/* Redirection entry of a GSI, low | high << 32 (~0 for no such pin). */
u64 io_apic_read_entry(u32 gsi);

struct irq_chip;
extern const struct irq_chip io_apic_chip;

#endif
