// SPDX-License-Identifier: MIT
/*
 * A fault inside the fault handler: the #PF path writes its own record
 * (pf_trace, in vmalloc space) on every fault. With that record moved to
 * a slot the live PGD lacks, the handler faults on it while handling
 * another fault: the nested #PF must sync and return, the outer one
 * complete with its own CR2, and the loop guard stay quiet.
 */
#include <asm/tlbflush.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/pf_trace.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

static __noinline unsigned long read_word(const volatile unsigned long *p)
{
	return *p;
}

KTEST(nested_fault, record_in_a_missing_slot)
{
	unsigned long slot_rec = fresh_slot(0), slot_data = fresh_slot(1);
	unsigned long syncs, loops, nested, value;
	const struct pf_trace_entry *e;
	struct mm_struct *b = mm_alloc();
	volatile unsigned long *data;

	ASSERT_NOT_NULL(t, b);
	ASSERT_NE(t, slot_rec, 0UL);
	ASSERT_NE(t, slot_data, 0UL);
	/* B is older than both slots. */
	ASSERT_EQ(t, pf_trace_move(slot_rec, slot_rec + slot_size()), 0);
	data = vmalloc_in_slot(slot_data, PAGE_SIZE);
	ASSERT_NOT_NULL(t, data);
	*data = 0x5eed;
	/* Our writes left global TLB entries; B must walk its own tables. */
	flush_tlb_kernel_range(slot_rec, slot_rec + PAGE_SIZE);
	flush_tlb_kernel_range((unsigned long)data,
			       (unsigned long)data + PAGE_SIZE);

	syncs = pf_stats.vmalloc_sync;
	loops = pf_stats.loops;
	nested = pf_stats.nested;
	switch_mm(b);
	value = read_word(data);
	switch_mm(&init_mm);

	EXPECT_EQ(t, value, 0x5eedUL);
	/* Lazy: the data's slot, then (nested) the record's slot. */
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(2));
	EXPECT_EQ(t, pf_stats.nested - nested, SYNC_FAULTS(1));
	EXPECT_EQ(t, pf_stats.loops, loops);
	EXPECT_EQ(t, pgd_val(*pgd_offset_pgd(b->pgd, slot_rec)),
		  pgd_val(*pgd_offset_pgd(init_mm.pgd, slot_rec)));
	/* The outer fault, recorded whole with its own address. */
	if (SYNC_FAULTS(1)) {
		e = pf_trace_last(0);
		ASSERT_NOT_NULL(t, e);
		EXPECT_EQ(t, e->address, (unsigned long)data);
		EXPECT_EQ(t, e->cr3, (unsigned long)__pa(b->pgd));
	}
	vfree((void *)data);
	mm_free(b);
	EXPECT_EQ(t, pf_trace_move(VMALLOC_START, VMALLOC_END), 0);
}
