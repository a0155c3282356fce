// SPDX-License-Identifier: MIT
/*
 * The last faults the #PF handler took, in a vmalloc'ed page of per-CPU
 * rings (include/kernel/pf_trace.h). A CPU writes only its own ring, with
 * interrupts off, from the handler only; the count lives in the ring, so
 * a CPU that raced a move wrote the old page whole, never half of each.
 */
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/smp.h>
#include <kernel/errno.h>
#include <kernel/page_alloc.h>
#include <kernel/pf_trace.h>
#include <kernel/smp.h>
#include <kernel/vmalloc.h>

struct pf_trace_ring {
	unsigned long count; /* faults recorded since the page was allocated */
	struct pf_trace_entry e[PF_TRACE_ENTRIES];
};

_Static_assert(sizeof(struct pf_trace_ring) * NR_CPUS <= PAGE_SIZE,
	       "every CPU's ring fits the page");

static struct pf_trace_ring *pf_trace; /* [NR_CPUS], one page */

static struct pf_trace_ring *pf_trace_alloc(unsigned long start,
					    unsigned long end)
{
	return __vmalloc_node_range(PAGE_SIZE, PAGE_SIZE, start, end,
				    GFP_KERNEL | __GFP_ZERO, PAGE_KERNEL, 0, 0,
				    __builtin_return_address(0));
}

int pf_trace_init(void)
{
	pf_trace = pf_trace_alloc(VMALLOC_START, VMALLOC_END);
	return pf_trace ? 0 : -ENOMEM;
}

void pf_trace_record(unsigned long ip, unsigned long address, unsigned long cr3,
		     unsigned long error_code)
{
	struct pf_trace_ring *r = READ_ONCE(pf_trace);
	struct pf_trace_entry *e;

	if (!r)
		return;
	r += smp_processor_id();
	/* The first access may itself fault (and be synced): see the header. */
	e = &r->e[r->count++ % PF_TRACE_ENTRIES];
	e->ip = ip;
	e->address = address;
	e->cr3 = cr3;
	e->error_code = error_code;
}

const struct pf_trace_entry *pf_trace_last(unsigned int n)
{
	struct pf_trace_ring *r = READ_ONCE(pf_trace);

	if (!r)
		return NULL;
	r += smp_processor_id();
	if (n >= PF_TRACE_ENTRIES || n >= r->count)
		return NULL;
	return &r->e[(r->count - 1 - n) % PF_TRACE_ENTRIES];
}

const void *pf_trace_buffer(void)
{
	return pf_trace;
}

static void pf_trace_quiet(void *info __unused)
{
}

int pf_trace_move(unsigned long start, unsigned long end)
{
	struct pf_trace_ring *new = pf_trace_alloc(start, end), *old;
	unsigned long flags;

	if (!new)
		return -ENOMEM;
	local_irq_save(flags);
	old = pf_trace;
	WRITE_ONCE(pf_trace, new);
	local_irq_restore(flags);
	/*
	 * A CPU records with interrupts off: once each has taken an IPI sent
	 * after the swap, none is still writing the old page.
	 */
	smp_call_function_many(cpu_online_mask, pf_trace_quiet, NULL, true);
	vfree(old);
	return 0;
}
