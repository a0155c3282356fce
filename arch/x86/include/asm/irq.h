/* SPDX-License-Identifier: MIT */
/*
 * Hardware interrupts: the 16 ISA lines, through the I/O APIC where there
 * is one (asm/io_apic.h), else through the two 8259A PICs; either way on
 * the same vectors, past the CPU exceptions. A fixed table, one handler
 * per line, no sharing. The controller is chosen once, in init_IRQ(),
 * and reached through irq_chip.
 *
 *	vector  0..31    CPU exceptions (asm/traps.h)
 *	vector 32..47    ISA IRQ 0..15 (IRQ 0: PIT, IRQ 2: the PICs' cascade)
 *	vector 48..0xeb  free; 0x80 system calls, 0x81 tests
 *	vector 0xec..    the local APIC's own (asm/apic.h)
 *
 * Handlers run with interrupts off (IDT interrupt gates) and after the
 * controller has been acknowledged: a handler that switches stacks and
 * returns much later does not hold up the line.
 */
#ifndef ASM_IRQ_H
#define ASM_IRQ_H

#include <asm/processor.h>
#include <asm/ptrace.h>
#include <kernel/types.h>

#define NR_IRQS 16
#define IRQ0_VECTOR 32
#define ISA_IRQ_VECTOR(irq) (IRQ0_VECTOR + (irq))

#define PIT_IRQ 0
#define PIC_CASCADE_IR 2

typedef void (*irq_handler_t)(struct pt_regs *regs, void *dev);

/* One ISA line: its handler and what has arrived on it. */
struct irq_desc {
	irq_handler_t handler;
	void *dev;
	unsigned long count;	 /* deliveries, handled or not */
	unsigned long unhandled; /* deliveries with no handler */
	unsigned long spurious;	 /* IRQ 7/15, no ISR bit; not in count */
};

extern struct irq_desc irq_desc[NR_IRQS];

/*
 * The interrupt controller of the ISA lines: the 8259A pair (i8259.c) or
 * the I/O APIC with the local APIC's EOI (io_apic.c). Called with
 * interrupts off. ack runs before the handler and returns false for a
 * spurious interrupt, which then is neither counted nor handled.
 */
struct irq_chip {
	const char *name;
	void (*mask)(unsigned int irq);
	void (*unmask)(unsigned int irq);
	bool (*ack)(unsigned int irq);
};

/* Chosen in init_IRQ(), before interrupts are first enabled; then fixed. */
extern const struct irq_chip *irq_chip;
extern const struct irq_chip i8259A_chip;

/*
 * Install handler for ISA line irq and unmask it. Returns 0, -EINVAL for
 * a bad line or a NULL handler, -EBUSY if the line already has one.
 */
int request_irq(unsigned int irq, irq_handler_t handler, void *dev);
/* Mask line irq and remove its handler, if dev is the one installed. */
void free_irq(unsigned int irq, void *dev);

/*
 * Program the PICs (every line masked, vectors from IRQ0_VECTOR), then
 * take the I/O APIC instead if there is one (not with `noapic`): one boot
 * line says which.
 */
void init_IRQ(void);
/* Called by do_interrupt() for vectors IRQ0_VECTOR .. +NR_IRQS-1. */
void do_irq(struct pt_regs *regs);

static inline bool irqs_disabled(void)
{
	return !(read_flags() & X86_EFLAGS_IF);
}

/* Turn interrupts off, remembering in flags whether they were on. */
#define local_irq_save(flags)           \
	do {                            \
		(flags) = read_flags(); \
		local_irq_disable();    \
	} while (0)

static inline void local_irq_restore(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		local_irq_enable();
}

/* Enable interrupts and halt until the next one, with no window between. */
static inline void safe_halt(void)
{
	/* sti holds off interrupts for one instruction: the hlt. */
	__asm__ __volatile__("sti; hlt" ::: "memory");
}

#endif
