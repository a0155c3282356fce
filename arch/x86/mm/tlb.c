// SPDX-License-Identifier: MIT
#include <asm/page.h>
#include <asm/tlbflush.h>

struct tlb_flush_stats tlb_flush_stats;

void native_flush_tlb_all(void)
{
	unsigned long cr4 = read_cr4();

	tlb_flush_stats.all++;
	if (cr4 & X86_CR4_PGE) {
		/* Toggling CR4.PGE invalidates everything, global entries too. */
		write_cr4(cr4 & ~X86_CR4_PGE);
		write_cr4(cr4);
	} else {
		__flush_tlb_local();
	}
}

void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	unsigned long addr;

	if ((end - start) >> PAGE_SHIFT > TLB_FLUSH_CEILING) {
		__flush_tlb_all();
		return;
	}
	for (addr = start & PAGE_MASK; addr < end; addr += PAGE_SIZE) {
		__flush_tlb_one_kernel(addr);
		tlb_flush_stats.one++;
	}
}
