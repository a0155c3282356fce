// SPDX-License-Identifier: MIT
/* SMEP and SMAP: turning them on, and naming their faults (asm/smap.h). */
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/smap.h>
#include <asm/traps.h>
#include <kernel/cmdline.h>
#include <kernel/ksyms.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>

#define X86_EFLAGS_AC (1UL << 18)

bool smep_enabled, smap_enabled;
struct smap_stats smap_stats;

void smep_smap_init(const char *cmdline)
{
	u32 a, b = 0, c, d;

	cpuid(0, &a, &b, &c, &d);
	if (a >= 7) {
		cpuid(7, &a, &b, &c, &d);
	} else {
		b = 0;
	}
	if ((b & (1u << 7)) && !cmdline_has(cmdline, "nosmep")) {
		write_cr4(read_cr4() | X86_CR4_SMEP);
		smep_enabled = true;
	}
	if ((b & (1u << 20)) && !cmdline_has(cmdline, "nosmap")) {
		write_cr4(read_cr4() | X86_CR4_SMAP);
		smap_enabled = true;
	}
	printk("cpu: smep=%s smap=%s\n",
	       smep_enabled	 ? "on"
	       : (b & (1u << 7)) ? "off (nosmep)"
				 : "not supported",
	       smap_enabled	  ? "on"
	       : (b & (1u << 20)) ? "off (nosmap)"
				  : "not supported");
}

bool smep_smap_violation(const struct pt_regs *regs, unsigned long error_code,
			 unsigned long address)
{
	char sym[96];

	if (user_mode(regs) || pgtable_kernel_address(address))
		return false;
	if (smep_enabled && (error_code & X86_PF_INSTR)) {
		__atomic_fetch_add(&smap_stats.smep, 1, __ATOMIC_RELAXED);
		printk("#PF: SMEP violation: kernel instruction fetch from user address %lx, ip %s\n",
		       address, ksym_format(regs->ip, sym, sizeof(sym)));
		return true;
	}
	if (smap_enabled && !(regs->flags & X86_EFLAGS_AC)) {
		__atomic_fetch_add(&smap_stats.smap, 1, __ATOMIC_RELAXED);
		printk("#PF: SMAP violation: kernel %s of user address %lx outside the uaccess helpers, ip %s\n",
		       error_code & X86_PF_WRITE ? "write" : "read", address,
		       ksym_format(regs->ip, sym, sizeof(sym)));
		return true;
	}
	return false;
}
