/* SPDX-License-Identifier: MIT */
/*
 * What boot/head_*.asm leaves for C: the kernel's virtual base, the early
 * mapping of low physical memory, and the boot stack.
 */
#ifndef ASM_BOOT_H
#define ASM_BOOT_H

#include <kernel/types.h>

#ifdef CONFIG_X86_64
#define KERNEL_VMA 0xffffffff80000000UL
#else
#define KERNEL_VMA 0xc0000000UL
#endif

/* Bytes of physical memory from 0 that the boot page tables map at KERNEL_VMA. */
extern const unsigned long boot_map_size;
extern char boot_stack[], boot_stack_top[];
extern u32 boot_magic, boot_info_pa;
/* x86_64: what boot/head_64.asm saw when it chose the paging format. */
extern u32 boot_la57_cpu, boot_no5lvl;

/*
 * A kernel pointer to physical [pa, pa + len) through the early mapping,
 * or NULL if the range lies outside it.
 */
void *boot_phys_to_virt(phys_addr_t pa, size_t len);

#endif
