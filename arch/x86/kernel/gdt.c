// SPDX-License-Identifier: MIT
/*
 * The kernel's own GDT and TSS, replacing the boot GDT of boot/head_*.asm.
 *
 * A double fault must not run on the stack that just overflowed, so it
 * gets a stack of its own: an IST slot on x86_64, and on i386 a task gate
 * to a second TSS (the hardware task switch also saves the faulting state
 * into cpu_tss, where the handler reads it).
 */
#include <asm/desc.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <kernel/string.h>

#define DOUBLE_FAULT_STACK_SIZE 8192

static u64 gdt[GDT_ENTRIES] __aligned(16);
struct tss cpu_tss __aligned(16);
static u8 double_fault_stack[DOUBLE_FAULT_STACK_SIZE] __aligned(16);

#ifdef CONFIG_X86_32
struct tss doublefault_tss __aligned(16);
void doublefault_task(void); /* arch/x86/kernel/doublefault_32.c */
#endif

static void gdt_set_tss(unsigned int idx, struct tss *tss)
{
	unsigned long base = (unsigned long)tss;

	gdt[idx] = gdt_entry((u32)base, sizeof(*tss) - 1,
			     DESC_P | DESC_TSS_AVAIL, 0);
#ifdef CONFIG_X86_64
	gdt[idx + 1] = base >> 32; /* a 64-bit TSS descriptor takes two slots */
#endif
}

/* Load the GDT, reload every segment register, and load the task register. */
static void gdt_load(void)
{
	struct desc_ptr p = { sizeof(gdt) - 1, (unsigned long)gdt };

	__asm__ __volatile__("lgdt %0" ::"m"(p));
#ifdef CONFIG_X86_64
	__asm__ __volatile__("pushq %0\n\t"
			     "leaq 1f(%%rip), %%rax\n\t"
			     "pushq %%rax\n\t"
			     "lretq\n"
			     "1:\n\t"
			     "movl %1, %%eax\n\t"
			     "movl %%eax, %%ds\n\t"
			     "movl %%eax, %%es\n\t"
			     "movl %%eax, %%ss\n\t"
			     "xorl %%eax, %%eax\n\t"
			     "movl %%eax, %%fs\n\t"
			     "movl %%eax, %%gs\n\t"
			     :
			     : "i"(__KERNEL_CS), "i"(__KERNEL_DS)
			     : "rax", "memory");
#else
	__asm__ __volatile__("ljmp %0, $1f\n"
			     "1:\n\t"
			     "movl %1, %%eax\n\t"
			     "movl %%eax, %%ds\n\t"
			     "movl %%eax, %%es\n\t"
			     "movl %%eax, %%ss\n\t"
			     "xorl %%eax, %%eax\n\t"
			     "movl %%eax, %%fs\n\t"
			     "movl %%eax, %%gs\n\t"
			     :
			     : "i"(__KERNEL_CS), "i"(__KERNEL_DS)
			     : "eax", "memory");
#endif
	__asm__ __volatile__("ltr %w0" ::"r"(GDT_TSS_SEL));
}

void gdt_init(void)
{
	u8 flags32 = DESC_FLAG_G | DESC_FLAG_DB;

#ifdef CONFIG_X86_64
	gdt[GDT_ENTRY_KERNEL_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_CODE,
			  DESC_FLAG_G | DESC_FLAG_L);
	gdt[GDT_ENTRY_USER_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_CODE,
			  DESC_FLAG_G | DESC_FLAG_L);
	cpu_tss.ist[IST_DOUBLE_FAULT - 1] =
		(unsigned long)double_fault_stack + sizeof(double_fault_stack);
#else
	gdt[GDT_ENTRY_KERNEL_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_CODE, flags32);
	gdt[GDT_ENTRY_USER_CS] = gdt_entry(
		0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_CODE, flags32);
	cpu_tss.ss0 = __KERNEL_DS;
	doublefault_tss.esp = doublefault_tss.esp0 =
		(unsigned long)double_fault_stack + sizeof(double_fault_stack);
	doublefault_tss.ss = doublefault_tss.ss0 = __KERNEL_DS;
	doublefault_tss.ds = doublefault_tss.es = __KERNEL_DS;
	doublefault_tss.cs = __KERNEL_CS;
	doublefault_tss.eip = (unsigned long)doublefault_task;
	doublefault_tss.eflags = 0x2; /* interrupts off */
	doublefault_tss.cr3 = read_cr3();
	doublefault_tss.io_bitmap_base = sizeof(struct tss);
	gdt_set_tss(GDT_ENTRY_DOUBLEFAULT_TSS, &doublefault_tss);
#endif
	gdt[GDT_ENTRY_KERNEL_DS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_DATA, flags32);
	gdt[GDT_ENTRY_USER_DS] = gdt_entry(
		0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_DATA, flags32);
	cpu_tss.io_bitmap_base = sizeof(struct tss); /* no I/O bitmap */
	gdt_set_tss(GDT_ENTRY_TSS, &cpu_tss);
	gdt_load();
}
