// SPDX-License-Identifier: MIT
/*
 * Early CPU setup and what C needs from the boot page tables.
 */
#include <asm/boot.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include <kernel/printk.h>

struct cpu_features boot_cpu;

void *boot_phys_to_virt(phys_addr_t pa, size_t len)
{
	if (pa >= boot_map_size || len > boot_map_size - pa)
		return NULL;
	return (void *)(KERNEL_VMA + (unsigned long)pa);
}

static void cpu_detect(void)
{
	u32 a, b, c, d, max_ext;

	cpuid(0, &a, &b, &c, &d);
	if (a >= 1) {
		cpuid(1, &a, &b, &c, &d);
		boot_cpu.pse = d & (1u << 3);
		boot_cpu.pae = d & (1u << 6);
		boot_cpu.pge = d & (1u << 13);
	}
	cpuid(0x80000000, &max_ext, &b, &c, &d);
	if (max_ext >= 0x80000001) {
		cpuid(0x80000001, &a, &b, &c, &d);
		boot_cpu.nx = d & (1u << 20);
		boot_cpu.gbpages = d & (1u << 26);
		boot_cpu.lm = d & (1u << 29);
	}
}

void cpu_init(void)
{
	cpu_detect();
	gdt_init();
	idt_init();
}

void cpu_print_features(void)
{
	printk("cpu: pse=%d pae=%d pge=%d nx=%d 1g-pages=%d long-mode=%d\n",
	       boot_cpu.pse, boot_cpu.pae, boot_cpu.pge, boot_cpu.nx,
	       boot_cpu.gbpages, boot_cpu.lm);
}
