/* SPDX-License-Identifier: MIT */
/*
 * SMEP and SMAP (SDM Vol. 3A, 4.6.1): with CR4.SMEP the kernel faults on
 * an instruction fetch from a user page; with CR4.SMAP on any data access
 * to a user page, unless EFLAGS.AC is set -- which only the uaccess
 * helpers (asm/uaccess.h) do, around their one access, with stac/clac.
 * Both are turned on at boot where CPUID has them (nosmep, nosmap: off).
 */
#ifndef ASM_SMAP_H
#define ASM_SMAP_H

#include <asm/ptrace.h>
#include <kernel/types.h>

extern bool smep_enabled, smap_enabled;

/* stac and clac are #UD without SMAP: only where it is on. */
static inline void stac(void)
{
	if (smap_enabled)
		__asm__ __volatile__("stac" ::: "memory");
}

static inline void clac(void)
{
	if (smap_enabled)
		__asm__ __volatile__("clac" ::: "memory");
}

/* Turn SMEP and SMAP on where the CPU has them and cmdline allows. */
void smep_smap_init(const char *cmdline);

/*
 * Entry from an interrupt or exception: clear EFLAGS.AC, which ring 3 may
 * have set (an interrupt gate keeps it), so that the kernel runs with
 * SMAP in force. The interrupted context's EFLAGS comes back with iret.
 */
static inline void smap_entry(void)
{
	clac();
}

/*
 * For the #PF handler, before it demand-fills a user page: is this a
 * kernel access to user memory that SMEP or SMAP forbid (a fetch, or an
 * access outside the helpers)? Then it prints one line saying so and
 * returns true: the fault goes to the fixups or the oops, never to the
 * demand fill.
 */
bool smep_smap_violation(const struct pt_regs *regs, unsigned long error_code,
			 unsigned long address);

/* Bumped atomically by any CPU, read without a lock. */
struct smap_stats {
	unsigned long smep, smap; /* violations reported */
};
extern struct smap_stats smap_stats;

#endif
