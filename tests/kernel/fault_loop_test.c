// SPDX-License-Identifier: MIT
/*
 * The fault-loop guard (arch/x86/mm/fault.c) fires on a real loop only:
 * the same fault, in the same address space, fixed and taken again with
 * nothing in between. The same first fault taken by many processes, one
 * after another, is one legitimate fault each: the guard once called the
 * tenth run of a program, or the twelfth address space reading a new
 * vmalloc slot, a loop and panicked the kernel.
 */
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/vmalloc.h>

#include "user_probe.h"
#include "vm_slots.h"

#define RUNS 1000

/* One program, run again and again: each run demand-fills its stack page at the same address, from the same instruction. */
KTEST(fault_loop, same_program_thousand_times)
{
	unsigned long loops = pf_stats.loops, user = pf_stats.user;
	unsigned long free0 = free_pages_all();
	unsigned int i;

	for (i = 0; i < RUNS; i++) {
		int code = probe(PROBE_WRITE, USER_STACK_TOP - 64);

		if (code != 0) {
			EXPECT_EQ(t, code, 0);
			ktest_log(t, "... in run %u", i + 1);
			break;
		}
	}
	EXPECT_EQ(t, pf_stats.loops, loops);
	EXPECT_EQ(t, pf_stats.user - user, (unsigned long)RUNS);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* The same instruction for every address space (not inlined). */
static __noinline unsigned long read_shared(const volatile unsigned long *p)
{
	return *p;
}

/*
 * RUNS address spaces, all born before a slot's first vmalloc, each read
 * the same word through read_shared: one sync each (lazy), never a loop.
 */
KTEST(fault_loop, thousand_spaces_same_first_fault)
{
	static struct mm_struct *mm[RUNS];
	unsigned long free0 = free_pages_all(), syncs, loops;
	volatile unsigned long *p;
	unsigned int i, bad = 0;

	if (nr_free_pages() < PGD_PAGES * RUNS + 64) {
		ktest_skip(t, "not enough free pages for the address spaces");
		return;
	}
	p = older_spaces_and_word(mm, RUNS, 0xabcUL);
	ASSERT_NOT_NULL(t, p);

	syncs = pf_stats.vmalloc_sync;
	loops = pf_stats.loops;
	for (i = 0; i < RUNS; i++) {
		/*
		 * The last read left a global TLB entry, which a CR3 load keeps
		 * (Bochs and real CPUs; QEMU's TCG drops it): walk each PGD.
		 */
		__flush_tlb_one_kernel((unsigned long)p);
		switch_mm(mm[i]);
		bad += read_shared(p) != 0xabcUL;
		switch_mm(&init_mm);
	}
	EXPECT_EQ(t, bad, 0U);
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(RUNS));
	EXPECT_EQ(t, pf_stats.loops, loops);
	older_spaces_free(mm, RUNS, p);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* A kernel fault "fixed" without a fix comes straight back: caught, in every mode and strategy. */
KTEST(fault_loop, kernel_loop_caught)
{
	unsigned long loops = pf_stats.loops;
	volatile char *p = vmalloc(PAGE_SIZE);

	ASSERT_NOT_NULL(t, p);
	pf_test_fix_nothing = true;
	/* The guard page after the area: not present, in every PGD. */
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)p[PAGE_SIZE]);
	pf_test_fix_nothing = false;
	EXPECT_EQ(t, t->fault.address, (unsigned long)p + PAGE_SIZE);
	EXPECT_EQ(t, pf_stats.loops, loops + 1);
	vfree((void *)p);
}

/* A user fault that loops kills the task, not the kernel; the next run is fine. */
KTEST(fault_loop, user_loop_kills_the_task)
{
	unsigned long loops = pf_stats.loops;

	pf_test_fix_nothing = true;
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_STACK_TOP - 64), EXIT_KILLED);
	pf_test_fix_nothing = false;
	EXPECT_EQ(t, pf_stats.loops, loops + 1);
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_STACK_TOP - 64), 0);
	EXPECT_EQ(t, pf_stats.loops, loops + 1);
}
