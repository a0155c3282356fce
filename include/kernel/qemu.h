/* SPDX-License-Identifier: MIT */
/*
 * Leaving QEMU with a verdict through its isa-debug-exit device
 * (-device isa-debug-exit,iobase=0xf4,iosize=0x04): QEMU exits with
 * status (code << 1) | 1. Without the device the write is ignored, and
 * qemu_exit() then tries Bochs's shutdown port (include/kernel/bochs.h),
 * so that a test run under Bochs ends too; the verdict is then only in the
 * KTAP on COM1. On a machine with neither, it returns: callers halt.
 */
#ifndef KERNEL_QEMU_H
#define KERNEL_QEMU_H

#include <kernel/compiler.h>

enum qemu_exit_code {
	QEMU_EXIT_PASS = 0x10,	/* status 33: every test passed */
	QEMU_EXIT_FAIL = 0x11,	/* status 35: some test failed */
	QEMU_EXIT_PANIC = 0x12, /* status 37: kernel panic */
};

void qemu_exit(enum qemu_exit_code code);

#endif
