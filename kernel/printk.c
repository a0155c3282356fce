// SPDX-License-Identifier: MIT
/*
 * printk: format into a line buffer, then write to every console. No
 * locking yet: one CPU, and interrupts are off whenever the kernel prints
 * from an interrupt.
 */
#include <kernel/console.h>
#include <kernel/printk.h>

#define PRINTK_BUF_SIZE 1024

int vprintk(const char *fmt, va_list ap)
{
	static char buf[PRINTK_BUF_SIZE];
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	size_t len = n < (int)sizeof(buf) ? (size_t)n : sizeof(buf) - 1;

	serial_write(buf, len);
	vga_write(buf, len);
	return n;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}
