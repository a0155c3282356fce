// SPDX-License-Identifier: MIT
/* The boot path left the CPU in the state the rest of the kernel assumes. */
#include <asm/boot.h>
#include <asm/desc.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <kernel/ktest.h>

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
