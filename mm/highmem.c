// SPDX-License-Identifier: MIT
/*
 * kmap_local_page: a stack of KMAP_SLOTS virtual pages at FIXADDR_START
 * whose PTEs are set on demand. The PTE table is allocated once at boot,
 * in init_mm's kernel half, so no PGD ever lacks it.
 */
#include <asm/tlbflush.h>
#include <kernel/highmem.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/pgtable.h>
#include <kernel/string.h>

_Static_assert(FIXADDR_START + KMAP_SLOTS * PAGE_SIZE <= FIXADDR_END,
	       "kmap slots fit in the fixmap");

static pte_t *kmap_ptes;
static unsigned int kmap_depth;

void kmap_init(void)
{
	kmap_ptes = pgtable_alloc_pte(init_mm.pgd, FIXADDR_START);
	if (!kmap_ptes)
		panic("kmap_init: no memory for the kmap page table");
}

void *kmap_local_page(struct page *page)
{
	unsigned long vaddr;

	if (!PageHighMem(page))
		return page_address(page);
	if (kmap_depth == KMAP_SLOTS)
		panic("kmap_local_page: more than %d nested mappings",
		      KMAP_SLOTS);
	vaddr = FIXADDR_START + kmap_depth * PAGE_SIZE;
	set_pte(&kmap_ptes[kmap_depth],
		pfn_pte(page_to_pfn(page), PAGE_KERNEL));
	/* The slot may still be cached with the page it mapped before. */
	__flush_tlb_one_kernel(vaddr);
	kmap_depth++;
	return (void *)vaddr;
}

void kunmap_local(void *addr)
{
	unsigned long vaddr = (unsigned long)addr & PAGE_MASK;

	if (vaddr < FIXADDR_START ||
	    vaddr >= FIXADDR_START + KMAP_SLOTS * PAGE_SIZE)
		return; /* a direct-map address: nothing was mapped */
	if (!kmap_depth ||
	    vaddr != FIXADDR_START + (kmap_depth - 1) * PAGE_SIZE)
		panic("kunmap_local: %p is not the innermost mapping", addr);
	kmap_depth--;
	pte_clear(&kmap_ptes[kmap_depth]);
	__flush_tlb_one_kernel(vaddr);
}

void clear_highpage(struct page *page)
{
	void *p = kmap_local_page(page);

	memset(p, 0, PAGE_SIZE);
	kunmap_local(p);
}
