// SPDX-License-Identifier: MIT
/*
 * The last faults the #PF handler took, in a vmalloc'ed ring
 * (include/kernel/pf_trace.h). Written with interrupts off, from the
 * handler only; moved (by tests) with interrupts off too.
 */
#include <asm/irq.h>
#include <asm/page.h>
#include <asm/pgtable.h>
#include <kernel/errno.h>
#include <kernel/page_alloc.h>
#include <kernel/pf_trace.h>
#include <kernel/vmalloc.h>

_Static_assert(sizeof(struct pf_trace_entry) * PF_TRACE_ENTRIES <= PAGE_SIZE,
	       "the record fits a page");

static struct pf_trace_entry *pf_trace;
static unsigned long pf_trace_count; /* faults recorded since the last move */

static struct pf_trace_entry *pf_trace_alloc(unsigned long start,
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
	struct pf_trace_entry *e;

	if (!pf_trace)
		return;
	e = &pf_trace[pf_trace_count++ % PF_TRACE_ENTRIES];
	/* The first store may itself fault (and be synced): see the header. */
	e->ip = ip;
	e->address = address;
	e->cr3 = cr3;
	e->error_code = error_code;
}

const struct pf_trace_entry *pf_trace_last(unsigned int n)
{
	if (!pf_trace || n >= PF_TRACE_ENTRIES || n >= pf_trace_count)
		return NULL;
	return &pf_trace[(pf_trace_count - 1 - n) % PF_TRACE_ENTRIES];
}

const void *pf_trace_buffer(void)
{
	return pf_trace;
}

int pf_trace_move(unsigned long start, unsigned long end)
{
	struct pf_trace_entry *new = pf_trace_alloc(start, end), *old;
	unsigned long flags;

	if (!new)
		return -ENOMEM;
	local_irq_save(flags);
	old = pf_trace;
	pf_trace = new;
	pf_trace_count = 0;
	local_irq_restore(flags);
	vfree(old);
	return 0;
}
