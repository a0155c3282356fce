/* SPDX-License-Identifier: MIT */
/*
 * GDT layout. On x86_64 the user selectors follow the order SYSRET needs
 * (STAR[63:48] + 8 = user SS, + 16 = user CS).
 */
#ifndef ASM_SEGMENT_H
#define ASM_SEGMENT_H

#define GDT_ENTRY_KERNEL_CS 1
#define GDT_ENTRY_KERNEL_DS 2
#ifdef CONFIG_X86_64
#define GDT_ENTRY_USER32_CS 3 /* placeholder: keeps the SYSRET order */
#define GDT_ENTRY_USER_DS 4
#define GDT_ENTRY_USER_CS 5
#define GDT_ENTRY_TSS 6 /* 16 bytes: entries 6 and 7 */
#define GDT_ENTRIES 8
#else
#define GDT_ENTRY_USER_CS 3
#define GDT_ENTRY_USER_DS 4
#define GDT_ENTRY_TSS 5
#define GDT_ENTRY_DOUBLEFAULT_TSS 6
#define GDT_ENTRY_PERCPU 7 /* FS: base = this CPU's area (asm/percpu.h) */
#define GDT_ENTRIES 8
#define __KERNEL_PERCPU (GDT_ENTRY_PERCPU * 8)
#endif

#define __KERNEL_CS (GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS (GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS (GDT_ENTRY_USER_CS * 8 + 3)
#define __USER_DS (GDT_ENTRY_USER_DS * 8 + 3)
#define GDT_TSS_SEL (GDT_ENTRY_TSS * 8)

#endif
