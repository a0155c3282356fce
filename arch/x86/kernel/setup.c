// SPDX-License-Identifier: MIT
/*
 * Early CPU setup and what C needs from the boot page tables.
 */
#include <asm/boot.h>
#include <asm/page.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/smp.h>
#include <asm/traps.h>
#include <kernel/bootinfo.h>
#include <kernel/memblock.h>
#include <kernel/printk.h>

extern char _end[];

struct cpu_features boot_cpu;
unsigned int x86_phys_bits = 32;

void *boot_phys_to_virt(phys_addr_t pa, size_t len)
{
	if (pa >= boot_map_size || len > boot_map_size - pa)
		return NULL;
	return __va(pa); /* the boot tables map the start of the direct map */
}

static void cpu_detect(void)
{
	u32 a, b, c, d, max, max_ext;

	cpuid(0, &max, &b, &c, &d);
	if (max >= 1) {
		cpuid(1, &a, &b, &c, &d);
		boot_cpu.pse = d & (1u << 3);
		boot_cpu.pae = d & (1u << 6);
		boot_cpu.pge = d & (1u << 13);
		boot_cpu.apic = d & (1u << 9);
		boot_cpu.hypervisor = c & (1u << 31);
		/* Without leaf 0x80000008, MAXPHYADDR is 36 with PSE-36, else 32 (SDM 4.1.4). */
		if (d & (1u << 17))
			x86_phys_bits = 36;
	}
	if (max >= 7) {
		cpuid(7, &a, &b, &c, &d);
		boot_cpu.erms =
			b & (1u << 9); /* memset/memcpy: rep stosb/movsb */
	}
	cpuid(0x80000000, &max_ext, &b, &c, &d);
	if (max_ext >= 0x80000001) {
		cpuid(0x80000001, &a, &b, &c, &d);
		boot_cpu.nx = d & (1u << 20);
		boot_cpu.gbpages = d & (1u << 26);
		boot_cpu.lm = d & (1u << 29);
	}
	if (max_ext >= 0x80000008) {
		cpuid(0x80000008, &a, &b, &c, &d);
		x86_phys_bits = a & 0xff;
	}
}

void cpu_init(void)
{
	cpu_detect();
	gdt_init();
	idt_init();
}

/*
 * Physical memory as the boot loader described it, minus what must never
 * be handed out, then the kernel's own page tables.
 */
void setup_arch(const struct boot_info *bi)
{
	unsigned int i;

	memblock_init(&bi->mem);
	memblock_reserve(0x100000, __pa(_end)); /* .boot and the kernel image */
	memblock_reserve(bi->info_start, bi->info_end);
	for (i = 0; i < bi->nr_modules; i++)
		memblock_reserve(bi->modules[i].start, bi->modules[i].end);
	trampoline_reserve(); /* a free page below 1 MiB, before the next line */
	memblock_reserve(0,
			 0x100000); /* real-mode IVT, BIOS data, EBDA, ROMs */
	paging_init();
}

const char *paging_format_note(void)
{
#ifdef CONFIG_X86_64
	if (pgtable_l5_enabled())
		return ": LA57";
	if (!boot_la57_cpu)
		return boot_no5lvl ? ": the CPU has no LA57, no5lvl is a no-op"
				   : ": the CPU has no LA57";
#ifndef CONFIG_X86_5LEVEL
	return ": the CPU has LA57, but this kernel is built without 5-level paging (X86_5LEVEL=n)";
#else
	return ": no5lvl";
#endif
#else
	return "";
#endif
}

void cpu_print_features(void)
{
	printk("cpu: pse=%d pae=%d pge=%d nx=%d 1g-pages=%d long-mode=%d erms=%d phys-bits=%u\n",
	       boot_cpu.pse, boot_cpu.pae, boot_cpu.pge, boot_cpu.nx,
	       boot_cpu.gbpages, boot_cpu.lm, boot_cpu.erms, x86_phys_bits);
}
