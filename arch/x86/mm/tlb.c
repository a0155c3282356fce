// SPDX-License-Identifier: MIT
/*
 * TLB flushes. A kernel range is flushed on every online CPU: here, and
 * on the others through a call-function IPI (a TLB shootdown), waiting
 * until each has done it. vfree batches these (mm/vmalloc_purge.c).
 *
 * A CPU running its idle task touches no vmalloc memory but its own stack
 * (never freed), so it is lazy: it gets no IPI, only a bit in
 * tlb_flush_pending, and flushes everything before it runs anything else
 * (tlb_leave_idle) or a call-function (tlb_flush_if_pending). The sender
 * sets the bit before it reads the lazy mask, the CPU clears its lazy bit
 * before it reads the pending one (both locked, so ordered): either the
 * sender sees the CPU busy and sends the IPI, or the CPU sees the bit.
 */
#include <asm/page.h>
#include <asm/tlbflush.h>
#include <asm/smp.h>
#include <kernel/mm.h>
#include <kernel/preempt.h>
#include <kernel/smp.h>

struct tlb_flush_counts tlb_flush_stats_cpu[NR_CPUS];

struct tlb_flush_counts tlb_flush_stats_sum(void)
{
	struct tlb_flush_counts sum = { 0 };

	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
		sum.one += READ_ONCE(tlb_flush_stats_cpu[cpu].one);
		sum.all += READ_ONCE(tlb_flush_stats_cpu[cpu].all);
		sum.shootdowns +=
			READ_ONCE(tlb_flush_stats_cpu[cpu].shootdowns);
		sum.ipis += READ_ONCE(tlb_flush_stats_cpu[cpu].ipis);
	}
	return sum;
}
bool tlb_test_no_shootdown;
static unsigned long tlb_lazy_cpus, tlb_flush_pending;

struct flush_range {
	unsigned long start, end;
	struct mm_struct *mm; /* a user range of mm; NULL: kernel */
};

void native_flush_tlb_all(void)
{
	unsigned long cr4 = read_cr4();

	tlb_stat_inc(all);
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
		tlb_stat_inc(one);
	}
}

void tlb_enter_idle(void)
{
	__atomic_or_fetch(&tlb_lazy_cpus, 1UL << smp_processor_id(),
			  __ATOMIC_SEQ_CST);
}

void tlb_flush_if_pending(void)
{
	unsigned long me = 1UL << smp_processor_id();

	if ((READ_ONCE(tlb_flush_pending) & me) &&
	    (__atomic_fetch_and(&tlb_flush_pending, ~me, __ATOMIC_SEQ_CST) &
	     me))
		__flush_tlb_all();
}

bool tlb_cpu_lazy(unsigned int cpu)
{
	return __atomic_load_n(&tlb_lazy_cpus, __ATOMIC_SEQ_CST) & (1UL << cpu);
}

void tlb_leave_idle(void)
{
	__atomic_and_fetch(&tlb_lazy_cpus, ~(1UL << smp_processor_id()),
			   __ATOMIC_SEQ_CST);
	tlb_flush_if_pending();
}

/*
 * Run fn(r) on the online CPUs of cpus but this one, and wait: idle ones
 * get a flush owed instead of an IPI.
 */
static void flush_others(unsigned long cpus, smp_call_func_t fn,
			 struct flush_range *r)
{
	struct cpumask busy;
	unsigned long others = cpus & READ_ONCE(cpu_online_mask->bits) &
			       ~(1UL << smp_processor_id());

	if (!others || READ_ONCE(tlb_test_no_shootdown))
		return;
	__atomic_or_fetch(&tlb_flush_pending, others, __ATOMIC_SEQ_CST);
	busy.bits = others & ~__atomic_load_n(&tlb_lazy_cpus, __ATOMIC_SEQ_CST);
	if (!busy.bits)
		return;
	tlb_stat_inc(shootdowns);
	for (unsigned long m = busy.bits; m; m &= m - 1)
		tlb_stat_inc(ipis);
	smp_call_function_many(&busy, fn, r, true);
}

void flush_tlb_kernel_range(unsigned long start, unsigned long end)
{
	struct flush_range r = { start, end, NULL };

	preempt_disable(); /* "here" and "the others" stay the same CPUs */
	flush_range_local(&r);
	flush_others(~0UL, flush_range_local, &r);
	preempt_enable();
}

/*
 * A user range: only where r->mm is still in CR3. A CPU that has moved
 * on flushed the range's non-global entries with its CR3 write.
 */
static void flush_user_range_local(void *info)
{
	const struct flush_range *r = info;

	if (cpu_loaded_mm[smp_processor_id()] != r->mm)
		return;
	if ((r->end - r->start) >> PAGE_SHIFT > TLB_FLUSH_CEILING) {
		tlb_stat_inc(all);
		__flush_tlb_local(); /* user entries are never global */
		return;
	}
	for (unsigned long a = r->start & PAGE_MASK; a < r->end;
	     a += PAGE_SIZE) {
		__flush_tlb_one_kernel(a); /* invlpg: any address */
		tlb_stat_inc(one);
	}
}

void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
			unsigned long end)
{
	struct flush_range r = { start, end, mm };
	unsigned long cpus;

	preempt_disable();
	/* The caller's page-table writes before the read of the mask. */
	__atomic_thread_fence(__ATOMIC_SEQ_CST);
	cpus = __atomic_load_n(&mm->cpu_bitmap, __ATOMIC_SEQ_CST);
	if (cpus & (1UL << smp_processor_id()))
		flush_user_range_local(&r);
	flush_others(cpus, flush_user_range_local, &r);
	preempt_enable();
}
