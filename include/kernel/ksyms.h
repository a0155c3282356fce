/* SPDX-License-Identifier: MIT */
/*
 * The kernel's own symbol table, embedded by a second link pass
 * (tools/gen-ksyms.sh): function names for oops reports and backtraces.
 */
#ifndef KERNEL_KSYMS_H
#define KERNEL_KSYMS_H

#include <kernel/types.h>

struct ksym {
	unsigned long addr;
	unsigned int name; /* offset into ksym_names */
};

extern const struct ksym ksym_table[];
extern const unsigned int ksym_count;
extern const char ksym_names[];

/*
 * Name of the function containing addr, its offset in it and its size;
 * NULL outside the kernel text.
 */
const char *ksym_lookup(unsigned long addr, unsigned long *offset,
			unsigned long *size);

/* Address of a function by name, 0 if there is none. Linear: not for hot paths. */
unsigned long ksym_address(const char *name);

/* Format addr as "name+0x1c/0x80" (or the bare hex address) into buf. */
const char *ksym_format(unsigned long addr, char *buf, size_t size);
/* The same for a return address, named by the call before it. */
const char *ksym_format_ret(unsigned long ret, char *buf, size_t size);

#endif
