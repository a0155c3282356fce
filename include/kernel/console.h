/* SPDX-License-Identifier: MIT */
/* Console drivers printk writes to: COM1 (16550) and the VGA text screen. */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

#include <kernel/types.h>

void serial_init(void);
void serial_write(const char *s, size_t n);
void vga_init(void);
void vga_write(const char *s, size_t n);

/*
 * Console input for the monitor: received bytes go to push(), from the
 * interrupt handler (COM1 on IRQ 4; the PS/2 keyboard on IRQ 1, its keys
 * as the bytes a serial terminal sends, arrows as ESC [ A...). Start
 * returns 0 or the request_irq error; stop masks the line again.
 *
 * COM1 reads a byte only while room() says there is room for it; the
 * rest waits in the UART (flow control: QEMU holds back what follows).
 * serial_rx_poll() reads what waits, as room allows (interrupts off); the
 * caller must poll after making room, as the UART raises no new interrupt
 * for bytes it already had.
 */
int serial_rx_start(void (*push)(u8 c), bool (*room)(void));
void serial_rx_poll(void);
void serial_rx_stop(void);
int kbd_start(void (*push)(u8 c));
void kbd_stop(void);

#endif
