/* SPDX-License-Identifier: MIT */
/*
 * printk: formatted output to every console (COM1 and the VGA text screen).
 *
 * Conversions: %s %c %d %i %u %x %X %p %% with the length modifiers
 * hh h l ll z, a field width (or *), '0' padding, '-' left alignment and a
 * precision for %s. %p prints 0x and the full pointer width in hex.
 */
#ifndef KERNEL_PRINTK_H
#define KERNEL_PRINTK_H

#include <stdarg.h>

#include <kernel/compiler.h>
#include <kernel/types.h>

/*
 * Format into buf (always NUL-terminated when size > 0). Returns the length
 * the full output would have had, as C99 snprintf does.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
	__printf(3, 0);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

int vprintk(const char *fmt, va_list ap) __printf(1, 0);
int printk(const char *fmt, ...) __printf(1, 2);

#define pr_info(fmt, ...) printk(fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...) printk("WARNING: " fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...) printk("ERROR: " fmt, ##__VA_ARGS__)

#endif
