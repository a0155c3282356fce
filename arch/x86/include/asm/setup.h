/* SPDX-License-Identifier: MIT */
#ifndef ASM_SETUP_H
#define ASM_SETUP_H

#include <kernel/types.h>

/* What CPUID says about the boot CPU, as far as memory management cares. */
struct cpu_features {
	bool pse; /* 4 MiB pages in 2-level paging */
	bool pae;
	bool pge;	 /* global pages */
	bool nx;	 /* execute-disable (PAE and 64-bit entries) */
	bool gbpages;	 /* 1 GiB pages */
	bool lm;	 /* long mode */
	bool apic;	 /* a local APIC */
	bool erms;	 /* fast rep movsb/stosb (arch/x86/lib/string.c) */
	bool hypervisor; /* running on one (CPUID.1:ECX[31]): spinlocks */
};

extern struct cpu_features boot_cpu;

/*
 * Why the paging format is the one it is, for the boot line: "" on
 * 32-bit; on x86_64 ": LA57", ": no5lvl", ": the CPU has no LA57", ...
 */
const char *paging_format_note(void);

/* CPUID, then the kernel's GDT, TSS and IDT. */
void cpu_init(void);
void cpu_print_features(void);

struct boot_info;
/* memblock from the boot memory map, reservations, then paging_init(). */
void setup_arch(const struct boot_info *bi);
/* Build init_mm's page tables (arch/x86/mm/init.c) and switch to them. */
void paging_init(void);

#endif
