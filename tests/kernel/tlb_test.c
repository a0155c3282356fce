// SPDX-License-Identifier: MIT
/*
 * TLB shootdown: a CPU that cached a kernel translation must not use it
 * after another CPU unmapped the range, whether it was busy (it gets the
 * IPI) or idle (it flushes before it runs anything else). The same
 * virtual page is mapped to page A, read on CPU 1, then mapped to page B;
 * CPU 1 must read B's value. tlb_test_no_shootdown shows the failure.
 */
#include <asm/processor.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/ktest.h>
#include <kernel/page_alloc.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <kernel/vmalloc.h>

enum { READER_START, READER_CACHED, REMAPPED, READER_DONE };

static volatile unsigned long *volatile reader_addr;
static volatile int phase;
static volatile unsigned long reader_saw;
static bool reader_sleeps;

/* On CPU 1: read the word (caching its translation), wait, read again. */
static void reader(void *arg __unused)
{
	reader_saw = *reader_addr;
	WRITE_ONCE(phase, READER_CACHED);
	if (reader_sleeps) {
		/* CPU 1 idles (lazy) meanwhile; the remap comes in this sleep. */
		sleep_ticks(HZ / 5);
	} else {
		/* Busy (no IPI skipped), not touching it while unmapped. */
		while (READ_ONCE(phase) != REMAPPED)
			cpu_relax();
	}
	reader_saw = *reader_addr;
	WRITE_ONCE(phase, READER_DONE);
}

static void wait_phase(int want)
{
	unsigned long start = jiffies;

	while (READ_ONCE(phase) != want && jiffies - start < 5 * HZ)
		cpu_relax();
}

/* The same address, page a then page b, read from CPU 1 across the change. */
static void remap_under_reader(struct ktest *t, bool sleeps)
{
	struct page *a = alloc_page(GFP_KERNEL), *b = alloc_page(GFP_KERNEL);
	struct task_struct *task;
	void *va, *vb;

	if (num_online_cpus() < 2) {
		ktest_skip(t, "one CPU (QEMU: -smp 2)");
		goto out;
	}
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	*(unsigned long *)page_address(a) = 0xaaaa;
	*(unsigned long *)page_address(b) = 0xbbbb;
	va = vmap(&a, 1, 0, PAGE_KERNEL);
	ASSERT_NOT_NULL(t, va);
	reader_addr = va;
	reader_sleeps = sleeps;
	phase = READER_START;
	task = kthread_create_on_cpu(reader, NULL, "reader", 1);
	ASSERT_NOT_NULL(t, task);
	local_irq_enable();
	wait_phase(READER_CACHED);
	EXPECT_EQ(t, reader_saw, 0xaaaaUL);
	if (sleeps) { /* remap while CPU 1 idles: no IPI, a flush owed */
		unsigned long start = jiffies;

		while (!tlb_cpu_lazy(1) && jiffies - start < HZ / 10)
			cpu_relax();
		EXPECT_TRUE(t, tlb_cpu_lazy(1));
	}
	vunmap(va);
	vb = vmap(&b, 1, 0, PAGE_KERNEL);
	EXPECT_TRUE(t, vb == va); /* the freed range, first fit */
	WRITE_ONCE(phase, REMAPPED);
	wait_phase(READER_DONE);
	EXPECT_EQ(t, phase, READER_DONE);
	EXPECT_EQ(t, reader_saw, 0xbbbbUL); /* 0xaaaa: a stale translation */
	task_wait(task);
	local_irq_disable();
	vunmap(vb);
out:
	if (a)
		__free_page(a);
	if (b)
		__free_page(b);
}

KTEST(tlb, shootdown_reaches_busy_cpu)
{
	unsigned long sent = tlb_flush_stats.shootdowns;

	remap_under_reader(t, false);
	if (!t->skipped)
		EXPECT_GT(t, tlb_flush_stats.shootdowns, sent);
}

KTEST(tlb, idle_cpu_flushes_before_it_runs)
{
	remap_under_reader(t, true);
}
