/* SPDX-License-Identifier: MIT */
/*
 * Exception table: pairs (faulting instruction, fixup) in __ex_table. An
 * exception at a listed instruction resumes at its fixup instead of
 * oopsing; this is how kernel code reads memory that may not be mapped.
 */
#ifndef ASM_EXTABLE_H
#define ASM_EXTABLE_H

#include <kernel/types.h>

struct exception_table_entry {
	unsigned long insn;
	unsigned long fixup;
};

#ifdef CONFIG_X86_64
#define _ASM_PTR ".quad "
#else
#define _ASM_PTR ".long "
#endif

#define _ASM_EXTABLE(from, to)                         \
	".pushsection __ex_table, \"a\"\n\t"           \
	".balign 8\n\t" _ASM_PTR #from ", " #to "\n\t" \
	".popsection\n\t"

const struct exception_table_entry *search_exception_table(unsigned long ip);

/*
 * Read one word from a kernel address that may fault. Returns false (and
 * leaves *val alone) if the read faulted. Used by the oops printer, which
 * must not fault while reporting a fault.
 */
static inline bool probe_read_ulong(const unsigned long *addr,
				    unsigned long *val)
{
	unsigned long v;
	int err = 0;

	__asm__ __volatile__("1: mov %2, %0\n"
			     "2:\n\t"
			     ".pushsection .text.fixup, \"ax\"\n"
			     "3: mov $1, %1\n\t"
			     "jmp 2b\n\t"
			     ".popsection\n\t" _ASM_EXTABLE(1b, 3b)
			     : "=r"(v), "+r"(err)
			     : "m"(*addr));
	if (err)
		return false;
	*val = v;
	return true;
}

#endif
