// SPDX-License-Identifier: MIT
/*
 * The legacy 8259A PIC pair: master on ports 0x20/0x21, slave on
 * 0xa0/0xa1, cascaded into master IR2. Edge-triggered, remapped to
 * vectors 32..47 (asm/irq.h), every line masked until request_irq().
 *
 * EOIs are specific (OCW2 0x60 | ir), not the non-specific 0x20: a
 * specific EOI clears exactly the in-service bit of the line handled, so
 * acknowledging a line that is not in service (a spurious IRQ, a software
 * `int`) can never retire another line's in-service bit.
 *
 * Spurious interrupts: if a request goes away before the INTA cycle, the
 * 8259A still answers, with its IR7 vector and no ISR bit set (8259A data
 * sheet, "Interrupt Sequence"). A spurious IRQ 7 needs no EOI; a spurious
 * IRQ 15 needs one on the master, whose IR2 did go into service.
 */
#include <asm/i8259.h>
#include <asm/io.h>
#include <asm/irq.h>

#define ICW1_ICW4 0x01 /* ICW4 follows */
#define ICW1_INIT 0x10 /* edge-triggered, cascaded, 8-byte vectors */
#define ICW4_8086 0x01 /* 8086 mode, normal (not automatic) EOI */
#define OCW2_SEOI 0x60 /* specific EOI, IR level in bits 0-2 */
#define OCW3_READ_IRR 0x0a
#define OCW3_READ_ISR 0x0b

#define IO_DELAY_PORT 0x80 /* POST codes: a write takes about 1 us */

/* What the IMRs hold; written back a byte at a time. */
static u16 cached_irq_mask = 0xffff;

/* Initialisation words go slowly: old 8259As need time between them. */
static void outb_pic(u16 port, u8 val)
{
	outb(port, val);
	outb(IO_DELAY_PORT, 0);
}

static void write_mask(unsigned int irq)
{
	if (irq < 8)
		outb(PIC_MASTER_IMR, cached_irq_mask & 0xff);
	else
		outb(PIC_SLAVE_IMR, cached_irq_mask >> 8);
}

void init_8259A(void)
{
	outb(PIC_MASTER_IMR, 0xff);
	outb(PIC_SLAVE_IMR, 0xff);

	outb_pic(PIC_MASTER_CMD, ICW1_INIT | ICW1_ICW4);
	outb_pic(PIC_MASTER_IMR, ISA_IRQ_VECTOR(0));	/* ICW2: vector base */
	outb_pic(PIC_MASTER_IMR, 1U << PIC_CASCADE_IR); /* ICW3: slave on IR2 */
	outb_pic(PIC_MASTER_IMR, ICW4_8086);

	outb_pic(PIC_SLAVE_CMD, ICW1_INIT | ICW1_ICW4);
	outb_pic(PIC_SLAVE_IMR, ISA_IRQ_VECTOR(8));
	outb_pic(PIC_SLAVE_IMR, PIC_CASCADE_IR); /* ICW3: its master input */
	outb_pic(PIC_SLAVE_IMR, ICW4_8086);

	/* The cascade stays open; the slave's own mask guards its lines. */
	cached_irq_mask = 0xffff & ~(1U << PIC_CASCADE_IR);
	outb(PIC_MASTER_IMR, cached_irq_mask & 0xff);
	outb(PIC_SLAVE_IMR, cached_irq_mask >> 8);
}

/* Callers keep interrupts off: the cached mask is read-modify-write. */
void enable_8259A_irq(unsigned int irq)
{
	cached_irq_mask &= ~(1U << irq);
	write_mask(irq);
}

void disable_8259A_irq(unsigned int irq)
{
	cached_irq_mask |= 1U << irq;
	write_mask(irq);
}

u16 i8259A_get_mask(void)
{
	return (u16)(inb(PIC_SLAVE_IMR) << 8 | inb(PIC_MASTER_IMR));
}

/* Read one of the register pair behind a command port, then select IRR again. */
static bool read_pic_bit(unsigned int irq, u8 ocw3)
{
	u16 port = irq < 8 ? PIC_MASTER_CMD : PIC_SLAVE_CMD;
	u8 val;

	outb(port, ocw3);
	val = inb(port);
	outb(port, OCW3_READ_IRR);
	return val & (1U << (irq & 7));
}

bool i8259A_irq_in_service(unsigned int irq)
{
	return read_pic_bit(irq, OCW3_READ_ISR);
}

bool i8259A_irq_pending(unsigned int irq)
{
	return read_pic_bit(irq, OCW3_READ_IRR);
}

bool i8259A_ack_irq(unsigned int irq)
{
	bool real = (irq & 7) != 7 || i8259A_irq_in_service(irq);

	if (irq >= 8) {
		if (real)
			outb(PIC_SLAVE_CMD, OCW2_SEOI | (irq & 7));
		outb(PIC_MASTER_CMD, OCW2_SEOI | PIC_CASCADE_IR);
	} else if (real) {
		outb(PIC_MASTER_CMD, OCW2_SEOI | irq);
	}
	return real;
}

const struct irq_chip i8259A_chip = {
	.name = "8259A",
	.mask = disable_8259A_irq,
	.unmask = enable_8259A_irq,
	.ack = i8259A_ack_irq,
};
