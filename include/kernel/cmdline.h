/* SPDX-License-Identifier: MIT */
/*
 * The kernel command line: words separated by blanks, each `param`,
 * `param=value` or `param="value with spaces"`. A double quote groups
 * blanks into the word and is itself dropped from the value. Names match
 * whole names only: "ktest" matches neither "ktest.filter=x" nor
 * "xktest". When a parameter is given more than once, the last one counts.
 * The loader may put the kernel's file name first ("kernel.elf ktest"):
 * it is just a word nobody asks for.
 */
#ifndef KERNEL_CMDLINE_H
#define KERNEL_CMDLINE_H

#include <kernel/types.h>

/* True if param is present, with or without a value. NULL cmdline: false. */
bool cmdline_has(const char *cmdline, const char *param);

/*
 * Copy the value of param into buf[size] (quotes removed, truncated to
 * fit, always NUL-terminated when size > 0). A bare `param` gives "".
 * False, with buf untouched, if param is absent.
 */
bool cmdline_get(const char *cmdline, const char *param, char *buf,
		 size_t size);

/*
 * Parse the value of param as decimal or 0x-prefixed hex, with an
 * optional K, M or G suffix (binary: 1K = 1024). False, with *val
 * untouched, if param is absent, bare, not entirely a number, or does not
 * fit in unsigned long.
 */
bool cmdline_get_ulong(const char *cmdline, const char *param,
		       unsigned long *val);

#endif
