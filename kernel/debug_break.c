// SPDX-License-Identifier: MIT
/*
 * bochs.break=<list>: the named Bochs magic breakpoints of
 * include/kernel/debug_break.h. A new point is one row in
 * debug_break_points[] and one debug_break("name") call.
 */
#include <kernel/cmdline.h>
#include <kernel/debug_break.h>
#include <kernel/printk.h>
#include <kernel/string.h>

/*
 * Bit i of debug_break_mask stands for debug_break_points[i]
 * (docs/debugging.md).
 */
static const char *const debug_break_points[] = {
	"start_kernel", /* kernel/main.c, once the command line is known */
	"paging_init",	/* kernel/main.c, after setup_arch() */
	"vmalloc_init", /* kernel/main.c */
	"ktest",	/* kernel/main.c, before the tests */
	"page_fault",	/* arch/x86/mm/fault.c, every #PF */
	"vmalloc_fault", /* arch/x86/mm/fault.c, before a lazy PGD sync's write */
	"oops",		 /* arch/x86/kernel/traps.c, die() */
	"exit",		 /* kernel/main.c, before qemu_exit() or halting */
	"monitor",	 /* kernel/main.c, before the monitor's first prompt */
};
_Static_assert(ARRAY_SIZE(debug_break_points) <= 8 * sizeof(unsigned long),
	       "debug_break_mask has one bit per point");

unsigned long debug_break_mask;

/* Index of the point called name, or -1. */
static int debug_break_lookup(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(debug_break_points); i++)
		if (strcmp(debug_break_points[i], name) == 0)
			return (int)i;
	return -1;
}

static void debug_break_print_points(unsigned long mask)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(debug_break_points); i++)
		if (mask & (1UL << i))
			printk(" %s", debug_break_points[i]);
	printk("\n");
}

void debug_break_init(const char *cmdline)
{
	static char list[256];
	char *name = list, *comma;
	int n;

	if (!cmdline_get(cmdline, "bochs.break", list, sizeof(list)))
		return;
	for (; name; name = comma ? comma + 1 : NULL) {
		comma = strchr(name, ',');
		if (comma)
			*comma = '\0';
		n = debug_break_lookup(name);
		if (n >= 0)
			debug_break_mask |= 1UL << n;
		else if (strcmp(name, "all") == 0)
			debug_break_mask = ~0UL;
		else if (*name)
			printk("bochs.break: unknown point '%s' ignored\n",
			       name);
	}
	if (debug_break_mask) {
		printk("bochs.break: Bochs stops at");
		debug_break_print_points(debug_break_mask);
	} else {
		printk("bochs.break: nothing listed; the points are (or all):");
		debug_break_print_points(~0UL);
	}
}

bool debug_break_wanted(const char *point)
{
	int n = debug_break_lookup(point);

	if (n < 0) {
		printk("bochs.break: debug_break(\"%s\") is not in debug_break_points[]\n",
		       point);
		return false;
	}
	if (!(debug_break_mask & (1UL << n)))
		return false;
	printk("bochs.break: %s\n", point);
	return true;
}
