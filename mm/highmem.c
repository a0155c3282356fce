// SPDX-License-Identifier: MIT
/*
 * kmap_local_page: each CPU has its own stack of KMAP_SLOTS virtual pages
 * in the fixmap, whose PTEs are set on demand. The PTE table is allocated
 * once at boot, in init_mm's kernel half, so no PGD ever lacks it.
 *
 * Per CPU, so no lock: a mapping keeps preemption off until it is undone,
 * and only its CPU ever uses (or caches in its TLB) its slots, so a local
 * invlpg is the whole flush.
 */
#include <asm/page.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/highmem.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/pgtable.h>
#include <kernel/preempt.h>

#define KMAP_TOTAL (KMAP_SLOTS * NR_CPUS)
_Static_assert(FIXADDR_START + KMAP_TOTAL * PAGE_SIZE <= FIXADDR_END,
	       "kmap slots fit in the fixmap");
_Static_assert(KMAP_TOTAL <= PTRS_PER_PTE, "one PTE table holds every slot");

static pte_t *kmap_ptes;
static unsigned int kmap_depth[NR_CPUS];

static unsigned int kmap_slot(unsigned int cpu, unsigned int depth)
{
	return cpu * KMAP_SLOTS + depth;
}

void kmap_init(void)
{
	kmap_ptes = pgtable_alloc_pte(init_mm.pgd, FIXADDR_START);
	if (!kmap_ptes)
		panic("kmap_init: no memory for the kmap page table");
}

void *kmap_local_page(struct page *page)
{
	unsigned int cpu, slot;
	unsigned long vaddr;

	if (!PageHighMem(page))
		return page_address(page);
	preempt_disable();
	cpu = smp_processor_id();
	if (kmap_depth[cpu] == KMAP_SLOTS)
		panic("kmap_local_page: more than %d nested mappings",
		      KMAP_SLOTS);
	slot = kmap_slot(cpu, kmap_depth[cpu]);
	vaddr = FIXADDR_START + slot * PAGE_SIZE;
	set_pte(&kmap_ptes[slot], pfn_pte(page_to_pfn(page), PAGE_KERNEL));
	/* The slot may still be cached with the page it mapped before. */
	__flush_tlb_one_kernel(vaddr);
	kmap_depth[cpu]++;
	return (void *)vaddr;
}

void kunmap_local(void *addr)
{
	unsigned long vaddr = (unsigned long)addr & PAGE_MASK;
	unsigned int cpu = smp_processor_id(), slot;

	if (vaddr < FIXADDR_START ||
	    vaddr >= FIXADDR_START + KMAP_TOTAL * PAGE_SIZE)
		return; /* a direct-map address: nothing was mapped */
	slot = kmap_slot(cpu, kmap_depth[cpu] - 1);
	if (!kmap_depth[cpu] || vaddr != FIXADDR_START + slot * PAGE_SIZE)
		panic("kunmap_local: %p is not this CPU's innermost mapping",
		      addr);
	kmap_depth[cpu]--;
	pte_clear(&kmap_ptes[slot]);
	__flush_tlb_one_kernel(vaddr);
	preempt_enable();
}

void clear_highpage(struct page *page)
{
	void *p = kmap_local_page(page);

	clear_page(p);
	kunmap_local(p);
}
