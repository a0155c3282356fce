/* SPDX-License-Identifier: MIT */
/*
 * TLB maintenance (SDM Vol. 3A, 4.10.4). Kernel mappings are global when
 * the CPU has PGE, so a CR3 reload alone does not drop them.
 */
#ifndef ASM_TLBFLUSH_H
#define ASM_TLBFLUSH_H

#include <asm/paravirt.h>
#include <asm/processor.h>
#include <asm/smp.h>

/* Above this many pages, flush_tlb_kernel_range flushes everything (Linux: 33). */
#define TLB_FLUSH_CEILING 33

static inline void native_flush_tlb_one(unsigned long addr)
{
	__asm__ __volatile__("invlpg (%0)" ::"r"(addr) : "memory");
}

/* Drop every entry, global ones too (the native instructions). */
void native_flush_tlb_all(void);

#ifdef CONFIG_PARAVIRT
#define __flush_tlb_one_kernel(addr) pv_mmu_ops.flush_tlb_one(addr)
#define __flush_tlb_all() pv_mmu_ops.flush_tlb_all()
#else
#define __flush_tlb_one_kernel(addr) native_flush_tlb_one(addr)
#define __flush_tlb_all() native_flush_tlb_all()
#endif

/* Drop non-global entries: reload CR3. */
static inline void __flush_tlb_local(void)
{
	write_cr3(read_cr3());
}

/*
 * Flush kernel mappings of [start, end) on every online CPU: page by page,
 * or all above the ceiling. Not with a spinlock held that another CPU
 * takes with interrupts off (it could not answer the IPI).
 */
void flush_tlb_kernel_range(unsigned long start, unsigned long end);

struct mm_struct;
/*
 * Flush [start, end) of mm's user half on the CPUs that have mm in CR3
 * (loaded for its task or borrowed by a kernel thread: mm->cpu_bitmap),
 * and wait; the others get nothing. Same ceiling as for kernel ranges.
 * Process context, after the page-table change.
 */
void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,
			unsigned long end);

/* How often each kind of flush ran, for tests and benchmarks. */
struct tlb_flush_counts {
	unsigned long one, all;
	unsigned long shootdowns; /* kernel-range flushes sent to other CPUs */
	unsigned long ipis;	  /* IPIs those sent (one per CPU reached) */
};
/* Per CPU (a CPU counts the flushes it does), summed on read. */
extern struct tlb_flush_counts tlb_flush_stats_cpu[NR_CPUS];
struct tlb_flush_counts tlb_flush_stats_sum(void);
#define tlb_flush_stats (tlb_flush_stats_sum())
#define tlb_stat_inc(field) (tlb_flush_stats_cpu[smp_processor_id()].field++)
/*
 * This CPU runs its idle task from now on (no IPIs: a flush is owed
 * instead), or leaves it (owed flushes done first); a call-function
 * handler does what is owed before it runs.
 */
void tlb_enter_idle(void);
void tlb_leave_idle(void);
void tlb_flush_if_pending(void);
/* Is cpu idle, taking its flushes later instead of IPIs (tests)? */
bool tlb_cpu_lazy(unsigned int cpu);

/* Tests only: flush_tlb_kernel_range flushes this CPU alone. */
extern bool tlb_test_no_shootdown;

#endif
