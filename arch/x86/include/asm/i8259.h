/* SPDX-License-Identifier: MIT */
/* The two cascaded 8259A programmable interrupt controllers. */
#ifndef ASM_I8259_H
#define ASM_I8259_H

#include <kernel/types.h>

#define PIC_MASTER_CMD 0x20
#define PIC_MASTER_IMR 0x21
#define PIC_SLAVE_CMD 0xa0
#define PIC_SLAVE_IMR 0xa1

/* Remap to IRQ0_VECTOR.. and mask every line but the cascade. */
void init_8259A(void);
void enable_8259A_irq(unsigned int irq);
void disable_8259A_irq(unsigned int irq);
/*
 * Send the EOI for irq, before its handler runs. Returns false if it was
 * spurious (IRQ 7 or 15 with its in-service bit clear): then only the
 * master's cascade is acknowledged, as needed.
 */
bool i8259A_ack_irq(unsigned int irq);
/* The interrupt mask registers, slave << 8 | master; a set bit is masked. */
u16 i8259A_get_mask(void);
/* The line's bit in the in-service (ISR) and request (IRR) registers. */
bool i8259A_irq_in_service(unsigned int irq);
bool i8259A_irq_pending(unsigned int irq);

#endif
