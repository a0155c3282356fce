/* SPDX-License-Identifier: MIT */
/*
 * Leaving Bochs: its shutdown port (0x8900) ends the simulation when it
 * receives the bytes "Shutdown" in a row. Bochs has no exit status to carry
 * a verdict; the runner reads it from the KTAP on COM1 (docs/testing.md).
 * Elsewhere the writes are ignored and bochs_shutdown() returns.
 */
#ifndef KERNEL_BOCHS_H
#define KERNEL_BOCHS_H

void bochs_shutdown(void);

#endif
