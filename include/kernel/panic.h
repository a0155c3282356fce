/* SPDX-License-Identifier: MIT */
#ifndef KERNEL_PANIC_H
#define KERNEL_PANIC_H

#include <kernel/compiler.h>

/* Print the message and a backtrace, then stop (under QEMU: exit with the panic code). */
__noreturn void panic(const char *fmt, ...) __printf(1, 2);

/* "function: invariant" style check that panics with file and line. */
#define BUG_ON(cond)                                                  \
	do {                                                          \
		if (unlikely(cond))                                   \
			panic("BUG_ON(%s) at %s:%d", #cond, __FILE__, \
			      __LINE__);                              \
	} while (0)

#endif
