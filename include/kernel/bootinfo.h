/* SPDX-License-Identifier: MIT */
/*
 * What the boot loader told us, copied out of the multiboot (1 or 2)
 * information structure into kernel memory, so nothing later depends on
 * where the loader put it.
 */
#ifndef KERNEL_BOOTINFO_H
#define KERNEL_BOOTINFO_H

#include <kernel/memmap.h>
#include <kernel/types.h>

#define BOOT_CMDLINE_MAX 512
#define BOOT_LOADER_NAME_MAX 64
#define BOOT_MODULES_MAX 8
#define BOOT_MODULE_CMDLINE_MAX 64

struct boot_module {
	phys_addr_t start;
	phys_addr_t end; /* exclusive */
	char cmdline[BOOT_MODULE_CMDLINE_MAX];
};

struct boot_info {
	int protocol; /* 1 or 2: which multiboot specification */
	char cmdline[BOOT_CMDLINE_MAX];
	char loader_name[BOOT_LOADER_NAME_MAX];
	struct memmap mem; /* sanitised */
	unsigned int nr_modules;
	struct boot_module modules[BOOT_MODULES_MAX];
	phys_addr_t info_start, info_end; /* the multiboot structure itself */
};

extern struct boot_info boot_info;

#endif
