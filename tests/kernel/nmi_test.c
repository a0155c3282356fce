// SPDX-License-Identifier: MIT
/*
 * NMIs, raised on this CPU through the local APIC (or injected by
 * tests/run --nmi-ms through QEMU's QMP), whose handler takes the
 * lazy vmalloc sync: in NMI context, with no lock and no `current`, in the
 * PGD CR3 points at. Then the two ways an NMI handler that faults goes
 * wrong: the iret of its fault unblocks NMIs, so a second NMI arrives in
 * the middle of the first (it must be latched, not run nested, nor lost);
 * and the fault overwrites CR2, which the interrupted code may not have
 * read yet (it must be restored).
 */
#include <asm/apic.h>
#include <asm/extable.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/tlbflush.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/nmi.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

static volatile unsigned long *nmi_area; /* what the handler reads */
static volatile unsigned long nmi_value;
static volatile unsigned int runs, depth, max_depth;
static volatile bool resend, fault_once;

static void test_nmi_handler(struct pt_regs *regs __unused)
{
	unsigned long v;

	if (++depth > max_depth)
		max_depth = depth;
	runs++;
	if (nmi_area)
		nmi_value = *nmi_area; /* may take (and sync) a #PF */
	if (fault_once) {
		fault_once = false;
		/* A #PF fixed by the exception table: CR2 changes, iret unblocks NMIs. */
		probe_read_ulong(NULL, &v);
	}
	if (resend) {
		unsigned long n = nmi_stats_this_cpu()->nmis, spin = 0;

		resend = false;
		apic_send_nmi_self();
		/* NMIs are unblocked (our fault's iret): it comes now, nested. */
		while (READ_ONCE(nmi_stats_this_cpu()->nmis) == n &&
		       ++spin < 100000000)
			cpu_relax();
	}
	depth--;
}

/* Send an NMI to ourselves and wait for `count` more to be taken. */
static bool nmi_and_wait(unsigned long count)
{
	unsigned long target = nmi_stats_this_cpu()->nmis + count, spin = 0;

	apic_send_nmi_self();
	while (READ_ONCE(nmi_stats_this_cpu()->nmis) < target &&
	       ++spin < 100000000)
		cpu_relax();
	return nmi_stats_this_cpu()->nmis >= target;
}

static bool nmi_setup(struct ktest *t)
{
	if (!apic_present()) {
		ktest_skip(t, "no local APIC: no NMI can be raised");
		return false;
	}
	nmi_area = NULL;
	resend = fault_once = false;
	runs = depth = max_depth = 0;
	if (register_nmi_handler(test_nmi_handler)) {
		EXPECT_TRUE(t, false); /* a free handler slot */
		return false;
	}
	return true;
}

KTEST(nmi, self_nmi_runs_the_handler)
{
	if (!nmi_setup(t))
		return;
	EXPECT_TRUE(t, nmi_and_wait(1));
	EXPECT_GE(t, runs, 1U); /* tests/run --nmi-ms may add its own */
	EXPECT_FALSE(t, in_nmi());
	unregister_nmi_handler(test_nmi_handler);
}

/* The handler reads a vmalloc word in a slot CR3's PGD lacks: synced in NMI context. */
KTEST(nmi, lazy_sync_in_nmi)
{
	unsigned long slot = fresh_slot(0), syncs, nmi_syncs, flags;
	struct mm_struct *b = mm_alloc();
	volatile unsigned long *p;

	ASSERT_NOT_NULL(t, b);
	ASSERT_NE(t, slot, 0UL);
	if (!nmi_setup(t))
		goto out_mm;
	p = vmalloc_in_slot(slot, PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	*p = 0x4e4d49;
	flush_tlb_kernel_range((unsigned long)p, (unsigned long)p + PAGE_SIZE);
	nmi_area = p;
	syncs = pf_stats.vmalloc_sync;
	nmi_syncs = pf_stats.vmalloc_sync_nmi;
	local_irq_save(flags);
	switch_mm(b);
	EXPECT_TRUE(t, nmi_and_wait(1));
	switch_mm(&init_mm);
	local_irq_restore(flags);
	nmi_area = NULL;
	unregister_nmi_handler(test_nmi_handler);
	EXPECT_EQ(t, nmi_value, 0x4e4d49UL);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(1));
	EXPECT_EQ(t, pf_stats.vmalloc_sync_nmi - nmi_syncs, SYNC_FAULTS(1));
	EXPECT_EQ(t, pgd_val(*pgd_offset_pgd(b->pgd, slot)),
		  pgd_val(*pgd_offset_pgd(init_mm.pgd, slot)));
	vfree((void *)p);
out_mm:
	mm_free(b);
}

/*
 * Back-to-back NMIs whose handler faults: the second arrives while the
 * first's handler runs (its fault's iret unblocked NMIs). It is latched
 * and the handler runs again after, never nested; none is lost.
 */
KTEST(nmi, nested_nmi_latched_not_lost)
{
	unsigned long latched = nmi_stats_this_cpu()->latched, flags;

	if (!nmi_setup(t))
		return;
	fault_once = true;
	resend = true;
	local_irq_save(flags);
	EXPECT_TRUE(t, nmi_and_wait(2));
	local_irq_restore(flags);
	unregister_nmi_handler(test_nmi_handler);
	EXPECT_GE(t, runs, 2U);
	EXPECT_EQ(t, max_depth, 1U);
	EXPECT_GE(t, nmi_stats_this_cpu()->latched - latched, 1UL);
}

/* An NMI whose handler faults leaves CR2 as the interrupted code had it. */
KTEST(nmi, cr2_restored)
{
	const unsigned long mark = 0x1234000UL;
	unsigned long flags, cr2;

	if (!nmi_setup(t))
		return;
	fault_once = true;
	local_irq_save(flags);
	write_cr2(mark);
	EXPECT_TRUE(t, nmi_and_wait(1));
	cr2 = read_cr2();
	local_irq_restore(flags);
	unregister_nmi_handler(test_nmi_handler);
	EXPECT_FALSE(t, fault_once); /* the handler did fault */
	EXPECT_EQ(t, cr2, mark);
}

/*
 * NMIs from outside (tests/run --nmi-ms, QEMU's NMI button) with nmi.probe:
 * 64 address spaces older than a slot each wait in their own PGD for an
 * NMI, whose probe of the slot's word takes the sync; their own read then
 * finds the entry. All 64 syncs happen in NMI context (lazy, not PAE).
 */
KTEST(nmi, injected_nmis_take_the_syncs)
{
	enum { NPROC = 64 };
	static struct mm_struct *mm[NPROC];
	unsigned long syncs, nmi_syncs, flags;
	unsigned int i, bad = 0, waited = 0;
	volatile unsigned long *p;

	if (!cmdline_has(boot_info.cmdline, "nmi.probe")) {
		ktest_skip(
			t,
			"runs with nmi.probe and NMIs from tests/run --nmi-ms");
		return;
	}
	p = older_spaces_and_word(mm, NPROC, 77);
	ASSERT_NOT_NULL(t, p);
	nmi_probe_set((const void *)p);
	syncs = pf_stats.vmalloc_sync;
	nmi_syncs = pf_stats.vmalloc_sync_nmi;
	for (i = 0; i < NPROC; i++) {
		unsigned long n, spin = 0;

		local_irq_save(flags);
		/* A global entry outlives CR3 loads: walk each PGD. */
		__flush_tlb_one_kernel((unsigned long)p);
		switch_mm(mm[i]);
		n = READ_ONCE(nmi_stats_this_cpu()->nmis);
		while (READ_ONCE(nmi_stats_this_cpu()->nmis) == n &&
		       ++spin < 1000000000)
			cpu_relax();
		waited += READ_ONCE(nmi_stats_this_cpu()->nmis) != n;
		bad += *p != 77;
		switch_mm(&init_mm);
		local_irq_restore(flags);
	}
	nmi_probe_set(NULL);
	EXPECT_EQ(t, waited, (unsigned int)NPROC);
	EXPECT_EQ(t, bad, 0U);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(NPROC));
	EXPECT_EQ(t, pf_stats.vmalloc_sync_nmi - nmi_syncs, SYNC_FAULTS(NPROC));
	older_spaces_free(mm, NPROC, p);
}
