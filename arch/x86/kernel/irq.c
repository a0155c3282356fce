// SPDX-License-Identifier: MIT
/*
 * ISA interrupt lines: a fixed table of one handler per line, and the
 * dispatch from the entry stubs. Order for every IRQ vector: acknowledge
 * the PIC (or drop a spurious IRQ 7/15), count, then call the handler.
 *
 * The EOI goes first because a handler may not return for a long time:
 * the timer's tick hook may switch to another task, which then runs with
 * interrupts on. Interrupt gates keep IF=0 until the handler returns (or
 * the next task enables them), so an early EOI cannot nest the handler.
 */
#include <asm/i8259.h>
#include <asm/irq.h>
#include <kernel/errno.h>
#include <kernel/printk.h>

struct irq_desc irq_desc[NR_IRQS];

void init_IRQ(void)
{
	init_8259A();
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
	enable_8259A_irq(irq);
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
		disable_8259A_irq(irq);
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
		disable_8259A_irq(irq);
}

void do_irq(struct pt_regs *regs)
{
	unsigned int irq = (unsigned int)(regs->vector - IRQ0_VECTOR);
	struct irq_desc *desc = &irq_desc[irq];

	if (!i8259A_ack_irq(irq)) {
		if (desc->spurious++ == 0)
			printk("irq: spurious 8259A interrupt: IRQ %u\n", irq);
		return;
	}
	desc->count++;
	if (!desc->handler) {
		unexpected_irq(irq, desc);
		return;
	}
	desc->handler(regs, desc->dev);
}
