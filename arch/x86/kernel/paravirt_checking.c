// SPDX-License-Identifier: MIT
/*
 * The checking paravirt backend: behaves like a hypervisor. In lazy MMU
 * mode it queues page-table writes and applies them only on leave or
 * flush; every write is validated before it is applied:
 *   - the target must lie in a registered page-table page;
 *   - no leaf may be writable and executable (when the CPU has NX);
 *   - no user leaf may map a page-table page.
 * A write that fails is refused and counted, like a failed hypercall.
 *
 * Each CPU has its own queue and lazy flag, as a hypervisor keeps per
 * vCPU state: lazy mode keeps preemption off from enter to leave, so
 * only the CPU that owns a queue touches it, with no lock.
 */
#include <asm/paravirt.h>
#include <asm/pgtable.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/pv_checking.h>

#define PV_QUEUE_SIZE 64

struct pv_checking_stats pv_checking_stats;

static struct pv_queue {
	struct {
		pteval_t *p;
		pteval_t v;
		bool leaf; /* a PTE, or a PMD/PUD with PSE */
	} entry[PV_QUEUE_SIZE];
	unsigned int queued;
	bool lazy;
} queues[NR_CPUS];

static struct pv_queue *this_queue(void)
{
	return &queues[smp_processor_id()];
}

static struct page *table_page(const void *p)
{
	return virt_to_page((const void *)((unsigned long)p & PAGE_MASK));
}

static bool is_pt_page(phys_addr_t pa)
{
	unsigned long pfn = PFN_DOWN(pa);

	return pfn_valid(pfn) && page_flag(pfn_to_page(pfn), PG_pgtable);
}

static bool write_ok(pteval_t *p, pteval_t v, bool leaf)
{
	const char *why = NULL;

	if (!page_flag(table_page(p), PG_pgtable))
		why = "target is not a registered page-table page";
	else if (leaf && (v & _PAGE_PRESENT) && (v & _PAGE_RW) &&
		 (__supported_pte_mask & _PAGE_NX) && !(v & _PAGE_NX))
		why = "writable and executable mapping";
	else if (leaf && (v & _PAGE_PRESENT) && (v & _PAGE_USER) &&
		 is_pt_page(v & PTE_PFN_MASK))
		why = "user mapping of a page-table page";
	if (!why)
		return true;
	__atomic_fetch_add(&pv_checking_stats.refused, 1, __ATOMIC_RELAXED);
	printk("pv: refused write of %llx to %p: %s\n", (unsigned long long)v,
	       p, why);
	return false;
}

static void apply(pteval_t *p, pteval_t v, bool leaf)
{
	if (write_ok(p, v, leaf))
		native_set_entry(p, v);
}

static void checking_flush(void)
{
	struct pv_queue *q = this_queue();
	unsigned int i;

	if (!q->queued)
		return;
	for (i = 0; i < q->queued; i++)
		apply(q->entry[i].p, q->entry[i].v, q->entry[i].leaf);
	q->queued = 0;
	__atomic_fetch_add(&pv_checking_stats.batches, 1, __ATOMIC_RELAXED);
}

static void checking_set(pteval_t *p, pteval_t v, bool leaf)
{
	struct pv_queue *q = this_queue();

	__atomic_fetch_add(&pv_checking_stats.writes, 1, __ATOMIC_RELAXED);
	if (!q->lazy) {
		apply(p, v, leaf);
		return;
	}
	if (q->queued == PV_QUEUE_SIZE)
		checking_flush();
	q->entry[q->queued].p = p;
	q->entry[q->queued].v = v;
	q->entry[q->queued].leaf = leaf;
	q->queued++;
	__atomic_fetch_add(&pv_checking_stats.queued, 1, __ATOMIC_RELAXED);
}

static void checking_set_pte(pteval_t *p, pteval_t v)
{
	checking_set(p, v, true);
}

static void checking_set_upper(pteval_t *p, pteval_t v)
{
	checking_set(p, v, (v & _PAGE_PSE) != 0);
}

/* The top level holds no leaves, and in PAE only the P bit. */
static void checking_set_pgd(pteval_t *p, pteval_t v)
{
	checking_set(p, v, false);
}

static void checking_enter_lazy(void)
{
	preempt_disable(); /* the queue is this CPU's until leave */
	this_queue()->lazy = true;
}

static void checking_leave_lazy(void)
{
	checking_flush();
	this_queue()->lazy = false;
	preempt_enable();
}

bool pv_checking_lazy(void)
{
	return this_queue()->lazy;
}

static void checking_alloc_pt(phys_addr_t table)
{
	set_page_flag(pfn_to_page(PFN_DOWN(table)), PG_pgtable);
}

static void checking_release_pt(phys_addr_t table)
{
	clear_page_flag(pfn_to_page(PFN_DOWN(table)), PG_pgtable);
}

static unsigned long checking_read_cr3(void)
{
	return read_cr3();
}

static void checking_write_cr3(unsigned long cr3)
{
	checking_flush(); /* a new address space sees every write made */
	write_cr3(cr3);
}

const struct pv_mmu_ops pv_checking_ops = {
	.name = "checking",
	.read_cr3 = checking_read_cr3,
	.write_cr3 = checking_write_cr3,
	.flush_tlb_one = native_flush_tlb_one,
	.flush_tlb_all = native_flush_tlb_all,
	.set_pte = checking_set_pte,
	.set_pmd = checking_set_upper,
	.set_pud = checking_set_upper,
	.set_p4d = checking_set_upper,
	.set_pgd = checking_set_pgd,
	.enter_lazy_mmu = checking_enter_lazy,
	.leave_lazy_mmu = checking_leave_lazy,
	.flush_lazy_mmu = checking_flush,
	.alloc_pt = checking_alloc_pt,
	.release_pt = checking_release_pt,
};

static int register_table(unsigned long addr __attribute__((unused)),
			  enum pgt_level level __attribute__((unused)),
			  phys_addr_t table, void *priv __attribute__((unused)))
{
	checking_alloc_pt(table);
	return 0;
}

/* Register the page-table pages that exist already: init_mm's and every PGD's. */
void pv_checking_start(void)
{
	static const struct pgtable_walk_ops ops = { .table = register_table };
	struct mm_struct *mm;
	unsigned long flags;

	checking_alloc_pt(__pa(init_mm.pgd));
	walk_page_range_tables(init_mm.pgd, &ops, NULL);
	spin_lock_irqsave(&pgd_lock, flags);
	list_for_each_entry (mm, &pgd_list, pgd_list) {
		checking_alloc_pt(__pa(mm->pgd));
		walk_page_range_tables(mm->pgd, &ops, NULL);
	}
	spin_unlock_irqrestore(&pgd_lock, flags);
}
