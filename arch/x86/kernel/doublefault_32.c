// SPDX-License-Identifier: MIT
/*
 * i386 double fault: entered through a task gate, on doublefault_tss and
 * its own stack, so a kernel stack overflow still gets a report. The CPU
 * saved the state of the faulting context in cpu_tss during the task switch.
 */
#include <asm/desc.h>
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/ksyms.h>
#include <kernel/mm.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/task_stack.h>

__noreturn void doublefault_task(void)
{
	struct tss *tss = this_cpu_read(tss);
	char sym[96];

	printk("Oops: #DF double fault [#1]\n");
	printk("traps: #DF double fault in kernel mode\n");
	/* CR2 survives the task switch; CR3 is swapper's here, not the live one. */
	task_stack_explain_fault(read_cr2(), __pa(cpu_loaded_mm[smp_processor_id()]->pgd));
	printk("IP: %04x:%08x %s\n", tss->cs & 0xffff, tss->eip,
	       ksym_format(tss->eip, sym, sizeof(sym)));
	printk("EAX: %08x EBX: %08x ECX: %08x EDX: %08x\n", tss->eax,
	       tss->ebx, tss->ecx, tss->edx);
	printk("ESI: %08x EDI: %08x EBP: %08x ESP: %08x\n", tss->esi,
	       tss->edi, tss->ebp, tss->esp);
	printk("CR2: %08lx EFLAGS: %08x\n", read_cr2(), tss->eflags);
	show_stack(tss->eip, tss->ebp);
	panic("Fatal exception #DF double fault");
}
