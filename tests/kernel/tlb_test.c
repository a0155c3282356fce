// SPDX-License-Identifier: MIT
/*
 * TLB shootdown: a CPU that cached a kernel translation must not use it
 * after another CPU unmapped the range and it was handed out again,
 * whether the CPU was busy (it gets the IPI) or idle (it flushes before it
 * runs anything else). The same virtual page is mapped to page A, read on
 * CPU 1, then mapped to page B; CPU 1 must read B's value. vunmap and
 * vfree are lazy, so the range comes back only through the purge: asked
 * for (vm_unmap_aliases), or forced by an allocation that finds no other
 * room. tlb_test_no_shootdown shows the failure.
 */
#include <asm/processor.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/highmem.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
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
	vm_unmap_aliases(); /* no vfreed range below va comes back later */
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
	vm_unmap_aliases(); /* the purge: one flush, the range back */
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

static struct page *grab_page(struct page *want, struct page **extra,
			      unsigned int n)
{
	struct page *got = NULL;

	for (unsigned int i = 0; i < n && got != want; i++) {
		got = alloc_page(GFP_HIGHUSER);
		extra[i] = got != want ? got : NULL;
	}
	return got == want ? got : NULL;
}

/*
 * vfree leaves the range reserved and the TLBs alone; an allocation that
 * finds no other room purges, and only then gets the range. Old page A is
 * kept (grabbed back from the allocator) so that a stale translation on
 * CPU 1 would read A's value, not the new page's.
 */
KTEST(tlb, range_reused_only_after_purge)
{
	unsigned long purges = vmalloc_stats.purges, *k;
	struct page *a, *extra[8] = { NULL };
	volatile unsigned long *p, *q;
	struct task_struct *task = NULL;
	unsigned long start;

	p = vmalloc(PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	start = (unsigned long)p;
	*p = 0xaaaa;
	a = vmalloc_to_page((void *)p);
	reader_addr = p;
	reader_sleeps = false;
	phase = READER_START;
	local_irq_enable();
	if (num_online_cpus() >= 2) {
		task = kthread_create_on_cpu(reader, NULL, "reader", 1);
		EXPECT_NOT_NULL(t, task);
		wait_phase(READER_CACHED);
		EXPECT_EQ(t, reader_saw, 0xaaaaUL);
	}
	vfree((void *)p);
	EXPECT_NULL(t, find_vm_area((void *)p)); /* gone, range still held */
	a = grab_page(a, extra, ARRAY_SIZE(extra));
	if (a) { /* A keeps its old value, as a stale translation would see it */
		k = kmap_local_page(a);
		*k = 0xaaaa;
		kunmap_local(k);
	}
	/* Only [start, start + 2 pages): the vfreed range, after a purge. */
	q = __vmalloc_node_range(PAGE_SIZE, PAGE_SIZE, start,
				 start + 2 * PAGE_SIZE, GFP_HIGHUSER,
				 PAGE_KERNEL, 0, 0, NULL);
	EXPECT_PTR_EQ(t, (void *)q, (void *)p);
	EXPECT_EQ(t, vmalloc_stats.purges, purges + 1);
	if (q) {
		EXPECT_TRUE(t, vmalloc_to_page((void *)q) != a);
		*q = 0xbbbb;
	}
	WRITE_ONCE(phase, REMAPPED);
	if (task) {
		wait_phase(READER_DONE);
		EXPECT_EQ(t, phase, READER_DONE);
		/* 0xaaaa: CPU 1 used a translation the purge should have flushed */
		EXPECT_EQ(t, reader_saw, 0xbbbbUL);
		task_wait(task);
	} else {
		ktest_log(t, "one CPU: the purge checked, not a stale reader");
	}
	local_irq_disable();
	vfree((void *)q);
	for (unsigned int i = 0; i < ARRAY_SIZE(extra); i++)
		if (extra[i])
			__free_page(extra[i]);
	if (a)
		__free_page(a);
	else
		ktest_log(t,
			  "old page not grabbed back: a stale read would pass");
}

/*
 * vfree purges by itself once the lazily freed ranges pass
 * lazy_max_pages(), with one shootdown for them all; until then none.
 */
KTEST(tlb, purge_after_lazy_max_pages)
{
	struct page *page = alloc_page(GFP_KERNEL);
	unsigned long purges, pairs = 0, limit = lazy_max_pages();
	struct tlb_flush_counts before;

	ASSERT_NOT_NULL(t, page);
	vm_unmap_aliases();
	purges = vmalloc_stats.purges;
	before = tlb_flush_stats;
	/* One page and its guard: two pages of range per pair. */
	while (vmalloc_stats.purges == purges && pairs <= limit) {
		void *v = vmap(&page, 1, 0, PAGE_KERNEL);

		if (!v)
			break;
		vunmap(v);
		pairs++;
		if (vmalloc_stats.purges == purges)
			EXPECT_EQ(t, vmalloc_stats.lazy_pages, 2 * pairs);
	}
	EXPECT_EQ(t, vmalloc_stats.purges, purges + 1);
	EXPECT_EQ(t, pairs, limit / 2 + 1); /* the first past the limit */
	EXPECT_EQ(t, vmalloc_stats.lazy_pages, 0UL);
	EXPECT_EQ(t, vmalloc_stats.lazy_areas, 0UL);
	EXPECT_LE(t, tlb_flush_stats.shootdowns - before.shootdowns, 1UL);
	EXPECT_LE(t, tlb_flush_stats.ipis - before.ipis,
		  (unsigned long)num_online_cpus() - 1);
	ktest_log(t, "%lu vunmaps, 1 purge, %lu IPIs", pairs,
		  tlb_flush_stats.ipis - before.ipis);
	__free_page(page);
}

/* ---- user ranges: flush_tlb_mm_range and the mm's CPU mask ---------------- */

#define MM_TEST_ADDR 0x00a00000UL /* user half, unused by the test mm */

static volatile bool mm_reader_sleeps, borrower_ready;

/* On CPU 1, on the test mm: read, wait for the remap (busy or asleep), read. */
static void mm_reader(void *arg __unused)
{
	volatile unsigned long *u = (volatile unsigned long *)MM_TEST_ADDR;

	reader_saw = *u;
	WRITE_ONCE(phase, READER_CACHED);
	/* Hold CPU 1 until the borrower is runnable: not the idle task next. */
	while (mm_reader_sleeps && !READ_ONCE(borrower_ready))
		cpu_relax();
	while (READ_ONCE(phase) != REMAPPED) {
		if (mm_reader_sleeps)
			sleep_ticks(1); /* CPU 1 runs the borrower meanwhile */
		else
			cpu_relax();
	}
	reader_saw = *u;
	WRITE_ONCE(phase, READER_DONE);
}

/* Busy on its CPU until the reader is done, on whatever mm it found there. */
static void spinner(void *arg __unused)
{
	while (READ_ONCE(phase) != READER_DONE)
		cpu_relax();
}

static struct task_struct *running_on(unsigned int cpu)
{
	struct percpu_area *area = READ_ONCE(per_cpu_area[cpu]);

	return area ? READ_ONCE(area->current_task) : NULL;
}

/*
 * A user page of mm is read on CPU 1, remapped from page A to page B on
 * CPU 0, and read again on CPU 1: with mm loaded for its task there, or
 * borrowed by a kernel thread while the task sleeps (lazy TLB). The flush
 * must reach CPU 1 either way, and not CPU 2, busy on another mm.
 */
static void mm_remap_under_reader(struct ktest *t, bool borrowed)
{
	/* Kernel-only and not global: SMAP does not apply, CR3 loads drop it. */
	const pgprot_t prot = __pgprot(_PAGE_PRESENT | _PAGE_RW |
				       _PAGE_ACCESSED | _PAGE_DIRTY);
	struct page *a = alloc_page(GFP_KERNEL), *b = alloc_page(GFP_KERNEL);
	struct task_struct *task = NULL, *borrower = NULL, *other = NULL;
	struct mm_struct *mm = mm_alloc();
	struct tlb_flush_counts before;
	unsigned long start;

	if (num_online_cpus() < 2) {
		ktest_skip(t, "one CPU (QEMU: -smp 2)");
		goto out;
	}
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	ASSERT_NOT_NULL(t, mm);
	*(unsigned long *)page_address(a) = 0xaaaa;
	*(unsigned long *)page_address(b) = 0xbbbb;
	ASSERT_EQ(t, pgtable_map_pages(mm->pgd, MM_TEST_ADDR, &a, 1, prot), 0);
	mmgrab(mm); /* ours, past the task's */
	phase = READER_START;
	mm_reader_sleeps = borrowed;
	borrower_ready = false;
	task = task_create(mm_reader, NULL, "mmreader", mm);
	ASSERT_NOT_NULL(t, task);
	task->cpus_allowed = 1UL << 1;
	wake_up_new_task(task);
	local_irq_enable();
	if (num_online_cpus() >= 3)
		other = kthread_create_on_cpu(spinner, NULL, "other", 2);
	wait_phase(READER_CACHED);
	EXPECT_EQ(t, reader_saw, 0xaaaaUL);
	if (borrowed) {
		borrower = kthread_create_on_cpu(spinner, NULL, "borrower", 1);
		EXPECT_NOT_NULL(t, borrower);
		WRITE_ONCE(borrower_ready, true);
		for (start = jiffies;
		     running_on(1) != borrower && jiffies - start < HZ;)
			cpu_relax();
		EXPECT_PTR_EQ(t, running_on(1), borrower);
		EXPECT_PTR_EQ(t, cpu_loaded_mm[1],
			      mm); /* borrowed, not reloaded */
	}
	EXPECT_TRUE(t, mm->cpu_bitmap & (1UL << 1));
	EXPECT_FALSE(t, mm->cpu_bitmap & (1UL << 0));
	if (other)
		EXPECT_FALSE(t, mm->cpu_bitmap & (1UL << 2));
	before = tlb_flush_stats;
	spin_lock(&mm->page_table_lock);
	pgtable_clear_range(mm->pgd, MM_TEST_ADDR, MM_TEST_ADDR + PAGE_SIZE);
	EXPECT_EQ(t, pgtable_map_pages(mm->pgd, MM_TEST_ADDR, &b, 1, prot), 0);
	spin_unlock(&mm->page_table_lock);
	flush_tlb_mm_range(mm, MM_TEST_ADDR, MM_TEST_ADDR + PAGE_SIZE);
	/* CPU 1 only: not CPU 2 (busy elsewhere), not the idle ones. */
	if (!tlb_test_no_shootdown)
		EXPECT_EQ(t, tlb_flush_stats.ipis - before.ipis, 1UL);
	WRITE_ONCE(phase, REMAPPED);
	wait_phase(READER_DONE);
	EXPECT_EQ(t, phase, READER_DONE);
	EXPECT_EQ(t, reader_saw, 0xbbbbUL); /* 0xaaaa: a stale translation */
	task_wait(task);
	if (borrower)
		task_wait(borrower);
	if (other)
		task_wait(other);
	local_irq_disable();
	mmdrop(mm); /* frees it, and page B with its tables */
	mm = NULL;
	b = NULL;
out:
	if (mm)
		mm_free(mm);
	if (a)
		__free_page(a);
	if (b)
		__free_page(b);
}

KTEST(tlb, mm_flush_reaches_cpu_running_the_mm)
{
	mm_remap_under_reader(t, false);
}

KTEST(tlb, mm_flush_reaches_cpu_borrowing_the_mm)
{
	mm_remap_under_reader(t, true);
}
