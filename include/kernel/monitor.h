/* SPDX-License-Identifier: MIT */
/*
 * The kernel monitor: a `lazypgd>` prompt on COM1 and on the VGA console
 * with the PS/2 keyboard (docs/monitor.md). One file per command group in
 * kernel/monitor/; the command table is in kernel/monitor/monitor.c.
 */
#ifndef KERNEL_MONITOR_H
#define KERNEL_MONITOR_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#define MON_PROMPT "lazypgd> "
#define MON_MAX_ARGS 8

/* Run the monitor on the boot context (task 0); never returns. */
__noreturn void monitor_main(void);

/*
 * Run one command line (split in place) as if typed at the prompt: 0, or
 * the command's -errno after its one-line message. Interrupts off.
 */
int monitor_command(char *line);

/* The monitor runs (tests started by its `test` command can tell). */
extern bool monitor_active;

/* ---- parsing (kernel/monitor/parse.c; host-tested) ------------------------ */

/*
 * Split line in place at blanks into at most max words. Returns the
 * number of words, or -E2BIG if there are more than max.
 */
int mon_split(char *line, char **argv, int max);

/*
 * A number: decimal, or hex with 0x. Returns 0, -EINVAL (not a number,
 * trailing junk, empty) or -ERANGE (does not fit an unsigned long).
 */
int mon_parse_ulong(const char *s, unsigned long *val);

/* A size in bytes: a number with an optional K, M or G suffix (KiB...). */
int mon_parse_size(const char *s, unsigned long *val);

/* ---- one command, and what command files share -------------------------- */

struct mon_cmd {
	const char *name;
	const char *args; /* usage, e.g. "SIZE" or "[pid]" */
	const char *help; /* one line */
	int min_args, max_args;
	int (*run)(int argc,
		   char **argv); /* argv[0] is the name; 0 or -errno */
};

/* Parse argv[i] as a number/size for cmd; on error print one line and return it. */
int mon_arg_ulong(const char *cmd, const char *what, const char *s,
		  unsigned long *val);
int mon_arg_size(const char *cmd, const char *what, const char *s,
		 unsigned long *val);

/*
 * One /proc/vmallocinfo line for vm (no newline) into buf:
 *   0xADDR-0xEND   SIZE caller+0x../0x.. pages=N [phys=0x.. ioremap] vmalloc
 * SIZE includes the guard page. Returns the length it wanted.
 */
struct vm_struct;
int mon_vmallocinfo_line(const struct vm_struct *vm, char *buf, size_t size);

#endif
