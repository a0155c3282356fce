// SPDX-License-Identifier: MIT
/*
 * Tasks: kernel threads, ring-3 tasks, the preemptive round robin, and
 * the lazy PGD sync seen from real tasks and from an interrupt taken in
 * the middle of a task switch.
 */
#include <asm/processor.h>
#include <asm/tlbflush.h>
#include <asm/traps.h>
#include <kernel/fault.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/nmi.h>
#include <kernel/page_alloc.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/syscall.h>
#include <kernel/time.h>
#include <kernel/user.h>
#include <kernel/vmalloc.h>

#include "user_probe.h"
#include "vm_slots.h"

static volatile unsigned long counter[2];
static volatile bool stop;

static void spin(void *arg)
{
	unsigned long i = (unsigned long)arg;

	while (!stop)
		counter[i]++;
}

/*
 * Two threads that never yield both make progress on one CPU (this one,
 * CPU 0, with the test itself): the timer preempts.
 */
KTEST(sched, preemptive_round_robin)
{
	struct task_struct *a, *b;
	unsigned long start = jiffies, switches = sched_stats.switches;

	stop = false;
	counter[0] = counter[1] = 0;
	a = kthread_create_on_cpu(spin, (void *)0UL, "spin0", 0);
	b = kthread_create_on_cpu(spin, (void *)1UL, "spin1", 0);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	local_irq_enable();
	while (jiffies - start < 20)
		halt();
	stop = true;
	task_wait(a);
	task_wait(b);
	local_irq_disable();
	EXPECT_GT(t, counter[0], 0UL);
	EXPECT_GT(t, counter[1], 0UL);
	EXPECT_GT(t, sched_stats.switches - switches, 4UL);
}

static void nothing(void *arg __unused)
{
}

/* 1000 tasks come and go: every stack, mm and page comes back. */
KTEST(sched, thousand_tasks_no_leak)
{
	unsigned long free0 = free_pages_all(), alive = sched_stats.tasks_alive;
	unsigned int i;

	for (i = 0; i < 1000; i++) {
		unsigned long data[2] = {
			0, USER_DATA
		}; /* probe: read, exit(0) */
		struct task_struct *k = kthread_create(nothing, NULL, "k");
		struct task_struct *u =
			user_task_create("probe", data, sizeof(data));

		ASSERT_NOT_NULL(t, k);
		ASSERT_NOT_NULL(t, u);
		EXPECT_EQ(t, task_wait(k), 0);
		EXPECT_EQ(t, task_wait(u), 0);
		if (t->failed)
			break;
	}
	EXPECT_EQ(t, sched_stats.tasks_alive, alive);
	EXPECT_EQ(t, free_pages_all(), free0);
}

KTEST(user, hello_syscalls)
{
	unsigned long calls = syscall_stats.calls;
	struct task_struct *u = user_task_create("hello", NULL, 0);
	int pid;

	ASSERT_NOT_NULL(t, u);
	pid = u->pid;
	EXPECT_EQ(t, task_wait(u), pid + 100); /* exit(getpid() + 100) */
	EXPECT_EQ(t, syscall_stats.calls - calls, 3UL);
}

/* Each task sees its own data page at the same address. */
KTEST(user, own_address_space)
{
	unsigned long va = 0x11, vb = 0x22;
	struct task_struct *a = user_task_create("sleeper", &va, sizeof(va));
	struct task_struct *b = user_task_create("sleeper", &vb, sizeof(vb));

	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	EXPECT_EQ(t, task_wait(a), 0x11);
	EXPECT_EQ(t, task_wait(b), 0x22);
}

KTEST(user, isolation_and_protection)
{
	unsigned long user_faults = pf_stats.user;

	/* Its own pages: fine. */
	EXPECT_EQ(t, probe(PROBE_READ, USER_DATA + 8), 0);
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_DATA + 8), 0);
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_STACK_TOP - 64),
		  0); /* demand-filled stack */
	/* Where another task has memory, but not this one: killed. */
	EXPECT_EQ(t, probe(PROBE_READ, 0x00a00000), EXIT_KILLED);
	/* Any kernel address: the direct map, the kernel image. */
	EXPECT_EQ(t, probe(PROBE_READ, PAGE_OFFSET + 0x100000), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_WRITE, (unsigned long)&counter), EXIT_KILLED);
	/* Its read-only code page. */
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_CODE), EXIT_KILLED);
	/* Executing its no-exec data page, where NX exists. */
	if (__supported_pte_mask & _PAGE_NX)
		EXPECT_EQ(t, probe(PROBE_CALL, USER_DATA + 8), EXIT_KILLED);
	EXPECT_GE(t, pf_stats.user - user_faults, 4UL);
}

/* A user task touching a kernel vmalloc address is killed; nothing is synced. */
KTEST(user, vmalloc_address_kills_without_sync)
{
	unsigned long syncs = pf_stats.vmalloc_sync;
	unsigned long *p = vmalloc(PAGE_SIZE);

	ASSERT_NOT_NULL(t, p);
	*p = 1;
	EXPECT_EQ(t, probe(PROBE_READ, (unsigned long)p), EXIT_KILLED);
	EXPECT_EQ(t, pf_stats.vmalloc_sync, syncs);
	EXPECT_EQ(t, *p, 1UL); /* the kernel carries on */
	vfree(p);
}

/* ---- the lazy sync from real tasks ---------------------------------- */

static volatile unsigned long *shared_area;
static volatile unsigned long reader_sum;
static volatile bool area_ready;

/* Task B: born before the area exists; waits for it, then reads it twice. */
static void reader(void *arg __unused)
{
	while (!area_ready)
		yield();
	if (!shared_area)
		return; /* the test could not allocate it */
	reader_sum = shared_area[0];
	reader_sum += shared_area[PAGE_SIZE / sizeof(long)];
}

KTEST(lazy_sync, task_b_reads_task_a_area)
{
	struct mm_struct *mm = mm_alloc();
	struct task_struct *b;
	unsigned long syncs, slot;

	ASSERT_NOT_NULL(t, mm);
	area_ready = false;
	shared_area = NULL;
	b = kthread_create_mm(reader, NULL, "reader", mm);
	if (!b) {
		mm_free(mm); /* not taken over */
		ASSERT_NOT_NULL(t, b);
	}
	yield(); /* B runs, in its own PGD, and waits */
	/* In a top-level slot no PGD has yet (PAE: any). */
	slot = fresh_slot(0);
	if (slot)
		shared_area = vmalloc_in_slot(slot, 2 * PAGE_SIZE);
	if (!shared_area) {
		area_ready = true; /* B ends without reading */
		task_wait(b);
		ASSERT_NE(t, slot, 0UL);
		ASSERT_NOT_NULL(t, shared_area);
	}
	shared_area[0] = 40;
	shared_area[PAGE_SIZE / sizeof(long)] = 2;
	/* Our writes left global TLB entries; B must walk its own tables. */
	flush_tlb_kernel_range((unsigned long)shared_area,
			       (unsigned long)shared_area + 2 * PAGE_SIZE);
	syncs = pf_stats.vmalloc_sync;
	nmi_probe_set((const void *)shared_area); /* B reads it anyway */
	area_ready = true;
	task_wait(b);
	nmi_probe_set(NULL);
	EXPECT_EQ(t, reader_sum, 42UL);
	/* B's first read syncs the slot (lazy only); the second finds it. */
	EXPECT_EQ(t, pf_stats.vmalloc_sync - syncs, SYNC_FAULTS(1));
	vfree((void *)shared_area);
}

/*
 * An interrupt in the switch path, after CR3 is loaded with next's PGD
 * and before current changes, reads an area in a slot neither PGD has:
 * the entry must land in the PGD CR3 points at (next's), not current's.
 */
static volatile unsigned long *irq_area;
static volatile unsigned long irq_value;
static volatile u64 next_entry;
static struct task_struct *hook_next;

/* The entry for irq_area in the PGD this task runs on. */
static void record_entry(void *arg __unused)
{
	next_entry = pgd_val(*pgd_offset_pgd(pgd_from_cr3(read_cr3()),
					     (unsigned long)irq_area));
}

static void read_in_interrupt(struct pt_regs *regs __unused)
{
	irq_value = *irq_area;
}

static void switch_hook(struct task_struct *prev __unused,
			struct task_struct *next)
{
	if (next != hook_next)
		return;
	sched_switch_test_hook = NULL;
	__asm__ __volatile__("int %0" ::"i"(TEST_VECTOR) : "memory");
}

KTEST(lazy_sync, interrupt_during_switch)
{
	struct mm_struct *mm = mm_alloc();
	struct task_struct *n;
	unsigned long slot;

	ASSERT_NOT_NULL(t, mm);
	slot = fresh_slot(0);
	ASSERT_NE(t, slot, 0UL);
	irq_area = vmalloc_in_slot(slot, PAGE_SIZE);
	if (!irq_area) {
		mm_free(mm);
		ASSERT_NOT_NULL(t, irq_area);
	}
	n = kthread_create_mm(record_entry, NULL, "next", mm);
	if (!n) {
		mm_free(mm); /* not taken over */
		vfree((void *)irq_area);
		ASSERT_NOT_NULL(t, n);
	}
	*irq_area = 77;
	/* Our write left a global TLB entry: the interrupt must walk CR3's tables. */
	flush_tlb_kernel_range((unsigned long)irq_area,
			       (unsigned long)irq_area + PAGE_SIZE);
	test_vector_handler = read_in_interrupt;
	hook_next = n;
	sched_switch_test_hook = switch_hook;
	task_wait(n);
	test_vector_handler = NULL;
	EXPECT_EQ(t, irq_value, 77UL);
	/* Synced into next's PGD (what CR3 held), as init_mm has it. */
	EXPECT_EQ(t, next_entry,
		  (u64)pgd_val(*pgd_offset_pgd(init_mm.pgd,
					       (unsigned long)irq_area)));
	vfree((void *)irq_area);
}
