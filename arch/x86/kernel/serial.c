// SPDX-License-Identifier: MIT
/*
 * COM1, a 16550 UART at 0x3f8: 115200 baud, 8N1, polled. Polled output is
 * slow but cannot lose a message, which is what a kernel log is for.
 */
#include <asm/io.h>
#include <asm/irq.h>
#include <kernel/console.h>

#define COM1 0x3f8
#define UART_THR 0 /* transmit holding register */
#define UART_IER 1
#define UART_DLL 0 /* divisor latch, with LCR.DLAB */
#define UART_DLM 1
#define UART_FCR 2
#define UART_LCR 3
#define UART_MCR 4
#define UART_LSR 5
#define UART_LCR_DLAB 0x80
#define UART_LCR_8N1 0x03
#define UART_LSR_THRE 0x20
#define UART_LSR_DR 0x01   /* a received byte waits in RBR */
#define UART_RBR 0	   /* receive buffer */
#define UART_IER_RDI 0x01  /* interrupt on received data */
#define UART_MCR_OUT2 0x08 /* on a PC, gates the UART's IRQ line to the PIC */
#define COM1_IRQ 4

void serial_init(void)
{
	outb(COM1 + UART_IER, 0x00);
	outb(COM1 + UART_LCR, UART_LCR_DLAB);
	outb(COM1 + UART_DLL, 1); /* 115200 / 1 */
	outb(COM1 + UART_DLM, 0);
	outb(COM1 + UART_LCR, UART_LCR_8N1);
	outb(COM1 + UART_FCR, 0xc7); /* enable and clear FIFOs */
	outb(COM1 + UART_MCR, 0x03); /* DTR, RTS */
}

static void serial_putc(char c)
{
	while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE))
		;
	outb(COM1 + UART_THR, (u8)c);
}

void serial_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

/* ---- input (the monitor's console) ---------------------------------------- */

static void (*serial_rx_push)(u8 c);
static bool (*serial_rx_room)(void);

void serial_rx_poll(void)
{
	while (serial_rx_room() && (inb(COM1 + UART_LSR) & UART_LSR_DR))
		serial_rx_push(inb(COM1 + UART_RBR));
}

/* IRQ 4: move the bytes the FIFO holds to the console input, as room allows. */
static void serial_interrupt(struct pt_regs *regs __unused, void *dev __unused)
{
	serial_rx_poll();
}

int serial_rx_start(void (*push)(u8 c), bool (*room)(void))
{
	int err;

	serial_rx_push = push;
	serial_rx_room = room;
	err = request_irq(COM1_IRQ, serial_interrupt, &serial_rx_push);
	if (err)
		return err;
	outb(COM1 + UART_MCR, 0x03 | UART_MCR_OUT2);
	outb(COM1 + UART_IER, UART_IER_RDI);
	serial_rx_poll(); /* bytes that came before the IRQ did */
	return 0;
}

void serial_rx_stop(void)
{
	outb(COM1 + UART_IER, 0x00);
	outb(COM1 + UART_MCR, 0x03);
	free_irq(COM1_IRQ, &serial_rx_push);
}
