// SPDX-License-Identifier: MIT
/*
 * Kernel stacks in vmalloc space (include/kernel/task_stack.h): the guard
 * page below each, the cache of freed stacks, and the lazy-sync hazard of
 * a stack in a top-level slot the next PGD lacks, met by the two
 * protections (switch_mm syncs the current stack's slot; the scheduler
 * touches the next stack first).
 *
 * The crash_* cases run only with vmap_stack.crash=<what> on the command
 * line: they end the boot in the #DF report (tests/run expects it).
 */
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/task_stack.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

static volatile unsigned long ran;

static void note_run(void *arg __unused)
{
	ran++;
}

KTEST(vmap_stack, stack_in_vmalloc_with_guard_below)
{
	struct task_struct *k;
	unsigned long base;
	enum pg_level level;

	ran = 0; /* before it exists: another CPU may run it at once */
	k = kthread_create(note_run, NULL, "k");
	ASSERT_NOT_NULL(t, k);
	base = (unsigned long)k->stack;
	EXPECT_TRUE(t, is_vmalloc_addr(k->stack));
	EXPECT_TRUE(t, IS_ALIGNED(base, THREAD_SIZE));
	EXPECT_NOT_NULL(t, lookup_address_in_pgd(init_mm.pgd, base, &level));
	EXPECT_NOT_NULL(t,
			lookup_address_in_pgd(init_mm.pgd,
					      base + THREAD_SIZE - 1, &level));
	/* The page below is never mapped: an overflow faults. */
	EXPECT_NULL(t, lookup_address_in_pgd(init_mm.pgd, base - 1, &level));
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF,
			     (void)*(volatile char *)(base - 1)))
		EXPECT_EQ(t, t->fault.address, base - 1);
	EXPECT_EQ(t, task_wait(k), 0);
	EXPECT_EQ(t, ran, 1UL);
}

/* One task after another: the first stack comes from vmalloc, the rest from the cache. */
KTEST(vmap_stack, freed_stacks_are_reused)
{
	unsigned long allocated, reused, free0;
	unsigned int i;

	thread_stack_cache_drain();
	free0 = free_pages_all();
	allocated = task_stack_stats.allocated;
	reused = task_stack_stats.reused;
	for (i = 0; i < 10; i++) {
		struct task_struct *k = kthread_create(note_run, NULL, "k");

		ASSERT_NOT_NULL(t, k);
		task_wait(k);
	}
	EXPECT_EQ(t, task_stack_stats.allocated - allocated, 1UL);
	EXPECT_EQ(t, task_stack_stats.reused - reused, 9UL);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* ---- the lazy-sync hazard ------------------------------------------- */

#define NSLOT 4
#define NMM 8
#define NLAZY 4
#define SWITCHES 10000UL

static volatile unsigned long switches_goal;

static void switch_a_lot(void *arg __unused)
{
	while (sched_stats.switches < switches_goal)
		yield();
}

/* A kernel thread (with its own mm, or none) whose stack sits in slot. */
static struct task_struct *thread_in_slot(void (*fn)(void *),
					  unsigned long slot,
					  struct mm_struct *mm,
					  const char *name)
{
	struct task_struct *k;

	thread_stack_test_range(slot, slot + slot_size());
	k = kthread_create_mm(fn, NULL, name, mm);
	thread_stack_test_range(0, 0);
	return k;
}

/*
 * Tasks whose stacks sit in NSLOT fresh slots, NMM of them each in an
 * address space born before the slots, NLAZY borrowing whatever CR3
 * holds: SWITCHES switches among them take no double fault. In lazy mode
 * (not PAE) the protections do sync stack slots.
 */
KTEST(vmap_stack, switches_with_stacks_in_fresh_slots)
{
	struct task_struct *k[NMM + NLAZY];
	struct mm_struct *mm[NMM];
	unsigned long slot[NSLOT], syncs, stack_syncs, start, free0;
	unsigned int i;

	free0 = free_pages_all();
	for (i = 0; i < NSLOT; i++) {
		slot[i] = fresh_slot(i);
		ASSERT_NE(t, slot[i], 0UL);
	}
	syncs = pf_stats.vmalloc_sync;
	stack_syncs = task_stack_stats.stack_syncs;
	start = sched_stats.switches;
	switches_goal = start + SWITCHES;
	/* Every address space is older than every slot's first stack. */
	for (i = 0; i < NMM; i++) {
		mm[i] = mm_alloc();
		ASSERT_NOT_NULL(t, mm[i]);
	}
	for (i = 0; i < NMM + NLAZY; i++) {
		k[i] = thread_in_slot(switch_a_lot, slot[i % NSLOT],
				      i < NMM ? mm[i] : NULL, "sw");
		ASSERT_NOT_NULL(t, k[i]);
	}
	for (i = 0; i < NMM + NLAZY; i++)
		task_wait(k[i]);
	EXPECT_GE(t, sched_stats.switches - start, SWITCHES);
	ktest_log(
		t,
		"%lu switches, %lu stack slots synced by switch_mm, %lu by faults",
		sched_stats.switches - start,
		task_stack_stats.stack_syncs - stack_syncs,
		pf_stats.vmalloc_sync - syncs);
	if (SYNC_FAULTS(1)) {
		EXPECT_GT(t, task_stack_stats.stack_syncs - stack_syncs, 0UL);
		EXPECT_GT(t, pf_stats.vmalloc_sync - syncs, 0UL);
	} else {
		EXPECT_EQ(t, task_stack_stats.stack_syncs - stack_syncs, 0UL);
		EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, 0UL);
	}
	/* Each (address space, slot) pair is synced once at most. */
	EXPECT_LE(t,
		  task_stack_stats.stack_syncs - stack_syncs +
			  pf_stats.vmalloc_sync - syncs,
		  (unsigned long)(NMM + 1) * NSLOT);
	EXPECT_EQ(t, free_pages_all(), free0);
}

/* ---- crashes on request (tests/run expects the #DF report) ---------- */

/* Is vmap_stack.crash=what on the command line? Else skip the case. */
static bool crash_requested(struct ktest *t, const char *what)
{
	char arg[32];

	if (cmdline_get(boot_info.cmdline, "vmap_stack.crash", arg,
			sizeof(arg)) &&
	    strcmp(arg, what) == 0)
		return true;
	ktest_skip(t, "runs with vmap_stack.crash= on the command line");
	return false;
}

/* Deeper than any stack: the bound only keeps the compiler quiet. */
static volatile unsigned long recurse_limit = ~0UL;

static __noinline unsigned long recurse(unsigned long n)
{
	volatile char frame[256];

	frame[0] = (char)n;
	if (n >= recurse_limit)
		return 0;
	return recurse(n + 1) + frame[0];
}

static void recurse_thread(void *arg __unused)
{
	recurse(0);
}

/* A recursing kernel thread runs off its stack into the guard page: #DF. */
KTEST(vmap_stack, crash_overflow)
{
	struct task_struct *k;

	if (!crash_requested(t, "overflow"))
		return;
	k = kthread_create(recurse_thread, NULL, "recurse");
	ASSERT_NOT_NULL(t, k);
	task_wait(k);
	EXPECT_TRUE(t, false); /* not reached: the overflow is a #DF */
}

static void yield_once(void *arg __unused)
{
	yield();
	ran++;
}

/*
 * Without the switch_mm sync: A (stack in a fresh slot) switches to B,
 * whose address space is older than the slot. After the CR3 load, A's
 * next push faults on A's own stack: a #DF. PAE: nothing is missing.
 */
KTEST(vmap_stack, crash_no_stack_sync)
{
	struct mm_struct *mm = mm_alloc();
	struct task_struct *a, *b;
	unsigned long slot = fresh_slot(0);

	ASSERT_NOT_NULL(t, mm);
	if (!crash_requested(t, "no_stack_sync")) {
		mm_free(mm);
		return;
	}
	ASSERT_NE(t, slot, 0UL);
	ran = 0;
	a = thread_in_slot(yield_once, slot, NULL, "a");
	b = kthread_create_mm(yield_once, NULL, "b", mm);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	stack_test_skip_sync = true;
	task_wait(a);
	task_wait(b);
	stack_test_skip_sync = false;
	/* Only PAE gets here. */
	EXPECT_EQ(t, ran, 2UL);
	EXPECT_FALSE(t, SYNC_FAULTS(1));
}

/*
 * Without the touch: the switch moves to B's stack, in a fresh slot that
 * B's older address space lacks; the first pop there faults: a #DF.
 */
KTEST(vmap_stack, crash_no_stack_touch)
{
	struct mm_struct *mm = mm_alloc();
	unsigned long slot = fresh_slot(0);
	struct task_struct *b;

	ASSERT_NOT_NULL(t, mm);
	if (!crash_requested(t, "no_stack_touch")) {
		mm_free(mm);
		return;
	}
	ASSERT_NE(t, slot, 0UL);
	ran = 0;
	b = thread_in_slot(yield_once, slot, mm, "b");
	ASSERT_NOT_NULL(t, b);
	/* Our own writes to B's new stack left global TLB entries. */
	flush_tlb_kernel_range(slot, slot + slot_size());
	stack_test_skip_touch = true;
	task_wait(b);
	stack_test_skip_touch = false;
	EXPECT_EQ(t, ran, 1UL);
	EXPECT_FALSE(t, SYNC_FAULTS(1));
}
