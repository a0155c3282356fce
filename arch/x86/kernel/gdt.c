// SPDX-License-Identifier: MIT
/*
 * Each CPU's GDT and TSS, replacing the boot GDT of boot/head_*.asm (the
 * boot CPU) or the trampoline's (an AP, boot/trampoline.asm).
 *
 * A double fault must not run on the stack that just overflowed, so it
 * gets a stack of its own: an IST slot on x86_64, and on i386 a task gate
 * to a second TSS (the hardware task switch also saves the faulting state
 * into the CPU's TSS, where the handler reads it). Every CPU has its own
 * TSS and #DF stack; the IDT is shared, and its #DF task gate names the
 * same GDT slot, which each CPU's own GDT fills with its own #DF TSS.
 */
#include <asm/desc.h>
#include <kernel/sched.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <kernel/panic.h>
#include <kernel/string.h>

#define DOUBLE_FAULT_STACK_SIZE 8192

static u64 gdt[GDT_ENTRIES] __aligned(16);
struct tss cpu_tss __aligned(16);
static u8 double_fault_stack[DOUBLE_FAULT_STACK_SIZE] __aligned(16);
struct percpu_area boot_percpu_area = { .self = &boot_percpu_area,
					.tss = &cpu_tss,
					.current_task = &init_task };

#ifdef CONFIG_X86_32
struct tss doublefault_tss __aligned(16);
void doublefault_task(void); /* arch/x86/kernel/doublefault_32.c */
#endif

static void gdt_set_tss(u64 *gdt, unsigned int idx, struct tss *tss)
{
	unsigned long base = (unsigned long)tss;

	gdt[idx] = gdt_entry((u32)base, sizeof(*tss) - 1,
			     DESC_P | DESC_TSS_AVAIL, 0);
#ifdef CONFIG_X86_64
	gdt[idx + 1] = base >> 32; /* a 64-bit TSS descriptor takes two slots */
#endif
}

/* Load the GDT, reload every segment register, and load the task register. */
static void gdt_load(u64 *gdt)
{
	struct desc_ptr p = { GDT_ENTRIES * 8 - 1, (unsigned long)gdt };

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

void load_percpu_segment(struct percpu_area *area)
{
#ifdef CONFIG_X86_64
	/*
	 * In the kernel GS_BASE is the area; KERNEL_GS_BASE holds the user
	 * base while in the kernel (swapgs, entry_64.asm), none yet. The
	 * NMI, #DF and #MC entries tell the two apart by the sign.
	 */
	if ((long)area >= 0)
		panic("percpu: area %p is not a kernel address", area);
	wrmsr(MSR_GS_BASE, (unsigned long)area);
	wrmsr(MSR_KERNEL_GS_BASE, 0);
#else
	(void)area; /* the base is in this CPU's GDT_ENTRY_PERCPU */
	__asm__ __volatile__("movl %0, %%fs" ::"r"(__KERNEL_PERCPU) : "memory");
#endif
}

static void gdt_fill(u64 *gdt, struct tss *tss, struct tss *df_tss,
		     unsigned long df_stack_top, struct percpu_area *pcpu)
{
	u8 flags32 = DESC_FLAG_G | DESC_FLAG_DB;

#ifdef CONFIG_X86_64
	(void)df_tss;
	(void)pcpu;
	gdt[GDT_ENTRY_KERNEL_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_CODE,
			  DESC_FLAG_G | DESC_FLAG_L);
	gdt[GDT_ENTRY_USER_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_CODE,
			  DESC_FLAG_G | DESC_FLAG_L);
	tss->ist[IST_DOUBLE_FAULT - 1] = df_stack_top;
#else
	gdt[GDT_ENTRY_KERNEL_CS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_CODE, flags32);
	gdt[GDT_ENTRY_USER_CS] = gdt_entry(
		0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_CODE, flags32);
	gdt[GDT_ENTRY_PERCPU] =
		gdt_entry((u32)(unsigned long)pcpu, sizeof(*pcpu) - 1,
			  DESC_P | DESC_S | DESC_DATA, DESC_FLAG_DB);
	tss->ss0 = __KERNEL_DS;
	df_tss->esp = df_tss->esp0 = df_stack_top;
	df_tss->ss = df_tss->ss0 = __KERNEL_DS;
	df_tss->ds = df_tss->es = __KERNEL_DS;
	df_tss->fs = __KERNEL_PERCPU; /* the handler reads this CPU's TSS */
	df_tss->cs = __KERNEL_CS;
	df_tss->eip = (unsigned long)doublefault_task;
	df_tss->eflags = 0x2; /* interrupts off */
	df_tss->cr3 = read_cr3();
	df_tss->io_bitmap_base = sizeof(struct tss);
	gdt_set_tss(gdt, GDT_ENTRY_DOUBLEFAULT_TSS, df_tss);
#endif
	gdt[GDT_ENTRY_KERNEL_DS] =
		gdt_entry(0, 0xfffff, DESC_P | DESC_S | DESC_DATA, flags32);
	gdt[GDT_ENTRY_USER_DS] = gdt_entry(
		0, 0xfffff, DESC_P | DESC_DPL(3) | DESC_S | DESC_DATA, flags32);
	tss->io_bitmap_base = sizeof(struct tss); /* no I/O bitmap */
	gdt_set_tss(gdt, GDT_ENTRY_TSS, tss);
}

void gdt_init(void)
{
	struct tss *df_tss = NULL;

#ifdef CONFIG_X86_32
	df_tss = &doublefault_tss;
#endif
	gdt_fill(gdt, &cpu_tss, df_tss,
		 (unsigned long)double_fault_stack + sizeof(double_fault_stack),
		 &boot_percpu_area);
	gdt_load(gdt);
	load_percpu_segment(&boot_percpu_area);
}

void gdt_init_secondary(struct cpu_desc_tables *t, unsigned long df_stack_top,
			struct percpu_area *pcpu)
{
	struct tss *df_tss = NULL;

#ifdef CONFIG_X86_32
	df_tss = &t->df_tss;
#endif
	pcpu->tss = &t->tss;
	gdt_fill(t->gdt, &t->tss, df_tss, df_stack_top, pcpu);
	gdt_load(t->gdt);
	load_percpu_segment(pcpu);
}
