// SPDX-License-Identifier: MIT
/*
 * The IDT: every vector goes to its stub in arch/x86/entry/entry_*.asm
 * through an interrupt gate (interrupts stay off in handlers). The double
 * fault gets its own stack: IST on x86_64, a task gate on i386.
 */
#include <asm/desc.h>
#include <asm/segment.h>
#include <asm/traps.h>
#include <kernel/syscall.h>

#define IDT_ENTRIES 256
#define STUB_SIZE 16 /* matches STUB_SIZE in entry_*.asm */

extern const char idt_stubs[];

static struct idt_gate idt[IDT_ENTRIES] __aligned(16);

static void idt_set_gate(unsigned int vec, unsigned long handler, u8 type_attr,
			 u8 ist)
{
	struct idt_gate *g = &idt[vec];

	g->offset_low = handler & 0xffff;
	g->selector = __KERNEL_CS;
	g->type_attr = type_attr;
#ifdef CONFIG_X86_64
	g->ist = ist;
	g->offset_mid = (handler >> 16) & 0xffff;
	g->offset_high = handler >> 32;
	g->reserved = 0;
#else
	(void)ist;
	g->reserved = 0;
	g->offset_high = handler >> 16;
#endif
}

/* Load the (shared) IDT on this CPU. */
void idt_load(void)
{
	struct desc_ptr p = { sizeof(idt) - 1, (unsigned long)idt };

	__asm__ __volatile__("lidt %0" ::"m"(p));
}

void idt_init(void)
{
	unsigned int v;

	for (v = 0; v < IDT_ENTRIES; v++)
		idt_set_gate(v, (unsigned long)idt_stubs + v * STUB_SIZE,
			     DESC_P | DESC_INTR_GATE, 0);
#ifdef CONFIG_X86_64
	idt_set_gate(X86_TRAP_DF,
		     (unsigned long)idt_stubs + X86_TRAP_DF * STUB_SIZE,
		     DESC_P | DESC_INTR_GATE, IST_DOUBLE_FAULT);
#else
	/* A task gate names only the TSS selector. */
	idt_set_gate(X86_TRAP_DF, 0, DESC_P | DESC_TASK_GATE, 0);
	idt[X86_TRAP_DF].selector = GDT_ENTRY_DOUBLEFAULT_TSS * 8;
#endif
	/* System calls come from ring 3: the only gate user code may use. */
	idt_set_gate(SYSCALL_VECTOR,
		     (unsigned long)idt_stubs + SYSCALL_VECTOR * STUB_SIZE,
		     DESC_P | DESC_DPL(3) | DESC_INTR_GATE, 0);
	idt_load();
}
