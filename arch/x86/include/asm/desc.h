/* SPDX-License-Identifier: MIT */
/*
 * Segment and gate descriptors, built with masks (SDM Vol. 3A, 3.4.5 and
 * 6.11), and the task-state segment.
 */
#ifndef ASM_DESC_H
#define ASM_DESC_H

#include <asm/segment.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/* Access byte (bits 40..47 of a descriptor). */
#define DESC_P (1u << 7)
#define DESC_DPL(n) ((n) << 5)
#define DESC_S (1u << 4) /* code or data, not system */
#define DESC_CODE (0xau) /* execute/read */
#define DESC_DATA (0x2u) /* read/write */
#define DESC_TSS_AVAIL (0x9u)
#define DESC_TASK_GATE (0x5u)
#define DESC_INTR_GATE (0xeu) /* 32/64-bit interrupt gate: IF cleared */

/* Flags nibble (bits 52..55). */
#define DESC_FLAG_L (1u << 1)  /* 64-bit code */
#define DESC_FLAG_DB (1u << 2) /* 32-bit segment */
#define DESC_FLAG_G (1u << 3)  /* limit in 4 KiB units */

static inline u64 gdt_entry(u32 base, u32 limit, u8 access, u8 flags)
{
	return (u64)(limit & 0xffff) | ((u64)(base & 0xffffff) << 16) |
	       ((u64)access << 40) | ((u64)((limit >> 16) & 0xf) << 48) |
	       ((u64)(flags & 0xf) << 52) | ((u64)(base >> 24) << 56);
}

#ifdef CONFIG_X86_64
struct tss {
	u32 reserved0;
	u64 sp0, sp1, sp2;
	u64 reserved1;
	u64 ist[7];
	u64 reserved2;
	u16 reserved3;
	u16 io_bitmap_base;
} __packed;
_Static_assert(sizeof(struct tss) == 104, "64-bit TSS is 104 bytes");

struct idt_gate {
	u16 offset_low;
	u16 selector;
	u8 ist;
	u8 type_attr;
	u16 offset_mid;
	u32 offset_high;
	u32 reserved;
} __packed;
_Static_assert(sizeof(struct idt_gate) == 16, "64-bit gate is 16 bytes");
#else
struct tss {
	u32 prev_task;
	u32 esp0, ss0, esp1, ss1, esp2, ss2;
	u32 cr3, eip, eflags;
	u32 eax, ecx, edx, ebx, esp, ebp, esi, edi;
	u32 es, cs, ss, ds, fs, gs;
	u32 ldt;
	u16 trap;
	u16 io_bitmap_base;
} __packed;
_Static_assert(sizeof(struct tss) == 104, "32-bit TSS is 104 bytes");

struct idt_gate {
	u16 offset_low;
	u16 selector;
	u8 reserved;
	u8 type_attr;
	u16 offset_high;
} __packed;
_Static_assert(sizeof(struct idt_gate) == 8, "32-bit gate is 8 bytes");
#endif

struct desc_ptr {
	u16 size;
	unsigned long address;
} __packed;

/* The kernel's TSS: its sp0 is the stack the CPU loads on entry from ring 3. */
extern struct tss cpu_tss;
#ifdef CONFIG_X86_32
/* The double-fault task's TSS; its CR3 must follow the kernel's PGD. */
extern struct tss doublefault_tss;
#endif

/*
 * One CPU's descriptor tables: the boot CPU's are static (gdt.c), each
 * AP's are allocated by smpboot.c. Written only while that CPU starts.
 */
struct cpu_desc_tables {
	u64 gdt[GDT_ENTRIES] __aligned(16);
	struct tss tss __aligned(16);
#ifdef CONFIG_X86_32
	struct tss df_tss __aligned(16); /* the #DF task's own TSS */
#endif
};

struct percpu_area;
/*
 * Fill an AP's tables (its TSS, its #DF stack ending at df_stack_top, on
 * i386 its FS segment based at pcpu), then load them on the calling CPU.
 */
void gdt_init_secondary(struct cpu_desc_tables *t, unsigned long df_stack_top,
			struct percpu_area *pcpu);

/* IST slot of the double-fault stack (x86_64), 1-based as in the gate. */
#define IST_DOUBLE_FAULT 1

#endif
