// SPDX-License-Identifier: MIT
/*
 * Where page-table pages come from: memblock while the kernel builds its
 * own tables at boot (from memory the boot tables already map), the page
 * allocator once it runs.
 */
#include <asm/boot.h>
#include <asm/page.h>
#include <kernel/gfp.h>
#include <kernel/memblock.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>

unsigned long nr_pgtable_pages;
unsigned long pgtable_pages_cpu[NR_CPUS];

phys_addr_t pgtable_alloc(void)
{
	phys_addr_t pa;

	if (memblock.retired) {
		struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

		if (!page)
			return 0;
		pa = page_to_phys(page);
	} else {
		phys_addr_t limit =
			min((phys_addr_t)boot_map_size, (phys_addr_t)MAXMEM);

		pa = memblock_alloc(PAGE_SIZE, PAGE_SIZE, limit);
		if (!pa)
			return 0;
		clear_page(__va(pa));
	}
	__atomic_fetch_add(&nr_pgtable_pages, 1, __ATOMIC_RELAXED);
	/* One instruction: an interrupt on this CPU cannot split it. */
	__atomic_fetch_add(&pgtable_pages_cpu[smp_processor_id()], 1,
			   __ATOMIC_RELAXED);
	paravirt_alloc_pt(pa);
	return pa;
}

void pgtable_free(phys_addr_t table)
{
	/*
	 * The write that unlinked the table may still be queued (lazy MMU
	 * mode): apply it, and every write into the table, while the table
	 * is still a page table. Otherwise a hypervisor refuses them, and the
	 * caller, reading the stale link, may free the table again.
	 */
	arch_flush_lazy_mmu_mode();
	__atomic_fetch_sub(&nr_pgtable_pages, 1, __ATOMIC_RELAXED);
	__atomic_fetch_sub(&pgtable_pages_cpu[smp_processor_id()], 1,
			   __ATOMIC_RELAXED);
	paravirt_release_pt(table);
	__free_page(pfn_to_page(PFN_DOWN(table)));
}
