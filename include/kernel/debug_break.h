/* SPDX-License-Identifier: MIT */
/*
 * Bochs magic breakpoints at named points, chosen on the command line:
 *
 *	bochs.break=page_fault,oops	bochs.break=all
 *
 * debug_break("page_fault") executes BOCHS_BREAK() (`xchg bx, bx`) when
 * "page_fault" is listed; Bochs with `magic_break: enabled=1` then stops
 * in its debugger right after it. Elsewhere (QEMU, real hardware) the
 * instruction does nothing. The list is parsed once at boot into a bit
 * mask, so a point nobody listed costs one load and a branch.
 *
 * The points (docs/debugging.md, kernel/debug_break.c):
 *   start_kernel  as soon as the command line is known (multiboot parsed)
 *   paging_init   the kernel's own page tables are live in CR3
 *   vmalloc_init  page allocator and vmalloc are ready
 *   ktest         before the boot-time tests run
 *   page_fault    every #PF, first thing in do_page_fault()
 *   vmalloc_fault a lazy PGD sync, right before the entry is copied
 *   oops          an exception nobody fixes, after its report, before panic
 *   exit          the kernel is done: before leaving QEMU or halting
 *                 (also the monitor's halt)
 *   monitor       nothing else to run: before the monitor's first prompt
 */
#ifndef KERNEL_DEBUG_BREAK_H
#define KERNEL_DEBUG_BREAK_H

#include <asm/processor.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

extern unsigned long debug_break_mask; /* one bit per listed point */

/* Parse bochs.break=<list> from cmdline (NULL: nothing); prints the result. */
void debug_break_init(const char *cmdline);

/* Is point listed? If so, says so on the console. */
bool debug_break_wanted(const char *point);

/*
 * Stop Bochs here if point was listed in bochs.break. Inline, so that
 * Bochs stops in the caller ("do_page_fault+26"), not in a helper.
 */
static inline __attribute__((always_inline)) void debug_break(const char *point)
{
	if (unlikely(debug_break_mask) && debug_break_wanted(point))
		BOCHS_BREAK();
}

#endif
