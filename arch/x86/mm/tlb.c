// SPDX-License-Identifier: MIT
/*
 * TLB flushes. A kernel range is flushed on every online CPU: here, and
 * on the others through a call-function IPI (a TLB shootdown), waiting
 * until each has done it. Linux's lazy vfree purge, which batches these,
 * is issue 14's; so is keeping user flushes to the CPUs of the mm.
 */
#include <asm/page.h>
#include <asm/tlbflush.h>
#include <kernel/smp.h>

struct tlb_flush_stats tlb_flush_stats;
bool tlb_test_no_shootdown;

struct flush_range {
	unsigned long start, end;
};

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

/* Per page below the ceiling, everything (global entries too) above. */
static void flush_range_local(void *info)
{
	const struct flush_range *r = info;
	unsigned long addr;

	if ((r->end - r->start) >> PAGE_SHIFT > TLB_FLUSH_CEILING) {
		__flush_tlb_all();
		return;
	}
	for (addr = r->start & PAGE_MASK; addr < r->end; addr += PAGE_SIZE) {
		__flush_tlb_one_kernel(addr);
		tlb_flush_stats.one++;
	}
}

void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	struct flush_range r = { start, end };

	flush_range_local(&r);
	if (num_online_cpus() > 1 && !READ_ONCE(tlb_test_no_shootdown)) {
		tlb_flush_stats.shootdowns++;
		smp_call_function_many(cpu_online_mask, flush_range_local, &r,
				       true);
	}
}
