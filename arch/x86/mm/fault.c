// SPDX-License-Identifier: MIT
/*
 * The page-fault handler (DESIGN.md, "Faults"). CR2 was read by the
 * caller before anything could fault again. Then, in order:
 *
 *   vmalloc_fault       kernel address in the vmalloc range, not-present,
 *                       supervisor: copy the missing top-level entry
 *   spurious fault      the live tables already permit the access
 *   user address        demand-fill inside a region of current's mm
 *   user mode           anything else: kill the task, one line
 *   fixups              exception table (uaccess), or a catch armed by a test
 *   oops                report and panic
 *
 * A fault that keeps being "fixed" and coming straight back, in the same
 * address space at the same IP and address, is a loop (the lockups this
 * project comes from): reported as an oops instead.
 */
#include <asm/smap.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/compiler.h>
#include <kernel/debug_break.h>
#include <kernel/fault.h>
#include <kernel/mm.h>
#include <kernel/nmi.h>
#include <kernel/pf_trace.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/mmap.h>

#define PF_LOOP_LIMIT 8 /* the same fault fixed this often in a row is a loop */

struct pf_counts pf_stats_cpu[NR_CPUS];

struct pf_counts pf_stats_sum(void)
{
	struct pf_counts sum = { 0 };

	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
		const struct pf_counts *c = &pf_stats_cpu[cpu];

		sum.vmalloc_sync += READ_ONCE(c->vmalloc_sync);
		sum.vmalloc_sync_nmi += READ_ONCE(c->vmalloc_sync_nmi);
		sum.spurious += READ_ONCE(c->spurious);
		sum.user += READ_ONCE(c->user);
		sum.oops += READ_ONCE(c->oops);
		sum.loops += READ_ONCE(c->loops);
		sum.nested += READ_ONCE(c->nested);
	}
	return sum;
}
bool pf_test_skip_sync_write; /* tests only: "fix" a sync fault without writing */
bool pf_test_skip_lazy_flush; /* tests only: leave the synced entry queued */
bool pf_test_fix_nothing; /* tests only: call every fault fixed, fix nothing */

/*
 * Copy the top-level entry for address from init_mm into the PGD that CR3
 * (read once by do_page_fault) points at. Not current->mm's: the fault may come from an interrupt in
 * the middle of a task switch, when CR3 and current disagree. The
 * hardware entries are read directly, because through the folded
 * accessors a folded level is always "present".
 * Returns 0 when it synced the entry, -1 when this is not such a fault.
 */
/* Not inlined: debuggers break on it and "finish" out of it (tools/gdb). */
/*
 * The last sync this CPU took (which entry, and a sequence number): an
 * NMI that arrives between vmalloc_fault's check and its write may take
 * the very same sync. Both write the same value; it counts once. Two
 * CPUs faulting on the same PGD slot at once also both write the same
 * value (harmless, so no lock), but each counts its own sync.
 */
static struct {
	unsigned long seq;
	pgd_t *last;
} sync_cpu[NR_CPUS];

static __noinline int vmalloc_fault(unsigned long cr3, unsigned long address)
{
	unsigned int cpu = smp_processor_id();
	unsigned long seq = READ_ONCE(sync_cpu[cpu].seq);
	pgd_t *pgd, *pgd_ref;

	if (address < VMALLOC_START || address >= VMALLOC_END)
		return -1;
	/* PAE: every PGD shares the kernel PMD page; nothing is ever missing. */
	if (PGTABLE_TOP_TABLES_PINNED)
		return -1;
	pgd_ref = pgd_offset_pgd(init_mm.pgd, address);
	pgd = pgd_offset_pgd(pgd_from_cr3(cr3), address);
	if (!pgd_val(*pgd_ref) || pgd_val(*pgd))
		return -1;
	/* CR2 and CR3 are those of the fault; *pgd is still 0 here. */
	debug_break("vmalloc_fault");
	if (!pf_test_skip_sync_write)
		set_pgd(pgd, *pgd_ref);
	kpgd_origin_note(pgd, KPGD_ORIGIN_LAZY);
	/*
	 * In lazy MMU mode the write may only be queued: apply it now, or the
	 * retried access faults again, forever.
	 */
	if (!pf_test_skip_lazy_flush)
		arch_flush_lazy_mmu_mode();
	if (READ_ONCE(sync_cpu[cpu].seq) != seq &&
	    READ_ONCE(sync_cpu[cpu].last) == pgd)
		return 0; /* an NMI took this one in between, and counted it */
	WRITE_ONCE(sync_cpu[cpu].last, pgd);
	WRITE_ONCE(sync_cpu[cpu].seq, READ_ONCE(sync_cpu[cpu].seq) + 1);
	pf_stat_inc(vmalloc_sync);
	if (in_nmi())
		pf_stat_inc(vmalloc_sync_nmi);
	return 0;
}

/* Do the live page tables permit this access? Then the TLB was stale. */
static bool spurious_kernel_fault(unsigned long cr3, unsigned long error_code,
				  unsigned long address)
{
	enum pg_level level;
	pteval_t *e = lookup_address_in_pgd(pgd_from_cr3(cr3), address, &level);

	if (!e || (error_code & X86_PF_RSVD))
		return false;
	if ((error_code & X86_PF_WRITE) && !(*e & _PAGE_RW))
		return false;
	if ((error_code & X86_PF_INSTR) && (*e & _PAGE_NX))
		return false;
	__flush_tlb_one_kernel(address);
	pf_stat_inc(spurious);
	return true;
}

void pf_stats_print(void)
{
	struct pf_counts s = pf_stats_sum();

	printk("pf: %lu vmalloc syncs (%lu in NMIs), %lu spurious, %lu user, %lu oopses, %lu loops, %lu nested\n",
	       s.vmalloc_sync, s.vmalloc_sync_nmi, s.spurious, s.user, s.oops,
	       s.loops, s.nested);
}

/*
 * The fault-loop guard. A loop is the same fault (address space, IP,
 * address, error code) that the handler "fixed" and that came straight
 * back with nothing in between, more than PF_LOOP_LIMIT times. Anything
 * in between -- a context switch, a CR3 load, another fault, a fault that
 * did not retry (fixup, kill, oops) -- means the last one may have
 * retired, and clears the record: many processes taking the same first
 * fault, one after another, are one legitimate fault each. Per CPU: a
 * fault is retried on the CPU that took it (the handler runs with
 * interrupts off), and two CPUs' faults are never "in between" each other.
 */
struct pf_retry {
	unsigned long cr3, ip, address, error_code, repeats;
};
static struct pf_cpu_state {
	struct pf_retry retry;
	unsigned int depth; /* #PF handlers running on this CPU */
} pf_cpu[NR_CPUS];

#define pf_retry (pf_cpu[smp_processor_id()].retry)

void pf_loop_guard_reset(void)
{
	pf_retry.ip = 0;
	pf_retry.repeats = 0;
}

static bool pf_same_as_retried(unsigned long cr3, const struct pt_regs *regs,
			       unsigned long error_code, unsigned long address)
{
	return regs->ip == pf_retry.ip && address == pf_retry.address &&
	       cr3 == pf_retry.cr3 && error_code == pf_retry.error_code;
}

static void pf_retried(unsigned long cr3, const struct pt_regs *regs,
		       unsigned long error_code, unsigned long address)
{
	if (pf_same_as_retried(cr3, regs, error_code, address)) {
		pf_retry.repeats++;
		return;
	}
	pf_retry.cr3 = cr3;
	pf_retry.ip = regs->ip;
	pf_retry.address = address;
	pf_retry.error_code = error_code;
	pf_retry.repeats = 0;
}

/* Was this very fault fixed, and taken again, too many times in a row? */
static bool pf_loop(unsigned long cr3, const struct pt_regs *regs,
		    unsigned long error_code, unsigned long address)
{
	return pf_same_as_retried(cr3, regs, error_code, address) &&
	       pf_retry.repeats >= PF_LOOP_LIMIT;
}

/*
 * How many #PF handlers are running on this CPU: a fault inside the
 * handler (its own record, pf_trace, in a slot the live PGD lacks) is
 * taken at depth 2.
 */
#define pf_depth (pf_cpu[smp_processor_id()].depth)

/* A user task touched what it may not: report it in one line and end it. */
static __noreturn void bad_area_kill(const struct pt_regs *regs,
				     unsigned long error_code,
				     unsigned long address)
{
	printk("pf: killed task '%s' (pid %d): user %s at %lx, ip %lx, error_code 0x%lx (%s%s)\n",
	       current->comm, current->pid,
	       (error_code & X86_PF_INSTR)   ? "instruction fetch"
	       : (error_code & X86_PF_WRITE) ? "write"
					     : "read",
	       address, regs->ip, error_code,
	       (error_code & X86_PF_PROT) ? "permissions violation"
					  : "not-present page",
	       pgtable_kernel_address(address) ? ", kernel address" : "");
	pf_loop_guard_reset(); /* the task ends: its fault never retries */
	pf_depth = 0;	       /* a user fault is never nested */
	task_exit(EXIT_KILLED);
}

static void __do_page_fault(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address);

/*
 * CR2 (address) was read before anything could fault again; a nested
 * fault changes CR2, never the outer one's copy.
 */
void do_page_fault(struct pt_regs *regs, unsigned long error_code,
		   unsigned long address)
{
	if (pf_depth++)
		pf_stat_inc(nested);
	__do_page_fault(regs, error_code, address);
	pf_depth--;
}

static void __do_page_fault(struct pt_regs *regs, unsigned long error_code,
			    unsigned long address)
{
	bool kernel_addr = pgtable_kernel_address(address);
	unsigned long cr3 = paravirt_read_cr3() & CR3_PGD_MASK;

	debug_break("page_fault");
	/* Only the outermost handler records: a nested fault is about the record. */
	if (pf_depth == 1)
		pf_trace_record(regs->ip, address, cr3, error_code);
	if (pf_loop(cr3, regs, error_code, address)) {
		pf_stat_inc(loops);
		printk("BUG: page fault loop: the fault at ip %lx, address %lx, cr3 %lx was \"fixed\" and came back %d times in a row\n",
		       regs->ip, address, cr3, PF_LOOP_LIMIT + 1);
		if (user_mode(regs))
			bad_area_kill(regs, error_code, address);
		goto bad;
	}
	if (pf_test_fix_nothing)
		goto retry;
	if (kernel_addr &&
	    !(error_code & (X86_PF_USER | X86_PF_RSVD | X86_PF_PROT)) &&
	    vmalloc_fault(cr3, address) == 0)
		goto retry;
	if (kernel_addr && !(error_code & X86_PF_USER) &&
	    spurious_kernel_fault(cr3, error_code, address))
		goto retry;
	if (user_mode(regs))
		pf_stat_inc(user);
	if (smep_smap_violation(regs, error_code, address))
		goto bad;
	if (!kernel_addr && current->mm &&
	    handle_user_fault(current->mm, address, error_code) == 0)
		goto retry;
	if (user_mode(regs))
		bad_area_kill(regs, error_code, address);
bad:
	pf_loop_guard_reset(); /* whatever happens next, this fault is not retried */
	if (fixup_exception(regs, address))
		return;
	pf_stat_inc(oops);
	pf_depth = 0;
	die(regs, address); /* does not return */
retry:
	pf_retried(cr3, regs, error_code, address);
}
