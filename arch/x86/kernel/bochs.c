// SPDX-License-Identifier: MIT
#include <asm/io.h>
#include <kernel/bochs.h>

#define BOCHS_SHUTDOWN_PORT 0x8900

/*
 * Bochs's iodev/unmapped.cc matches the string byte by byte and quits (a
 * "Shutdown port: shutdown requested" panic with action fatal) after 'n'.
 */
void bochs_shutdown(void)
{
	const char *p;

	for (p = "Shutdown"; *p; p++)
		outb(BOCHS_SHUTDOWN_PORT, (u8)*p);
}
