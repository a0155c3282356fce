// SPDX-License-Identifier: MIT
/*
 * ISA interrupt lines: a fixed table of one handler per line, and the
 * dispatch from the entry stubs. Order for every IRQ vector: acknowledge
 * the controller (or drop a spurious PIC IRQ 7/15), count, then call the
 * handler. The controller is the 8259A pair or the I/O APIC (irq_chip).
 *
 * The EOI goes first because a handler may not return for a long time:
 * the timer's tick hook may switch to another task, which then runs with
 * interrupts on. Interrupt gates keep IF=0 until the handler returns (or
 * the next task enables them), so an early EOI cannot nest the handler.
 */
#include <asm/apic.h>
#include <asm/i8259.h>
#include <asm/io.h>
#include <asm/io_apic.h>
#include <asm/irq.h>
#include <kernel/bootinfo.h>
#include <kernel/errno.h>
#include <kernel/printk.h>

struct irq_desc irq_desc[NR_IRQS];
const struct irq_chip *irq_chip = &i8259A_chip;

void init_IRQ(void)
{
	const char *why;

	/* Remapped even when unused: a stray PIC vector must not look like
	 * a CPU exception. */
	init_8259A();
	if (!io_apic_init(boot_info.cmdline, &why)) {
		printk("irq: 8259A PIC (%s)\n", why);
		return;
	}
	outb(PIC_MASTER_IMR, 0xff); /* every line, the cascade too */
	outb(PIC_SLAVE_IMR, 0xff);
	apic_set_lint0_masked(true); /* no ExtINT from the PIC any more */
	irq_chip = &io_apic_chip;
}

int request_irq(unsigned int irq, irq_handler_t handler, void *dev)
{
	unsigned long flags;
	int ret = 0;

	if (irq >= NR_IRQS || irq == PIC_CASCADE_IR || !handler)
		return -EINVAL;
	local_irq_save(flags);
	if (irq_desc[irq].handler) {
		ret = -EBUSY;
		goto out;
	}
	irq_desc[irq].dev = dev;
	irq_desc[irq].handler = handler;
	irq_chip->unmask(irq);
out:
	local_irq_restore(flags);
	return ret;
}

void free_irq(unsigned int irq, void *dev)
{
	unsigned long flags;

	if (irq >= NR_IRQS)
		return;
	local_irq_save(flags);
	if (irq_desc[irq].handler && irq_desc[irq].dev == dev) {
		irq_chip->mask(irq);
		irq_desc[irq].handler = NULL;
		irq_desc[irq].dev = NULL;
	} else {
		printk("irq: free_irq(%u): not requested by this device\n",
		       irq);
	}
	local_irq_restore(flags);
}

/* A line nobody handles: mask it, so that it cannot keep interrupting. */
static void unexpected_irq(unsigned int irq, struct irq_desc *desc)
{
	if (desc->unhandled++ == 0)
		printk("irq: IRQ %u has no handler; masked\n", irq);
	if (irq != PIC_CASCADE_IR)
		irq_chip->mask(irq);
}

void do_irq(struct pt_regs *regs)
{
	unsigned int irq = (unsigned int)(regs->vector - IRQ0_VECTOR);
	struct irq_desc *desc = &irq_desc[irq];

	if (!irq_chip->ack(irq)) {
		if (desc->spurious++ == 0)
			printk("irq: spurious %s interrupt: IRQ %u\n",
			       irq_chip->name, irq);
		return;
	}
	desc->count++;
	if (!desc->handler) {
		unexpected_irq(irq, desc);
		return;
	}
	desc->handler(regs, desc->dev);
}
