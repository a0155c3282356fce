// SPDX-License-Identifier: MIT
/*
 * The page-fault handler. CR2 is read by the caller before anything else
 * can fault. The order of the checks is the design's (DESIGN.md,
 * "Faults"); this first version has the fixups and the oops. The vmalloc
 * sync, spurious-fault and user paths come with the issues that need them.
 */
#include <asm/traps.h>
#include <kernel/compiler.h>

void do_page_fault(struct pt_regs *regs, unsigned long error_code __unused,
		   unsigned long address)
{
	if (fixup_exception(regs, address))
		return;
	die(regs, address);
}
