// SPDX-License-Identifier: MIT
/*
 * paging_init: the kernel's own page tables, built in C, replacing the
 * boot tables of boot/head_*.asm. The kernel map is a table of regions,
 * one row each; docs/memory-map.md draws the same layout.
 */
#include <asm/boot.h>
#include <asm/desc.h>
#include <asm/layout.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/tlbflush.h>
#include <kernel/highmem.h>
#include <kernel/memblock.h>
#include <kernel/mm.h>
#include <kernel/panic.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/version.h>

extern char _text[], _etext[], _rodata[], _erodata[], _data[], _end[];

/* The PGD of init_mm. A PAE PDPT must be 32-byte aligned and below 4 GiB: bss is both. */
static pgd_t swapper_pg_dir[PTRS_PER_PGD] __aligned(PAGE_SIZE);

struct mm_struct init_mm = {
	.pgd = swapper_pg_dir,
	.page_table_lock = __SPIN_LOCK_UNLOCKED(init_mm.page_table_lock),
	.cpu_bitmap = ~0UL, /* every CPU starts on it */
};

pteval_t __supported_pte_mask = ~(pteval_t)0;

struct kernel_region {
	const char *name;
	unsigned long start, end; /* virtual */
	phys_addr_t phys;
	pgprot_t prot;
	unsigned long max_page; /* largest leaf allowed */
};

static void map_region(const struct kernel_region *r)
{
	int err;

	if (r->start >= r->end)
		return;
	err = pgtable_map_range(init_mm.pgd, r->start, r->end, r->phys, r->prot,
				r->max_page);
	if (err)
		panic("paging_init: mapping %s [%lx-%lx] failed: %d", r->name,
		      r->start, r->end, err);
}

/* Map the RAM of [start, end) into the direct map: large pages where aligned. */
static void map_direct(phys_addr_t start, phys_addr_t end)
{
	struct kernel_region r = { "direct map",
				   (unsigned long)__va(start),
				   (unsigned long)__va(end),
				   start,
				   PAGE_KERNEL,
				   PUD_SIZE };

	map_region(&r);
}

/*
 * The kernel image: text read-only and executable, rodata read-only,
 * data and bss writable, 4 KiB pages so that each section gets its own
 * permissions. The linker script page-aligns _rodata and _data.
 */
static void map_kernel_image(void)
{
	const struct kernel_region image[] = {
		{ "kernel text", (unsigned long)_text, (unsigned long)_rodata,
		  __pa(_text), PAGE_KERNEL_RX, PAGE_SIZE },
		{ "kernel rodata", (unsigned long)_rodata, (unsigned long)_data,
		  __pa(_rodata), PAGE_KERNEL_RO, PAGE_SIZE },
		{ "kernel data", (unsigned long)_data, (unsigned long)_end,
		  __pa(_data), PAGE_KERNEL, PAGE_SIZE },
		/* Legacy VGA and BIOS area: the text console writes at 0xb8000. */
		{ "ISA hole", (unsigned long)__va(ISA_START),
		  (unsigned long)__va(ISA_END), ISA_START, PAGE_KERNEL_NOCACHE,
		  PAGE_SIZE },
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(image); i++)
		map_region(&image[i]);
}

/*
 * Every range of usable RAM below MAXMEM goes into the direct map. On
 * i386 and PAE the kernel image lies inside it and is left to
 * map_kernel_image; on x86_64 the direct map aliases the image (RW+NX)
 * and the image has its own mapping at __START_KERNEL_map.
 */
static phys_addr_t map_lowmem(void)
{
	phys_addr_t img_start = __pa(_text), img_end = __pa(_end), mapped = 0;
	unsigned int i;

	for (i = 0; i < memblock.memory.cnt; i++) {
		phys_addr_t start = memblock.memory.regions[i].start;
		phys_addr_t end = min(memblock.memory.regions[i].end,
				      (phys_addr_t)MAXMEM);

		if (start >= end)
			continue;
		mapped += end - start;
		if (__START_KERNEL_map == PAGE_OFFSET && start < img_end &&
		    end > img_start) {
			if (start < img_start)
				map_direct(start, img_start);
			if (end > img_end)
				map_direct(img_end, end);
			continue;
		}
		map_direct(start, end);
	}
	return mapped;
}

static void cpu_paging_features(void)
{
	if (CONFIG_PGTABLE_LEVELS == 2 || !boot_cpu.nx)
		__supported_pte_mask &= ~_PAGE_NX;
	else
		wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_NXE);
	if (!boot_cpu.pge)
		__supported_pte_mask &= ~_PAGE_GLOBAL;
	if (CONFIG_PGTABLE_LEVELS == 2 && boot_cpu.pse)
		write_cr4(read_cr4() | X86_CR4_PSE);
}

void paging_init(void)
{
	phys_addr_t lowmem;

	cpu_paging_features();
	lowmem = map_lowmem();
	map_kernel_image();
	kmap_init();

	write_cr3(__pa(swapper_pg_dir));
	if (boot_cpu.pge)
		write_cr4(read_cr4() | X86_CR4_PGE);
	__flush_tlb_all();
#ifdef CONFIG_X86_32
	doublefault_tss.cr3 = __pa(swapper_pg_dir);
#endif
	printk("paging: %s, direct map of %llu MiB at %p, NX %s, global pages %s, large pages %s\n",
	       KERNEL_PAGING, (unsigned long long)(lowmem >> 20),
	       (void *)PAGE_OFFSET,
	       (__supported_pte_mask & _PAGE_NX) ? "on" : "off",
	       (__supported_pte_mask & _PAGE_GLOBAL) ? "on" : "off",
	       pud_leaf_supported()   ? "1 GiB + 2 MiB"
	       : pmd_leaf_supported() ? (PGTABLE_PMD_FOLDED ? "4 MiB" : "2 MiB")
				      : "none");
}
