// SPDX-License-Identifier: MIT
/* The boot path left the CPU in the state the rest of the kernel assumes. */
#include <asm/boot.h>
#include <asm/desc.h>
#include <asm/layout.h>
#include <kernel/pgtable.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <kernel/version.h>

extern char _text[], _end[];

KTEST(boot, paging_mode)
{
	unsigned long cr0 = read_cr0(), cr4 = read_cr4();

	EXPECT_TRUE(t, cr0 & X86_CR0_PG);
	EXPECT_TRUE(t, cr0 & X86_CR0_WP);
#if CONFIG_PGTABLE_LEVELS == 2
	EXPECT_FALSE(t, cr4 & X86_CR4_PAE);
#else
	EXPECT_TRUE(t, cr4 & X86_CR4_PAE);
#endif
#ifdef CONFIG_X86_64
	EXPECT_TRUE(t, rdmsr(MSR_EFER) & EFER_LME);
#endif
}

/*
 * Caches on: the firmware may leave CR0.CD and NW set (they are after
 * reset; Bochs's BIOS does not clear them, SeaBIOS does), and multiboot
 * does not define them. head_*.asm clears them with CR0.PG.
 */
KTEST(boot, caches_enabled)
{
	unsigned long cr0 = read_cr0();

	EXPECT_FALSE(t, cr0 & X86_CR0_CD);
	EXPECT_FALSE(t, cr0 & X86_CR0_NW);
}

KTEST(boot, higher_half)
{
	unsigned long here = (unsigned long)__builtin_return_address(0);
	int local;

	EXPECT_GE(t, (unsigned long)_text, KERNEL_VMA);
	EXPECT_GE(t, here, (unsigned long)_text);
	/* The runner's stack is the boot stack, in the kernel's bss. */
	EXPECT_GE(t, (unsigned long)&local, (unsigned long)boot_stack);
	EXPECT_LT(t, (unsigned long)&local, (unsigned long)boot_stack_top);
}

KTEST(boot, segments)
{
	unsigned short cs, ds, ss, tr;

	__asm__ __volatile__("mov %%cs, %0" : "=r"(cs));
	__asm__ __volatile__("mov %%ds, %0" : "=r"(ds));
	__asm__ __volatile__("mov %%ss, %0" : "=r"(ss));
	__asm__ __volatile__("str %0" : "=r"(tr));
	EXPECT_EQ(t, cs, __KERNEL_CS);
	EXPECT_EQ(t, ds, __KERNEL_DS);
	EXPECT_EQ(t, ss, __KERNEL_DS);
	EXPECT_EQ(t, tr, GDT_TSS_SEL);
}

KTEST(boot, interrupts_off)
{
	EXPECT_FALSE(t, read_flags() & X86_EFLAGS_IF);
}

#ifdef CONFIG_X86_64
/* CPUID.(EAX=7,ECX=0):ECX[16]: the CPU can do 5-level paging. */
static bool cpu_has_la57(void)
{
	u32 a, b, c, d;

	cpuid(0, &a, &b, &c, &d);
	if (a < 7)
		return false;
	__asm__ __volatile__("cpuid"
			     : "=a"(a), "=b"(b), "=c"(c), "=d"(d)
			     : "a"(7), "c"(0));
	return c & (1u << 16);
}

/* Hardware levels from CR3 down to the 4 KiB entry mapping addr, by raw reading. */
static unsigned int hw_levels_to(unsigned long addr)
{
	phys_addr_t table = read_cr3() & CR3_PGD_MASK;
	unsigned int levels = 0, shift = read_cr4() & X86_CR4_LA57 ? 48 : 39;
	pteval_t e;

	for (; shift >= 12; shift -= 9) {
		e = ((pteval_t *)__va(table))[(addr >> shift) & 511];
		levels++;
		if (!(e & _PAGE_PRESENT) || (shift > 12 && (e & _PAGE_PSE)))
			return 0; /* the image is mapped with 4 KiB pages */
		table = e & PTE_PFN_MASK;
	}
	return levels;
}

/* What the boot line must say about the format (arch/x86/kernel/setup.c). */
static const char *expected_note(bool l5, bool la57, bool no5lvl)
{
	if (l5)
		return ": LA57";
	if (!la57)
		return no5lvl ? ": the CPU has no LA57, no5lvl is a no-op"
			      : ": the CPU has no LA57";
	if (no5lvl)
		return ": no5lvl";
	return ": the CPU has LA57, but this kernel is built without 5-level paging (X86_5LEVEL=n)";
}
#endif

/*
 * The paging format the kernel chose at boot, asserted from the CPU: CR4,
 * the number of levels the MMU walks, and which addresses are canonical;
 * and from the layout the kernel runs with.
 */
KTEST(boot, paging_format)
{
	bool l5 = pgtable_l5_enabled();

	ktest_log(t, "%s%s, CR4 %#lx", KERNEL_PAGING, paging_format_note(),
		  read_cr4());
#ifdef CONFIG_X86_64
	bool la57 = cpu_has_la57(),
	     no5lvl = cmdline_has(boot_info.cmdline, "no5lvl");
	volatile unsigned long *hole;

	EXPECT_EQ(t, boot_la57_cpu, (u32)la57);
	EXPECT_EQ(t, boot_no5lvl, (u32)no5lvl);
#ifdef CONFIG_X86_5LEVEL
	EXPECT_EQ(t, l5, la57 && !no5lvl);
#else
	EXPECT_FALSE(t, l5);
#endif
	EXPECT_EQ(t, !!(read_cr4() & X86_CR4_LA57), l5);
	EXPECT_TRUE(t, rdmsr(MSR_EFER) & EFER_LMA);
	/* The MMU really walks five levels (or four) to the kernel text. */
	EXPECT_EQ(t, hw_levels_to((unsigned long)_text), l5 ? 5U : 4U);

	/* The generic code's view of the levels follows it. */
	EXPECT_EQ(t, PGDIR_SHIFT, l5 ? 48 : 39);
	EXPECT_EQ(t, PTRS_PER_P4D, l5 ? 512 : 1);
	EXPECT_EQ(t, PGTABLE_TOP_LEVEL, l5 ? PGT_PGD : PGT_P4D);
	EXPECT_EQ(t, PGTABLE_P4D_FOLDED, !l5);
	EXPECT_EQ(t, KERNEL_PGD_BOUNDARY, 256UL);

	/* The layout: constants, rows and slots of the chosen format. */
	EXPECT_EQ(t, PAGE_OFFSET, l5 ? PAGE_OFFSET_L5 : PAGE_OFFSET_L4);
	EXPECT_EQ(t, VMALLOC_START, l5 ? VMALLOC_START_L5 : VMALLOC_START_L4);
	EXPECT_EQ(t, VMALLOC_END, l5 ? VMALLOC_END_L5 : VMALLOC_END_L4);
	EXPECT_EQ(t, KERNEL_HALF_START,
		  l5 ? KERNEL_HALF_START_L5 : KERNEL_HALF_START_L4);
	EXPECT_EQ(t, layout_find(LAYOUT_DIRECT_MAP)->start, PAGE_OFFSET);
	EXPECT_EQ(t, layout_find(LAYOUT_VMALLOC)->start, VMALLOC_START);
	EXPECT_EQ(t, layout_find(LAYOUT_NONCANONICAL)->end, KERNEL_HALF_START);
	EXPECT_EQ(t, (VMALLOC_END - VMALLOC_START) >> PGDIR_SHIFT, 64UL);
	EXPECT_EQ(t, pgd_index(VMALLOC_START), l5 ? 416UL : 402UL);
	EXPECT_EQ(t, pgd_index(__START_KERNEL_map), 511UL);

	/*
	 * The CPU as the judge: the start of the 5-level kernel half is
	 * canonical (unmapped: #PF) with LA57 and non-canonical (#GP)
	 * without it.
	 */
	hole = (volatile unsigned long *)(KERNEL_HALF_START_L5 + (1UL << 48));
	if (EXPECT_EXCEPTION(t, l5 ? X86_TRAP_PF : X86_TRAP_GP, (void)*hole) &&
	    l5)
		EXPECT_EQ(t, t->fault.address, (unsigned long)hole);

	/* The boot line says why. */
	EXPECT_STREQ(t, paging_format_note(), expected_note(l5, la57, no5lvl));
#else
	EXPECT_FALSE(t, l5);
	EXPECT_FALSE(t, read_cr4() & X86_CR4_LA57);
	EXPECT_STREQ(t, paging_format_note(), "");
#endif
}
