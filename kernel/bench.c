// SPDX-License-Identifier: MIT
/*
 * Boot-time benchmarks (bench=NAME on the command line). bench=vmalloc runs
 * the workloads of the vmalloc benchmark spec (docs/benchmarks.md) three
 * times and prints one machine-readable line per figure:
 *
 *   bench: vmalloc <mode> round=R name=NAME iters=N cycles=C [key=value...]
 *   bench: vmalloc <mode> <kind> key=value...   (kind: start tsc rng meta
 *                                                round error done)
 *
 * C is the rdtsc delta around the whole loop: instructions under QEMU's
 * -icount shift=0, host TSC ticks under plain TCG (the tsc line gives the
 * PIT calibration to turn those into time). The kernel never divides by
 * the count (32-bit has no 64-bit division without libgcc): tools/bench
 * does. Nothing is printed inside a timed loop.
 */
#include <asm/io.h>
#include <asm/processor.h>
#include <asm/extable.h>
#include <asm/irq.h>
#include <asm/tlbflush.h>
#include <kernel/bench.h>
#include <kernel/errno.h>
#include <kernel/fault.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/qemu.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/version.h>
#include <kernel/vmalloc.h>

#define BENCH_ROUNDS 3
#define BENCH_MAX_LIVE 100000UL /* the largest live set (fix_size_live) */

/* The workloads' sizes, from the spec. */
#define FIX_SIZE_ITERS 10000
#define RANDOM_SIZE_ITERS 1000
#define BUSY_ITERS 10000
#define BUSY_LIVE 5000
#define FULL_FIT_A 4000
#define FULL_FIT_B 2000
#define TOUCH_ITERS 1000
#define TOUCH_PAGES 64
#define VMAP_ITERS 10000
#define VMAP_PAGES 16

/* xorshift32 self-check (spec): the first eight k and the sum of 1000. */
#define RNG_SEED 2463534242u
static const unsigned int rng_first8[8] = { 16, 7, 1, 83, 10, 83, 75, 62 };
#define RNG_SUM 47632UL

struct bench {
	int round;
	unsigned long failures; /* NULLs from vmalloc/vmap in the workloads */
	void **live;		/* BENCH_MAX_LIVE slots for the live sets */
	unsigned int live_order;
};

/*
 * Finish whatever vmalloc defers before a scenario starts, untimed, so that
 * each one starts clean: the lazily freed ranges are purged. Purges that
 * a scenario's own vfrees trigger are counted in its loop.
 */
static void bench_flush(void)
{
	vm_unmap_aliases();
}

/* ---- output -------------------------------------------------------------- */

static void report(struct bench *b, const char *name, unsigned long iters,
		   u64 cycles, unsigned long failed, const char *extra)
{
	printk("bench: vmalloc %s round=%d name=%s iters=%lu cycles=%llu%s%s\n",
	       KERNEL_MODE, b->round, name, iters, (unsigned long long)cycles,
	       extra ? " " : "", extra ? extra : "");
	if (failed) {
		printk("bench: vmalloc %s error round=%d name=%s failed=%lu\n",
		       KERNEL_MODE, b->round, name, failed);
		b->failures += failed;
	}
}

/* The kmalloc size class (bytes taken) of a size-byte request. */
static unsigned long kmalloc_class(unsigned long size)
{
	unsigned long c = KMALLOC_MIN_SIZE;

	if (size > KMALLOC_MAX_CACHE_SIZE)
		return ALIGN_UP(size, PAGE_SIZE);
	while (c < size)
		c <<= 1;
	return c;
}

/*
 * TSC ticks over 50 ms of PIT channel 2 (mode 0, gated through port 0x61),
 * as Linux's pit_calibrate_tsc does: tools/bench turns plain-TCG ticks
 * into nanoseconds with it. Prints zeros if the PIT never fires.
 */
#define PIT_HZ 1193182
#define PIT_LATCH (PIT_HZ / 20)
static void bench_calibrate_tsc(void)
{
	u8 gate = inb(0x61);
	unsigned long spins = 0;
	bool fired;
	u64 t0, t1;

	outb(0x61, (gate & ~0x02) | 0x01); /* gate on, speaker off */
	outb(0x43, 0xb0); /* channel 2, lobyte/hibyte, mode 0, binary */
	outb(0x42, PIT_LATCH & 0xff);
	outb(0x42, PIT_LATCH >> 8);
	t0 = bench_tsc();
	while (!(fired = inb(0x61) & 0x20) && ++spins < 100000000UL)
		;
	t1 = bench_tsc();
	outb(0x61, gate);
	printk("bench: vmalloc %s tsc cycles=%llu pit_ticks=%lu pit_hz=%lu\n",
	       KERNEL_MODE, fired ? (unsigned long long)(t1 - t0) : 0ULL,
	       fired ? (unsigned long)PIT_LATCH : 0UL, (unsigned long)PIT_HZ);
}

/* ---- live sets (untimed) ------------------------------------------------- */

/*
 * live[0..want) = vmalloc(PAGE_SIZE), stopping early when the vmalloc range
 * or memory runs out; in that case the last 16 are freed again so that the
 * 3-page areas of the timed loop that follows still fit. Returns how many
 * stay live and says why it stopped short in *limit.
 */
static unsigned long live_fill(void **live, unsigned long want,
			       const char **limit)
{
	unsigned long i;

	*limit = "none";
	for (i = 0; i < want; i++) {
		live[i] = vmalloc(PAGE_SIZE);
		if (!live[i])
			break;
	}
	if (i == want)
		return i;
	*limit = vmap_area_free_bytes(&vmap_area_root) < 8 * PAGE_SIZE
			 ? "vmalloc_range"
			 : "memory";
	for (want = min(i, 16UL); want; want--)
		vfree(live[--i]);
	return i;
}

static void live_free(void **live, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++)
		vfree(live[i]);
}

/* ---- the workloads ------------------------------------------------------- */

/* p = vmalloc(3 pages); vfree(p), n times. */
static u64 fix_size_loop(unsigned long n, unsigned long *failed)
{
	unsigned long i, fail = 0;
	u64 t0, t1;

	t0 = bench_tsc();
	for (i = 0; i < n; i++) {
		void *p = vmalloc(3 * PAGE_SIZE);

		fail += !p;
		vfree(p);
	}
	t1 = bench_tsc();
	*failed = fail;
	return t1 - t0;
}

static void bench_fix_size(struct bench *b)
{
	unsigned long failed;
	u64 c;

	bench_flush();
	c = fix_size_loop(FIX_SIZE_ITERS, &failed);
	report(b, "fix_size", FIX_SIZE_ITERS, c, failed, NULL);
}

/* k[i] = 1 + xorshift32 % 100, re-seeded every round, and the self-check. */
static void random_sizes(unsigned char *k, unsigned int n, int round)
{
	unsigned long sum = 0;
	u32 s = RNG_SEED;
	unsigned int i;

	for (i = 0; i < n; i++) {
		s ^= s << 13;
		s ^= s >> 17;
		s ^= s << 5;
		k[i] = (unsigned char)(1 + s % 100);
		sum += k[i];
	}
	printk("bench: vmalloc %s rng round=%d first8=%u,%u,%u,%u,%u,%u,%u,%u sum=%lu\n",
	       KERNEL_MODE, round, k[0], k[1], k[2], k[3], k[4], k[5], k[6],
	       k[7], sum);
	for (i = 0; i < 8; i++)
		if (k[i] != rng_first8[i])
			panic("bench: xorshift32 self-check: k[%u] = %u, expected %u",
			      i, k[i], rng_first8[i]);
	if (sum != RNG_SUM)
		panic("bench: xorshift32 self-check: sum %lu, expected %lu",
		      sum, RNG_SUM);
}

static void bench_random_size(struct bench *b)
{
	static unsigned char k[RANDOM_SIZE_ITERS];
	unsigned long i, fail = 0;
	u64 t0, t1;

	random_sizes(k, RANDOM_SIZE_ITERS, b->round);
	bench_flush();
	t0 = bench_tsc();
	for (i = 0; i < RANDOM_SIZE_ITERS; i++) {
		void *p = vmalloc(k[i] * PAGE_SIZE);

		fail += !p;
		vfree(p);
	}
	t1 = bench_tsc();
	report(b, "random_size", RANDOM_SIZE_ITERS, t1 - t0, fail, NULL);
}

/* p = vmalloc(PAGE_SIZE); vfree(p), n times. */
static u64 one_page_loop(unsigned long n, unsigned long *failed)
{
	unsigned long i, fail = 0;
	u64 t0, t1;

	t0 = bench_tsc();
	for (i = 0; i < n; i++) {
		void *p = vmalloc(PAGE_SIZE);

		fail += !p;
		vfree(p);
	}
	t1 = bench_tsc();
	*failed = fail;
	return t1 - t0;
}

/* Workloads 3-6: base, setup (timed), with 5000 live, teardown (timed). */
static void bench_long_busy_list(struct bench *b)
{
	void **live = b->live;
	unsigned long i, failed;
	u64 t0, t1, c;

	bench_flush();
	c = one_page_loop(BUSY_ITERS, &failed);
	report(b, "long_busy_list_base", BUSY_ITERS, c, failed, NULL);

	bench_flush();
	failed = 0;
	t0 = bench_tsc();
	for (i = 0; i < BUSY_LIVE; i++) {
		live[i] = vmalloc(PAGE_SIZE);
		failed += !live[i];
	}
	t1 = bench_tsc();
	report(b, "long_busy_list_setup", BUSY_LIVE, t1 - t0, failed, NULL);

	bench_flush();
	c = one_page_loop(BUSY_ITERS, &failed);
	report(b, "long_busy_list", BUSY_ITERS, c, failed, NULL);

	bench_flush();
	t0 = bench_tsc();
	for (i = 0; i < BUSY_LIVE; i++)
		vfree(live[i]);
	t1 = bench_tsc();
	report(b, "long_busy_list_teardown", BUSY_LIVE, t1 - t0, 0, NULL);
}

/*
 * 4000 one-page areas, the odd ones freed: 2000 holes of one page plus a
 * guard page. Timed: 2000 one-page allocations, which a lowest-address
 * first fit puts into the holes (in_hole counts those).
 */
static void bench_full_fit(struct bench *b)
{
	void **a = b->live, **bb = b->live + FULL_FIT_A;
	unsigned long i, lo = ~0UL, hi = 0, in_hole = 0, failed = 0;
	char extra[48];
	u64 t0, t1;

	for (i = 0; i < FULL_FIT_A; i++) {
		a[i] = vmalloc(PAGE_SIZE);
		if (!a[i])
			failed++;
		else {
			lo = min(lo, (unsigned long)a[i]);
			hi = max(hi, (unsigned long)a[i]);
		}
	}
	for (i = 1; i < FULL_FIT_A; i += 2) {
		vfree(a[i]);
		a[i] = NULL;
	}
	bench_flush();
	t0 = bench_tsc();
	for (i = 0; i < FULL_FIT_B; i++)
		bb[i] = vmalloc(PAGE_SIZE);
	t1 = bench_tsc();
	for (i = 0; i < FULL_FIT_B; i++) {
		unsigned long p = (unsigned long)bb[i];

		if (!p)
			failed++;
		else if (p >= lo && p <= hi)
			in_hole++;
	}
	snprintf(extra, sizeof(extra), "in_hole=%lu of=%d", in_hole,
		 FULL_FIT_B);
	report(b, "full_fit", FULL_FIT_B, t1 - t0, failed, extra);
	live_free(bb, FULL_FIT_B);
	live_free(a, FULL_FIT_A); /* the odd ones are NULL: no-ops */
}

static void bench_touch(struct bench *b)
{
	unsigned long i, j, fail = 0;
	u64 t0, t1;

	bench_flush();
	t0 = bench_tsc();
	for (i = 0; i < TOUCH_ITERS; i++) {
		volatile u8 *p = vmalloc(TOUCH_PAGES * PAGE_SIZE);

		if (p)
			for (j = 0; j < TOUCH_PAGES; j++)
				p[j * PAGE_SIZE] = (u8)j;
		else
			fail++;
		vfree((const void *)p);
	}
	t1 = bench_tsc();
	report(b, "touch", TOUCH_ITERS, t1 - t0, fail, NULL);
}

static void bench_vmap(struct bench *b)
{
	struct page *pages[VMAP_PAGES];
	unsigned long i, fail = 0;
	u64 t0, t1;

	for (i = 0; i < VMAP_PAGES; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			while (i--)
				__free_page(pages[i]);
			report(b, "vmap", 0, 0, 1, "no_pages=1");
			return;
		}
	}
	bench_flush();
	t0 = bench_tsc();
	for (i = 0; i < VMAP_ITERS; i++) {
		void *v = vmap(pages, VMAP_PAGES, VM_MAP, PAGE_KERNEL);

		fail += !v;
		vunmap(v);
	}
	t1 = bench_tsc();
	report(b, "vmap", VMAP_ITERS, t1 - t0, fail, NULL);
	for (i = 0; i < VMAP_PAGES; i++)
		__free_page(pages[i]);
}

/*
 * Metadata of a live set, measured around an untimed fill with kmalloc's
 * empty pages given back first: kmalloc pages and page-table pages added.
 */
struct meta {
	unsigned long kmem, tables;
};

static void meta_begin(struct meta *m)
{
	kmem_shrink();
	m->kmem = kmem_pages();
	m->tables = nr_pgtable_pages;
}

static void meta_end(struct bench *b, struct meta *m, unsigned long live)
{
	unsigned long kmem = (kmem_pages() - m->kmem) * PAGE_SIZE;
	unsigned long tables = (nr_pgtable_pages - m->tables) * PAGE_SIZE;

	if (!live)
		return;
	printk("bench: vmalloc %s meta round=%d live=%lu kmem_bytes=%lu pgtable_bytes=%lu per_area=%lu\n",
	       KERNEL_MODE, b->round, live, kmem, tables,
	       (kmem + tables + live / 2) / live);
}

/* fix_size with n one-page areas live (set up and torn down untimed). */
static void bench_fix_size_live(struct bench *b, unsigned long n)
{
	const char *limit;
	unsigned long live, failed;
	struct meta m;
	char extra[80];
	u64 c;

	meta_begin(&m);
	live = live_fill(b->live, n, &limit);
	if (n > 1) /* one area's share of a slab page means nothing */
		meta_end(b, &m, live);
	bench_flush();
	c = fix_size_loop(FIX_SIZE_ITERS, &failed);
	snprintf(extra, sizeof(extra), "live=%lu wanted=%lu limit=%s", live, n,
		 limit);
	report(b, "fix_size_live", FIX_SIZE_ITERS, c, failed, extra);
	live_free(b->live, live);
}

/* The metadata of the 5000 live areas of long_busy_list_setup, untimed. */
static void bench_meta(struct bench *b)
{
	const char *limit;
	unsigned long live;
	struct meta m;

	meta_begin(&m);
	live = live_fill(b->live, BUSY_LIVE, &limit);
	meta_end(b, &m, live);
	live_free(b->live, live);
}

static void bench_round(struct bench *b)
{
	bench_fix_size(b);
	bench_random_size(b);
	bench_long_busy_list(b);
	bench_full_fit(b);
	bench_touch(b);
	bench_vmap(b);
	/* Extras beyond Linux's list. */
	bench_fix_size_live(b, 1);
	bench_fix_size_live(b, 10000);
	bench_fix_size_live(b, BENCH_MAX_LIVE);
	bench_meta(b);
	printk("bench: vmalloc %s round round=%d areas=%lu free_pages=%lu kmem_pages=%lu pgtable_pages=%lu\n",
	       KERNEL_MODE, b->round, vmalloc_stats.areas, nr_free_pages(),
	       kmem_pages(), nr_pgtable_pages);
}

static unsigned long bench_vmalloc(void)
{
	struct bench b = { 0 };
	unsigned long bytes = BENCH_MAX_LIVE * sizeof(void *);

	while ((PAGE_SIZE << b.live_order) < bytes)
		b.live_order++;
	b.live = (void **)__get_free_pages(GFP_KERNEL, b.live_order);
	if (!b.live) {
		printk("bench: vmalloc %s error no memory for %lu live slots\n",
		       KERNEL_MODE, BENCH_MAX_LIVE);
		return 1;
	}
	printk("bench: vmalloc %s start rounds=%d areas=%lu free_pages=%lu vmalloc_bytes=%lu\n",
	       KERNEL_MODE, BENCH_ROUNDS, vmalloc_stats.areas, nr_free_pages(),
	       (unsigned long)(VMALLOC_END - VMALLOC_START));
	/* A one-page area's page array shares the vm_struct's allocation. */
	printk("bench: vmalloc %s meta sizeof_vm_struct=%lu vm_struct_class=%lu page_array_class=0\n",
	       KERNEL_MODE, (unsigned long)sizeof(struct vm_struct),
	       kmalloc_class(sizeof(struct vm_struct) + sizeof(struct page *)));
	bench_calibrate_tsc();
	for (b.round = 1; b.round <= BENCH_ROUNDS; b.round++)
		bench_round(&b);
	free_pages((unsigned long)b.live, b.live_order);
	printk("bench: vmalloc %s done rounds=%d failures=%lu\n", KERNEL_MODE,
	       BENCH_ROUNDS, b.failures);
	return b.failures;
}

/* ---- bench=sync: the kpgd_sync strategies (docs/sync-strategies.md) ------ */

/*
 * One line per figure, as for vmalloc:
 *
 *   bench: sync <mode> name=NAME iters=N cycles=C [key=value...]
 *   bench: sync <mode> <kind> key=value...   (kind: start mem error done)
 *
 * The figures: pgd_alloc_free (mm_alloc + mm_free); vmalloc_new_slot (one
 * page in a top-level slot no PGD has yet, procs=N processes alive, only
 * the allocation timed) and vmalloc_old_slot (the same slots again, their
 * tables now there); first_touch (a process born before the allocation
 * reads it: lazy takes the sync fault here) and synced_touch (the same
 * reads again); bare_pf (probe_read_ulong(NULL): a #PF fixed by the
 * exception table, nothing else).
 */
#define SYNC_PGD_ITERS 1000
#define SYNC_SLOTS 8	  /* fresh slots per process count */
#define SYNC_TOUCH_MMS 64 /* processes that touch the new slots */
#define SYNC_BARE_ITERS 1000
static const unsigned long sync_procs[] = { 1, 16, 64, 256, 1024 };
#define SYNC_MAX_PROCS 1024

struct sync_bench {
	struct mm_struct **mm;
	unsigned long nr_mm, failures;
	unsigned int slots_used;
};

static void sync_error(struct sync_bench *sb, const char *what)
{
	printk("bench: sync %s error what=%s\n", KERNEL_MODE, what);
	sb->failures++;
}

/* The start of the n-th top-level slot no PGD has (see tests/kernel/vm_slots.h). */
static unsigned long sync_slot_size(void)
{
	return PGTABLE_TOP_TABLES_PINNED ? PMD_SIZE : PGDIR_SIZE;
}

static unsigned long sync_fresh_slot(unsigned int n)
{
	unsigned long size = sync_slot_size();
	unsigned long a = ALIGN_UP(VMALLOC_START, size);

	for (; a && a + size <= VMALLOC_END; a += size) {
		bool empty =
			PGTABLE_TOP_TABLES_PINNED ||
					kpgd_sync == KPGD_SYNC_PREALLOC
				? !vmalloc_area_containing(a) &&
					  !vmalloc_area_containing(a + size - 1)
				: !pgd_val(*pgd_offset_pgd(init_mm.pgd, a));

		if (empty && !vmap_area_find_containing(&vmap_area_root, a) &&
		    n-- == 0)
			return a;
	}
	return 0;
}

/*
 * want slots never used before. Under lazy and eager a used slot keeps its
 * top-level entry, so sync_fresh_slot skips it; under prealloc (and PAE)
 * every slot without areas counts as fresh, so skip the ones this
 * benchmark used: their lower tables stay too.
 */
static unsigned long sync_fresh_slots(struct sync_bench *sb,
				      unsigned long *slot, unsigned int want)
{
	unsigned int i, base = 0;

	if (PGTABLE_TOP_TABLES_PINNED || kpgd_sync == KPGD_SYNC_PREALLOC)
		base = sb->slots_used;
	for (i = 0; i < want; i++) {
		slot[i] = sync_fresh_slot(base + i);
		if (!slot[i])
			break;
	}
	sb->slots_used += i;
	return i;
}

static void *sync_vmalloc_in(unsigned long slot)
{
	return __vmalloc_node_range(PAGE_SIZE, PAGE_SIZE, slot,
				    slot + sync_slot_size(), GFP_KERNEL,
				    PAGE_KERNEL, 0, 0, NULL);
}

static void bench_sync_pgd(struct sync_bench *sb)
{
	unsigned long i, fail = 0;
	u64 t0, t1;

	t0 = bench_tsc();
	for (i = 0; i < SYNC_PGD_ITERS; i++) {
		struct mm_struct *mm = mm_alloc();

		if (mm)
			mm_free(mm);
		else
			fail++;
	}
	t1 = bench_tsc();
	printk("bench: sync %s name=pgd_alloc_free iters=%d cycles=%llu\n",
	       KERNEL_MODE, SYNC_PGD_ITERS, (unsigned long long)(t1 - t0));
	if (fail)
		sync_error(sb, "mm_alloc");
}

/* vmalloc of one page into each of SYNC_SLOTS fresh slots, procs alive. */
static void bench_sync_vmalloc(struct sync_bench *sb, unsigned long procs)
{
	unsigned long slot[SYNC_SLOTS];
	void *p[SYNC_SLOTS];
	unsigned long n, i, fail = 0, copies, tables, free0;
	u64 t0, t1, c_new, c_old;

	while (sb->nr_mm < procs) {
		sb->mm[sb->nr_mm] = mm_alloc();
		if (!sb->mm[sb->nr_mm]) {
			sync_error(sb, "mm_alloc");
			return;
		}
		sb->nr_mm++;
	}
	n = sync_fresh_slots(sb, slot, SYNC_SLOTS);
	copies = kpgd_eager_copies;
	tables = nr_pgtable_pages;
	free0 = nr_free_pages();
	t0 = bench_tsc();
	for (i = 0; i < n; i++)
		p[i] = sync_vmalloc_in(slot[i]);
	t1 = bench_tsc();
	c_new = t1 - t0;
	copies = kpgd_eager_copies - copies;
	tables = nr_pgtable_pages - tables;
	free0 -= nr_free_pages();
	for (i = 0; i < n; i++) {
		fail += !p[i];
		vfree(p[i]);
	}
	/* Again in the same slots: their tables stay (lazy, eager). */
	t0 = bench_tsc();
	for (i = 0; i < n; i++)
		p[i] = sync_vmalloc_in(slot[i]);
	t1 = bench_tsc();
	c_old = t1 - t0;
	for (i = 0; i < n; i++) {
		fail += !p[i];
		vfree(p[i]);
	}
	printk("bench: sync %s name=vmalloc_new_slot procs=%lu iters=%lu cycles=%llu wanted=%d eager_copies=%lu pgtable_pages=%lu pages_taken=%lu\n",
	       KERNEL_MODE, procs, n, (unsigned long long)c_new, SYNC_SLOTS,
	       copies, tables, free0);
	printk("bench: sync %s name=vmalloc_old_slot procs=%lu iters=%lu cycles=%llu\n",
	       KERNEL_MODE, procs, n, (unsigned long long)c_old);
	if (fail)
		sync_error(sb, "vmalloc");
}

static unsigned long sync_read(void **p, unsigned long n)
{
	unsigned long i, sum = 0;

	for (i = 0; i < n; i++)
		sum += *(volatile unsigned long *)p[i];
	return sum;
}

/*
 * SYNC_TOUCH_MMS processes, born before the allocation, each read one word
 * of SYNC_SLOTS areas in fresh slots: lazy takes one sync fault per
 * (process, slot). Then the same reads again, all entries there.
 */
static void bench_sync_touch(struct sync_bench *sb)
{
	unsigned long slot[SYNC_SLOTS];
	void *p[SYNC_SLOTS];
	unsigned long n, i, m,
		nm = min(sb->nr_mm, (unsigned long)SYNC_TOUCH_MMS);
	unsigned long faults, sum = 0, want = 0;
	u64 t0, t1, c[2] = { 0, 0 };
	int pass;

	n = sync_fresh_slots(sb, slot, SYNC_SLOTS);
	for (i = 0; i < n; i++) {
		p[i] = sync_vmalloc_in(slot[i]);
		if (!p[i]) {
			sync_error(sb, "vmalloc");
			n = i;
			break;
		}
		*(unsigned long *)p[i] = i + 1;
		want += i + 1;
	}
	for (pass = 0; pass < 2; pass++) {
		faults = pf_stats.vmalloc_sync;
		for (m = 0; m < nm; m++) {
			/* Global TLB entries outlive the CR3 switch: drop them. */
			for (i = 0; i < n; i++)
				__flush_tlb_one_kernel((unsigned long)p[i]);
			switch_mm(sb->mm[m]);
			t0 = bench_tsc();
			sum = sync_read(p, n);
			t1 = bench_tsc();
			switch_mm(&init_mm);
			c[pass] += t1 - t0;
			if (sum != want)
				sync_error(sb, "touch_sum");
		}
		faults = pf_stats.vmalloc_sync - faults;
		printk("bench: sync %s name=%s procs=%lu iters=%lu cycles=%llu faults=%lu\n",
		       KERNEL_MODE, pass ? "synced_touch" : "first_touch", nm,
		       nm * n, (unsigned long long)c[pass], faults);
	}
	for (i = 0; i < n; i++)
		vfree(p[i]);
}

static void bench_sync_bare_pf(struct sync_bench *sb)
{
	unsigned long i, v, fixed = 0;
	u64 t0, t1;

	t0 = bench_tsc();
	for (i = 0; i < SYNC_BARE_ITERS; i++)
		fixed += !probe_read_ulong(NULL, &v);
	t1 = bench_tsc();
	printk("bench: sync %s name=bare_pf iters=%d cycles=%llu fixed=%lu\n",
	       KERNEL_MODE, SYNC_BARE_ITERS, (unsigned long long)(t1 - t0),
	       fixed);
	if (fixed != SYNC_BARE_ITERS)
		sync_error(sb, "bare_pf");
}

static unsigned long bench_sync(void)
{
	static const char *const names[] = { "lazy", "eager", "prealloc" };
	struct sync_bench sb = { 0 };
	unsigned long i, flags, tables0, free0, slots;
	unsigned int order = 0;

	local_irq_save(flags);
	while ((PAGE_SIZE << order) < SYNC_MAX_PROCS * sizeof(void *))
		order++;
	sb.mm = (struct mm_struct **)__get_free_pages(GFP_KERNEL, order);
	for (slots = 0; sync_fresh_slot(slots); slots++)
		;
	tables0 = nr_pgtable_pages;
	free0 = nr_free_pages();
	printk("bench: sync %s start strategy=%s pinned=%d slot_bytes=%lu fresh_slots=%lu prealloc_pages=%lu pgtable_pages=%lu free_pages=%lu\n",
	       KERNEL_MODE, names[kpgd_sync], PGTABLE_TOP_TABLES_PINNED ? 1 : 0,
	       sync_slot_size(), slots, kpgd_prealloc_pages, tables0, free0);
	if (!sb.mm) {
		sync_error(&sb, "no_memory");
		goto out;
	}
	bench_sync_pgd(&sb);
	for (i = 0; i < ARRAY_SIZE(sync_procs); i++)
		bench_sync_vmalloc(&sb, sync_procs[i]);
	bench_sync_touch(&sb);
	bench_sync_bare_pf(&sb);
	printk("bench: sync %s mem prealloc_pages=%lu pgtable_pages_start=%lu pgtable_pages_end=%lu added=%lu procs=%lu eager_copies=%lu sync_faults=%lu\n",
	       KERNEL_MODE, kpgd_prealloc_pages, tables0, nr_pgtable_pages,
	       nr_pgtable_pages - tables0, sb.nr_mm, kpgd_eager_copies,
	       pf_stats.vmalloc_sync);
	for (i = 0; i < sb.nr_mm; i++)
		mm_free(sb.mm[i]);
	free_pages((unsigned long)sb.mm, order);
out:
	local_irq_restore(flags);
	printk("bench: sync %s done failures=%lu\n", KERNEL_MODE, sb.failures);
	return sb.failures;
}

long bench_run_one(const char *what)
{
	if (!strcmp(what, "vmalloc"))
		return (long)bench_vmalloc();
	if (!strcmp(what, "sync"))
		return (long)bench_sync();
	if (!strcmp(what, "smp"))
		return (long)bench_smp();
	printk("bench: unknown benchmark '%s' (known: vmalloc, sync, smp)\n",
	       what);
	return -EINVAL;
}

__noreturn void bench_run(const char *what)
{
	qemu_exit(bench_run_one(what) ? QEMU_EXIT_FAIL : QEMU_EXIT_PASS);
	halt_forever();
}
