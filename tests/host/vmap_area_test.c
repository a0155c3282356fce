// SPDX-License-Identifier: MIT
/*
 * Host tests of mm/vmap_area.c: the virtual-range allocator under vmalloc.
 * Fixed scenarios (merge in every neighbour configuration, alignment,
 * restricted ranges, exhaustion, the top of the address space), then long
 * random sequences checked after every operation against the reference
 * model in vmap_area_model.h, and a micro-benchmark that only prints.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/vmap_area.h>

#include "vmap_area_model.h"

#define PAGE 4096UL
#define BITS_PER_LONG (8 * (int)sizeof(long))

/* ---- fixture: a root, its model and a pool of nodes -------------------- */

struct fixture {
	struct vmap_area_root root;
	struct model m;
	struct vmap_area *pool; /* the nodes */
	size_t *spare;		/* indices of the unused ones, a stack */
	size_t nr_pool, nr_spare;
};

static struct fixture fx;
static unsigned int fx_past_budget; /* allocs with >= budget misaligned gaps */
static unsigned int fx_merges;	    /* that succeeded */

static void fx_init(struct ktest *t, unsigned long start, unsigned long end,
		    size_t nr_pool)
{
	model_destroy(&fx.m);
	free(fx.pool);
	free(fx.spare);
	fx.pool = calloc(nr_pool, sizeof(*fx.pool));
	fx.spare = calloc(nr_pool, sizeof(*fx.spare));
	ASSERT_NOT_NULL(t, fx.pool);
	ASSERT_NOT_NULL(t, fx.spare);
	fx.nr_pool = fx.nr_spare = nr_pool;
	for (size_t i = 0; i < nr_pool; i++)
		fx.spare[i] = nr_pool - 1 - i; /* pool[0] first */
	ASSERT_EQ(t, vmap_area_init(&fx.root, start, end), 0);
	model_init(&fx.m, start, end);
}

static struct vmap_area *fx_node(struct ktest *t)
{
	ASSERT_GT(t, fx.nr_spare, 0UL); /* node pool exhausted */
	return &fx.pool[fx.spare[--fx.nr_spare]];
}

static void fx_put(struct vmap_area *va)
{
	fx.spare[fx.nr_spare++] = (size_t)(va - fx.pool);
}

/* Whole-state check: the invariant checker and equality with the model. */
static void fx_verify(struct ktest *t)
{
	const char *diff = model_compare(&fx.m, &fx.root);

	ASSERT_EQ(t, vmap_area_check(&fx.root), 0);
	if (diff)
		ktest_log(t, "model: %s", diff);
	ASSERT_NULL(t, diff);
}

/*
 * vmap_area_alloc checked against the model's first fit: the same address
 * (or, after too many misaligned candidates, any valid one), the same
 * verdict, and nothing changed on failure. Returns the area or NULL.
 */
static struct vmap_area *fx_alloc(struct ktest *t, unsigned long size,
				  unsigned long align, unsigned long vstart,
				  unsigned long vend)
{
	unsigned long busy = fx.root.nr_busy, nfree = fx.root.nr_free;
	unsigned long addr = 0;
	unsigned int misses;
	bool fits = model_first_fit(&fx.m, size, align, vstart, vend, &addr,
				    &misses);
	struct vmap_area *va = fx_node(t);
	int ret = vmap_area_alloc(&fx.root, va, size, align, vstart, vend);

	if (!fits) {
		if (ret != -ENOMEM)
			ktest_log(t, "alloc(%#lx, %#lx, [%#lx, %#lx)) = %d",
				  size, align, vstart, vend, ret);
		ASSERT_EQ(t, ret, -ENOMEM);
		ASSERT_EQ(t, fx.root.nr_busy, busy);
		ASSERT_EQ(t, fx.root.nr_free, nfree);
		fx_put(va);
		return NULL;
	}
	if (ret || (misses < MODEL_SEARCH_BUDGET && va->va_start != addr)) {
		ktest_log(t, "alloc(%#lx, %#lx, [%#lx, %#lx)) = %d at %#lx",
			  size, align, vstart, vend, ret, va->va_start);
		ktest_log(t, "model: %#lx after %u misaligned gaps", addr,
			  misses);
	}
	ASSERT_EQ(t, ret, 0);
	if (misses < MODEL_SEARCH_BUDGET)
		ASSERT_EQ(t, va->va_start, addr);
	else
		fx_past_budget++;
	/* Always: a valid fit. */
	ASSERT_GE(t, va->va_start, addr);
	ASSERT_EQ(t, va->va_end - va->va_start, size);
	ASSERT_TRUE(t, IS_ALIGNED(va->va_start, align));
	ASSERT_GE(t, va->va_start, vstart);
	ASSERT_LE(t, va->va_end, vend);
	ASSERT_TRUE(t, model_is_free(&fx.m, va->va_start, size));
	model_insert(&fx.m, va->va_start, va->va_end, va);
	ASSERT_EQ(t, fx.root.nr_busy, busy + 1);
	ASSERT_PTR_EQ(t, vmap_area_find(&fx.root, va->va_start), va);
	return va;
}

/* Allocate anywhere with no alignment constraint. */
static struct vmap_area *fx_alloc1(struct ktest *t, unsigned long size)
{
	return fx_alloc(t, size, 1, 0, ~0UL);
}

static void fx_free(struct ktest *t, struct vmap_area *va)
{
	ASSERT_PTR_EQ(t, model_remove(&fx.m, va->va_start), va);
	vmap_area_free(&fx.root, va);
	fx_put(va);
}

/* vmap_area_merge_next checked against the model; the node absorbed, or NULL. */
static struct vmap_area *fx_merge_next(struct ktest *t, struct vmap_area *va)
{
	size_t i = model_upper(&fx.m, va->va_start) - 1;
	struct vmap_area *next = i + 1 < fx.m.n ? fx.m.a[i + 1].va : NULL;
	int ret = vmap_area_merge_next(&fx.root, va);

	if (!next || fx.m.a[i + 1].start != fx.m.a[i].end) {
		EXPECT_EQ(t, ret, next ? -EBUSY : -EINVAL);
		return NULL;
	}
	EXPECT_EQ(t, ret, 0);
	fx_merges++;
	fx.m.a[i].end = fx.m.a[i + 1].end;
	EXPECT_PTR_EQ(t, model_remove(&fx.m, fx.m.a[i + 1].start), next);
	fx.m.busy_bytes += next->va_end - next->va_start; /* still busy */
	EXPECT_EQ(t, va->va_end, fx.m.a[i].end);
	fx_put(next);
	return next;
}

/* vmap_area_reserve checked against the model. */
static struct vmap_area *fx_reserve(struct ktest *t, unsigned long addr,
				    unsigned long size)
{
	struct vmap_area *va = fx_node(t);
	int want = 0, ret;

	if (!size || addr < fx.m.start || addr >= fx.m.end ||
	    size > fx.m.end - addr)
		want = -EINVAL;
	else if (!model_is_free(&fx.m, addr, size))
		want = -EBUSY;
	ret = vmap_area_reserve(&fx.root, va, addr, size);

	ASSERT_EQ(t, ret, want);
	if (ret) {
		fx_put(va);
		return NULL;
	}
	ASSERT_EQ(t, va->va_start, addr);
	ASSERT_EQ(t, va->va_end, addr + size);
	model_insert(&fx.m, addr, addr + size, va);
	return va;
}

/* ---- fixed scenarios ---------------------------------------------------- */

KTEST(vmap_area, init_empty)
{
	struct vmap_area_root r;

	EXPECT_EQ(t, vmap_area_init(&r, 0x2000, 0x2000), -EINVAL);
	EXPECT_EQ(t, vmap_area_init(&r, 0x3000, 0x2000), -EINVAL);
	ASSERT_EQ(t, vmap_area_init(&r, 0x1000, 0x9000), 0);
	EXPECT_EQ(t, vmap_area_check(&r), 0);
	EXPECT_NULL(t, vmap_area_first(&r));
	EXPECT_EQ(t, r.nr_busy, 0UL);
	EXPECT_EQ(t, r.nr_free, 1UL);
	EXPECT_EQ(t, vmap_area_free_bytes(&r), 0x8000UL);
	EXPECT_NULL(t, vmap_area_find(&r, 0x9000));
	EXPECT_NULL(t, r.last);
	EXPECT_NULL(t, vmap_area_find_containing(&r, 0x9000));
	EXPECT_NULL(t, vmap_area_find_containing(&r, 0x1000));
}

KTEST(vmap_area, first_fit_lowest)
{
	struct vmap_area *a, *b, *c, *d, *e;

	fx_init(t, 0x10000, 0x20000, 16);
	a = fx_alloc1(t, 0x1000);
	b = fx_alloc1(t, 0x3000);
	c = fx_alloc1(t, 0x1000);
	EXPECT_EQ(t, a->va_start, 0x10000UL);
	EXPECT_EQ(t, b->va_start, 0x11000UL);
	EXPECT_EQ(t, c->va_start, 0x14000UL);
	fx_free(t, b);		  /* hole [0x11000, 0x14000) */
	d = fx_alloc1(t, 0x4000); /* too big for the hole */
	EXPECT_EQ(t, d->va_start, 0x15000UL);
	e = fx_alloc1(t, 0x2000); /* lowest fit: the hole */
	EXPECT_EQ(t, e->va_start, 0x11000UL);
	EXPECT_EQ(t, fx.root.nr_free, 2UL);
	fx_verify(t);
	EXPECT_EQ(t, vmap_area_free_bytes(&fx.root), 0x10000UL - 0x8000);
}

/*
 * Free X in every neighbour configuration: gap below or not, gap above or
 * not, X at the root's start, in the middle or at its end. The root is
 * tiled with 0x100-byte areas; the merged hole must be one free range,
 * exactly [lo, hi), that an allocation of exactly its size takes.
 */
KTEST(vmap_area, merge_every_neighbour)
{
	static const unsigned long xs[] = { 0, 1, 64, 126, 127 }; /* units */
	const unsigned long start = 0x1000, end = 0x9000, u = 0x100;

	for (size_t i = 0; i < ARRAY_SIZE(xs); i++) {
		for (int cfg = 0; cfg < 4; cfg++) {
			bool below = cfg & 1, above = cfg & 2;
			unsigned long x = start + xs[i] * u, lo = x, hi = x + u;
			unsigned long nfree;
			struct vmap_area *y;

			if ((below && x == start) || (above && x + u == end))
				continue;
			fx_init(t, start, end, 256);
			for (unsigned long p = start; p < end; p += u)
				ASSERT_NOT_NULL(t, fx_reserve(t, p, u));
			if (below) {
				lo -= u;
				fx_free(t, model_find(&fx.m, lo));
			}
			if (above) {
				hi += u;
				fx_free(t, model_find(&fx.m, x + u));
			}
			fx_verify(t);
			nfree = fx.root.nr_free;
			fx_free(t, model_find(&fx.m, x));
			fx_verify(t);
			EXPECT_EQ(t, fx.root.nr_free,
				  nfree + 1 - below - above);
			EXPECT_NULL(t, vmap_area_find_containing(&fx.root, lo));
			EXPECT_NULL(
				t, vmap_area_find_containing(&fx.root, hi - 1));
			if (hi < end)
				EXPECT_NOT_NULL(t, vmap_area_find_containing(
							   &fx.root, hi));
			if (lo > start)
				EXPECT_NOT_NULL(t, vmap_area_find_containing(
							   &fx.root, lo - 1));
			y = fx_alloc1(t, hi - lo);
			ASSERT_NOT_NULL(t, y);
			EXPECT_EQ(t, y->va_start, lo);
			fx_verify(t);
		}
	}
	/* Free everything, every other area first, then the rest. */
	for (unsigned long p = start; p < end; p += 2 * u)
		fx_free(t, model_containing(&fx.m, p));
	fx_verify(t);
	for (struct vmap_area *va; (va = vmap_area_first(&fx.root));)
		fx_free(t, va);
	fx_verify(t);
	EXPECT_EQ(t, fx.root.nr_free, 1UL);
	EXPECT_NULL(t, fx.root.last);
	EXPECT_EQ(t, vmap_area_free_bytes(&fx.root), end - start);
}

KTEST(vmap_area, alignment)
{
	unsigned long start = 0x1000, end = 1UL << (BITS_PER_LONG - 2);
	struct vmap_area *va;

	fx_init(t, start, end, 4 * BITS_PER_LONG);
	/* Every power of two, from a deliberately odd position. */
	ASSERT_NOT_NULL(t, fx_alloc1(t, 0x123));
	for (int k = 0; k < BITS_PER_LONG - 3; k++) {
		va = fx_alloc(t, 0x10, 1UL << k, 0, ~0UL);
		ASSERT_NOT_NULL(t, va);
		EXPECT_TRUE(t, IS_ALIGNED(va->va_start, 1UL << k));
	}
	/* An alignment the range can no longer satisfy. */
	EXPECT_NULL(t, fx_alloc(t, 0x10, 1UL << (BITS_PER_LONG - 2), 0, ~0UL));
	/* Small aligned allocations go back into the holes left below. */
	for (int k = 12; k >= 0; k--)
		ASSERT_NOT_NULL(t, fx_alloc(t, 1UL << k, 1UL << k, 0, ~0UL));
	fx_verify(t);
}

KTEST(vmap_area, restricted_range)
{
	struct vmap_area *a, *b, *c, *va;

	fx_init(t, 0x100000, 0x200000, 64);
	a = fx_reserve(t, 0x110000, 0x10000);
	b = fx_reserve(t, 0x130000, 0x10000);
	c = fx_reserve(t, 0x150000, 0x30000);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	ASSERT_NOT_NULL(t, c);
	/* A window starting inside a busy area, crossing two holes. */
	va = fx_alloc(t, 0x8000, 0x1000, 0x118000, 0x190000);
	EXPECT_EQ(t, va->va_start, 0x120000UL);
	/* A window starting inside a hole: clipped gap. */
	va = fx_alloc(t, 0x4000, 0x1000, 0x12a000, 0x190000);
	EXPECT_EQ(t, va->va_start, 0x12a000UL);
	/* Too big for the holes inside the window: none. */
	EXPECT_NULL(t, fx_alloc(t, 0x18000, 0x1000, 0x118000, 0x180000));
	/* A window ending inside a hole: the hole is clipped at vend. */
	EXPECT_NULL(t, fx_alloc(t, 0x8000, 0x1000, 0x140000, 0x147000));
	va = fx_alloc(t, 0x7000, 0x1000, 0x140000, 0x147000);
	EXPECT_EQ(t, va->va_start, 0x140000UL);
	/* Windows outside the root, or empty, or reversed. */
	EXPECT_NULL(t, fx_alloc(t, 0x1000, 1, 0, 0x100000));
	EXPECT_NULL(t, fx_alloc(t, 0x1000, 1, 0x200000, ~0UL));
	EXPECT_NULL(t, fx_alloc(t, 0x1000, 1, 0x190000, 0x190000));
	EXPECT_NULL(t, fx_alloc(t, 0x1000, 1, 0x190000, 0x180000));
	/* A window wider than the root is clipped to it. */
	va = fx_alloc(t, 0x1000, 0x1000, 0, ~0UL);
	EXPECT_EQ(t, va->va_start, 0x100000UL);
	/* Exactly the top of the root, and one byte too many. */
	va = fx_alloc(t, 0x20000, 0x1000, 0x1e0000, 0x200000);
	EXPECT_EQ(t, va->va_start, 0x1e0000UL);
	EXPECT_NULL(t, fx_alloc(t, 0x1, 1, 0x1e0000, 0x200000));
	fx_verify(t);
}

KTEST(vmap_area, exhaustion_leaves_tree_unchanged)
{
	struct model_area snap[64];
	size_t n;

	fx_init(t, 0x4000, 0x4000 + 64 * PAGE, 128);
	for (int i = 0; i < 64; i++)
		ASSERT_NOT_NULL(t, fx_alloc(t, PAGE, PAGE, 0, ~0UL));
	EXPECT_EQ(t, fx.root.nr_free, 0UL);
	EXPECT_EQ(t, vmap_area_free_bytes(&fx.root), 0UL);
	n = fx.m.n;
	memcpy(snap, fx.m.a, n * sizeof(*snap));
	EXPECT_NULL(t, fx_alloc(t, 1, 1, 0, ~0UL));
	EXPECT_NULL(t, fx_alloc(t, PAGE, PAGE, 0x4000, 0x8000));
	/* Punch holes too small or misaligned for the next requests. */
	fx_free(t, model_find(&fx.m, 0x4000 + 5 * PAGE));
	fx_free(t, model_find(&fx.m, 0x4000 + 9 * PAGE));
	fx_free(t, model_find(&fx.m, 0x4000 + 10 * PAGE));
	n = fx.m.n;
	memcpy(snap, fx.m.a, n * sizeof(*snap));
	EXPECT_NULL(t, fx_alloc(t, 3 * PAGE, PAGE, 0, ~0UL));
	EXPECT_NULL(t, fx_alloc(t, 2 * PAGE, 2 * PAGE, 0, ~0UL));
	EXPECT_NULL(t, fx_alloc(t, PAGE, PAGE, 0x4000 + 6 * PAGE,
				0x4000 + 9 * PAGE));
	ASSERT_EQ(t, fx.m.n, n);
	EXPECT_EQ(t, memcmp(snap, fx.m.a, n * sizeof(*snap)), 0);
	fx_verify(t);
	/* And the space that does exist is found. */
	EXPECT_EQ(t, fx_alloc(t, 2 * PAGE, PAGE, 0, ~0UL)->va_start,
		  0x4000 + 9 * PAGE);
	fx_verify(t);
}

KTEST(vmap_area, find_and_containing)
{
	struct vmap_area *a, *b;

	fx_init(t, 0x1000, 0x10000, 8);
	a = fx_reserve(t, 0x2000, 0x1000);
	b = fx_reserve(t, 0x3000, 0x2000);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	EXPECT_PTR_EQ(t, vmap_area_find(&fx.root, 0x2000), a);
	EXPECT_PTR_EQ(t, vmap_area_find(&fx.root, 0x3000), b);
	EXPECT_NULL(t, vmap_area_find(&fx.root, 0x2001));
	EXPECT_NULL(t, vmap_area_find(&fx.root, 0x5000));
	EXPECT_NULL(t, vmap_area_find(&fx.root, 0x10000));
	EXPECT_NULL(t, vmap_area_find_containing(&fx.root, 0x1fff));
	EXPECT_PTR_EQ(t, vmap_area_find_containing(&fx.root, 0x2000), a);
	EXPECT_PTR_EQ(t, vmap_area_find_containing(&fx.root, 0x2fff), a);
	EXPECT_PTR_EQ(t, vmap_area_find_containing(&fx.root, 0x3000), b);
	EXPECT_PTR_EQ(t, vmap_area_find_containing(&fx.root, 0x4fff), b);
	EXPECT_NULL(t, vmap_area_find_containing(&fx.root, 0x5000));
	EXPECT_NULL(t, vmap_area_find_containing(&fx.root, 0));
	EXPECT_NULL(t, vmap_area_find_containing(&fx.root, ~0UL));
	EXPECT_PTR_EQ(t, vmap_area_first(&fx.root), a);
	EXPECT_PTR_EQ(t, vmap_area_next(&fx.root, a), b);
	EXPECT_NULL(t, vmap_area_next(&fx.root, b));
}

KTEST(vmap_area, reserve)
{
	fx_init(t, 0x1000, 0x9000, 16);
	ASSERT_NOT_NULL(t, fx_reserve(t, 0x4000, 0x1000));
	EXPECT_NULL(t, fx_reserve(t, 0x3800, 0x1000));	   /* overlaps below */
	EXPECT_NULL(t, fx_reserve(t, 0x4fff, 0x10));	   /* overlaps above */
	EXPECT_NULL(t, fx_reserve(t, 0x3000, 0x3000));	   /* covers it */
	EXPECT_NULL(t, fx_reserve(t, 0x800, 0x1000));	   /* below the root */
	EXPECT_NULL(t, fx_reserve(t, 0x8800, 0x1000));	   /* past the end */
	EXPECT_NULL(t, fx_reserve(t, 0x2000, 0));	   /* empty */
	EXPECT_NULL(t, fx_reserve(t, 0x2000, ~0UL));	   /* wraps */
	ASSERT_NOT_NULL(t, fx_reserve(t, 0x3000, 0x1000)); /* touching */
	ASSERT_NOT_NULL(t, fx_reserve(t, 0x5000, 0x1000));
	ASSERT_NOT_NULL(t, fx_reserve(t, 0x1000, 0x10)); /* at start */
	ASSERT_NOT_NULL(t, fx_reserve(t, 0x8ff0, 0x10)); /* at end */
	EXPECT_EQ(t, fx.root.nr_free, 2UL);
	fx_verify(t);
}

KTEST(vmap_area, invalid_arguments)
{
	struct vmap_area va;

	fx_init(t, 0x1000, 0x9000, 4);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, 0, 1, 0, ~0UL), -EINVAL);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, 1, 0, 0, ~0UL), -EINVAL);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, 1, 3, 0, ~0UL), -EINVAL);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, 1, 0x3000, 0, ~0UL),
		  -EINVAL);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, 0x8001, 1, 0, ~0UL),
		  -ENOMEM);
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &va, ~0UL, 1, 0, ~0UL), -ENOMEM);
	fx_verify(t);
}

KTEST(vmap_area, double_free_is_ignored)
{
	struct vmap_area *a, *b, failed = { 0 };

	fx_init(t, 0x1000, 0x9000, 4);
	a = fx_alloc1(t, 0x100);
	b = fx_alloc1(t, 0x100);
	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	model_remove(&fx.m, a->va_start);
	vmap_area_free(&fx.root, a);
	fx_verify(t);
	ktest_log(t, "expect two vmap_area_free errors:");
	vmap_area_free(&fx.root, a); /* again */
	EXPECT_EQ(t, vmap_area_alloc(&fx.root, &failed, 0x10000, 1, 0, ~0UL),
		  -ENOMEM);
	vmap_area_free(&fx.root, &failed); /* never allocated */
	fx_verify(t);
	fx_free(t, b);
	fx_put(a);
	fx_verify(t);
}

/* A root that ends at the very top of the address space: no wrap-around. */
KTEST(vmap_area, top_of_address_space)
{
	unsigned long end = ~0UL, start = end - 0x10000;
	struct vmap_area *va;

	fx_init(t, start, end, 4096);
	for (int k = 0; k < BITS_PER_LONG; k++)
		fx_alloc(t, 0x100, 1UL << k, 0, ~0UL);
	va = fx_alloc(t, 0x100, 1, end - 0x100, end);
	ASSERT_NOT_NULL(t, va);
	EXPECT_EQ(t, va->va_end, end);
	EXPECT_NULL(t, fx_alloc(t, 0x100, 1, end - 0x100, end));
	EXPECT_PTR_EQ(t, vmap_area_find_containing(&fx.root, end - 1), va);
	EXPECT_NULL(t, vmap_area_find_containing(&fx.root, end));
	while (fx_alloc(t, 0x100, 0x100, 0, ~0UL))
		;
	while (fx_alloc(t, 1, 1, 0, ~0UL))
		;
	EXPECT_EQ(t, vmap_area_free_bytes(&fx.root), 0UL);
	fx_verify(t);
	for (struct vmap_area *v; (v = vmap_area_first(&fx.root));)
		fx_free(t, v);
	fx_verify(t);
	/* A root may also start at 0. */
	fx_init(t, 0, 0x1000, 4);
	va = fx_alloc(t, 0x1000, 0x1000, 0, ~0UL);
	ASSERT_NOT_NULL(t, va);
	EXPECT_EQ(t, va->va_start, 0UL);
	fx_verify(t);
}

/*
 * Many gaps that are large enough but misaligned before the fit: size 2,
 * align 4, gaps [4k + 2, 4k + 4); then a fitting gap [H + 3, H + 6) that
 * is smaller than size + align - 1; then the free top.
 */
static void build_misaligned(struct ktest *t, int nr_bad)
{
	unsigned long p = 0, h = 4UL * nr_bad;

	fx_init(t, 0, 0x1000, 4 * nr_bad + 16);
	for (int i = 0; i < nr_bad; i++, p += 4)
		ASSERT_NOT_NULL(t, fx_reserve(t, p, 2));
	ASSERT_NOT_NULL(t, fx_reserve(t, h, 3));
	ASSERT_NOT_NULL(t, fx_reserve(t, h + 6, 10)); /* top: from h + 16 */
	fx_verify(t);
}

KTEST(vmap_area, misaligned_candidates)
{
	unsigned long h;
	struct vmap_area *va;

	/* Fewer misses than the budget: the exact lowest fit. */
	build_misaligned(t, MODEL_SEARCH_BUDGET - 1);
	h = 4UL * (MODEL_SEARCH_BUDGET - 1);
	va = fx_alloc(t, 2, 4, 0, ~0UL);
	EXPECT_EQ(t, va->va_start, h + 4);

	/* More: one descent for a gap >= size + align - 1 (the top). */
	build_misaligned(t, 40);
	h = 4UL * 40;
	va = fx_alloc(t, 2, 4, 0, ~0UL);
	EXPECT_EQ(t, va->va_start, h + 16);
	fx_verify(t);

	/* No such gap below vend: back to visiting, never a false NULL. */
	build_misaligned(t, 40);
	va = fx_alloc(t, 2, 4, 0, h + 16);
	EXPECT_EQ(t, va->va_start, h + 4);
	EXPECT_NULL(t, fx_alloc(t, 2, 4, 0, h + 16));
	fx_verify(t);
}

/*
 * The shapes of the vmalloc benchmark (../shared/bench): full_fit's 2000
 * allocations all land in the holes, lowest first; long_busy_list's
 * teardown in ascending order leaves one free range.
 */
KTEST(vmap_area, benchmark_shapes)
{
	const unsigned long base = 0xffffc90000000000UL, area = 2 * PAGE;
	static struct vmap_area a[4000], b[2000], x;

	ASSERT_EQ(t, vmap_area_init(&fx.root, base, base + (1UL << 40)), 0);
	for (int i = 0; i < 4000; i++)
		ASSERT_EQ(t,
			  vmap_area_alloc(&fx.root, &a[i], area, PAGE, 0, ~0UL),
			  0);
	for (int i = 1; i < 4000; i += 2)
		vmap_area_free(&fx.root, &a[i]);
	for (int j = 0; j < 2000; j++) {
		ASSERT_EQ(t,
			  vmap_area_alloc(&fx.root, &b[j], area, PAGE, 0, ~0UL),
			  0);
		ASSERT_EQ(t, b[j].va_start, a[2 * j + 1].va_start);
	}
	EXPECT_EQ(t, fx.root.nr_free, 1UL);
	ASSERT_EQ(t, vmap_area_check(&fx.root), 0);
	for (int i = 0; i < 4000; i += 2)
		vmap_area_free(&fx.root, &a[i]);
	for (int j = 0; j < 2000; j++)
		vmap_area_free(&fx.root, &b[j]);
	ASSERT_EQ(t, vmap_area_check(&fx.root), 0);

	/* long_busy_list: many live, pairs above them, then the teardown. */
	for (int i = 0; i < 4000; i++)
		ASSERT_EQ(t,
			  vmap_area_alloc(&fx.root, &a[i], area, PAGE, 0, ~0UL),
			  0);
	for (int i = 0; i < 1000; i++) {
		ASSERT_EQ(t, vmap_area_alloc(&fx.root, &x, area, PAGE, 0, ~0UL),
			  0);
		EXPECT_EQ(t, x.va_start, base + 4000 * area);
		vmap_area_free(&fx.root, &x);
	}
	for (int i = 0; i < 4000; i++) {
		vmap_area_free(&fx.root, &a[i]);
		EXPECT_EQ(t, fx.root.nr_free, 1UL + (i < 3999));
	}
	EXPECT_NULL(t, fx.root.tree);
	EXPECT_EQ(t, vmap_area_check(&fx.root), 0);
}

/* ---- random sequences against the model ------------------------------- */

static u64 rng_state;

static u64 rnd(void)
{
	u64 x = rng_state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

/* A random value in [0, n). */
static unsigned long rnd_below(unsigned long n)
{
	return (unsigned long)(rnd() % n);
}

struct random_cfg {
	unsigned long start, len;     /* the root, in bytes */
	unsigned long unit;	      /* a power of two: addresses and sizes */
	unsigned int max_units;	      /* largest size, in units */
	unsigned int max_align_shift; /* alignments unit << 0..this */
	unsigned int max_live;
	unsigned int ops;
	unsigned int check_every;
};

/* A random address near or in the root, clamped to [0, ~0UL]. */
static unsigned long rnd_addr(const struct random_cfg *c)
{
	unsigned long off = rnd_below(c->len + c->len / 4);
	unsigned long slack = c->len / 8;

	if (c->start < slack)
		slack = c->start;
	if (off < slack)
		return c->start - (slack - off);
	off -= slack;
	return off > ~0UL - c->start ? ~0UL : c->start + off;
}

static unsigned long rnd_size(const struct random_cfg *c)
{
	unsigned long r = rnd_below(100), units;

	if (r < 60) /* mostly small, like vmalloc's */
		units = 1 + rnd_below(c->max_units < 4 ? c->max_units : 4);
	else if (r < 97)
		units = 1 + rnd_below(c->max_units);
	else /* now and then huge: a failure path */
		units = 1 + rnd_below(c->len / c->unit);
	return units * c->unit;
}

#define RANDOM_MAX_LIVE 10000

static void run_random(struct ktest *t, const struct random_cfg *c, u64 seed)
{
	static struct vmap_area *live[RANDOM_MAX_LIVE];
	unsigned int nr_live = 0, nr_alloc = 0, nr_fail = 0, peak = 0;

	ASSERT_LE(t, c->max_live, RANDOM_MAX_LIVE);
	rng_state = seed;
	fx_past_budget = 0;
	fx_init(t, c->start, c->start + c->len, c->max_live + 1);
	for (unsigned int op = 0; op < c->ops; op++) {
		unsigned long r = rnd_below(100), size, align, lo, hi, a;
		struct vmap_area *va;

		/* Alternate phases that fill the range and that drain it. */
		bool grow = (op / 20000) % 2 == 0;

		if (nr_live &&
		    (nr_live == c->max_live || r < (grow ? 30 : 65))) {
			unsigned int i = rnd_below(nr_live);

			fx_free(t, live[i]);
			live[i] = live[--nr_live];
		} else if (r < 95) {
			size = rnd_size(c);
			align = c->unit;
			if (rnd_below(4) == 0)
				align <<= rnd_below(c->max_align_shift + 1);
			lo = 0;
			hi = ~0UL;
			if (rnd_below(4) == 0) {
				lo = rnd_addr(c);
				hi = rnd_addr(c);
				if (rnd_below(8) == 0)
					hi = lo + size; /* a tight window */
			}
			va = fx_alloc(t, size, align, lo, hi);
			nr_alloc++;
			if (va)
				live[nr_live++] = va;
			else
				nr_fail++;
		} else if (r < 97 || !nr_live) {
			a = rnd_addr(c) & ~(c->unit - 1);
			va = fx_reserve(t, a, rnd_size(c));
			if (va)
				live[nr_live++] = va;
		} else { /* vfreed neighbours merging (mm/vmalloc_purge.c) */
			struct vmap_area *gone =
				fx_merge_next(t, live[rnd_below(nr_live)]);

			for (unsigned int j = 0; gone && j < nr_live; j++)
				if (live[j] == gone) {
					live[j] = live[--nr_live];
					break;
				}
		}
		if (nr_live > peak)
			peak = nr_live;
		/* Lookups at a random address and at an area's edges. */
		a = rnd_addr(c);
		ASSERT_PTR_EQ(t, vmap_area_find_containing(&fx.root, a),
			      model_containing(&fx.m, a));
		ASSERT_PTR_EQ(t, vmap_area_find(&fx.root, a),
			      model_find(&fx.m, a));
		if (nr_live) {
			va = live[rnd_below(nr_live)];
			ASSERT_PTR_EQ(t, vmap_area_find(&fx.root, va->va_start),
				      va);
			ASSERT_PTR_EQ(t,
				      vmap_area_find_containing(&fx.root,
								va->va_end - 1),
				      va);
		}
		ASSERT_EQ(t, fx.root.nr_busy, (unsigned long)nr_live);
		ASSERT_EQ(t, fx.root.busy_bytes, fx.m.busy_bytes);
		if (op % c->check_every == 0)
			fx_verify(t);
	}
	fx_verify(t);
	while (nr_live)
		fx_free(t, live[--nr_live]);
	fx_verify(t);
	EXPECT_EQ(t, fx.root.nr_free, 1UL);
	ktest_log(t, "%u ops, %u allocs (%u failed), peak %u live", c->ops,
		  nr_alloc, nr_fail, peak);
	ktest_log(t, "%u allocs met more misaligned gaps than the budget",
		  fx_past_budget);
	ktest_log(t, "%u merges done", fx_merges);
	fx_merges = 0;
}

/* A small byte-granular range, churned hard, fully checked every op. */
KTEST(vmap_area, random_small_checked_every_op)
{
	struct random_cfg c = { .start = 0x1000,
				.len = 512,
				.unit = 1,
				.max_units = 24,
				.max_align_shift = 6,
				.max_live = 200,
				.ops = 40000,
				.check_every = 1 };

	run_random(t, &c, 0x9e3779b97f4a7c15ULL);
}

/* Thousands live, hundreds of thousands of operations. */
KTEST(vmap_area, random_large)
{
	struct random_cfg c = { .start = 0x400000,
				.len = 1 << 15,
				.unit = 1,
				.max_units = 16,
				.max_align_shift = 5,
				.max_live = 4000,
				.ops = 200000,
				.check_every = 5000 };

	run_random(t, &c, 12345);
}

/* Page-granular like vmalloc; windows are like top-level slots. */
KTEST(vmap_area, random_pages)
{
	struct random_cfg c = { .start = 0xffffc90000000000UL,
				.len = 4096 * PAGE,
				.unit = PAGE,
				.max_units = 8,
				.max_align_shift = 9,
				.max_live = 2000,
				.ops = 100000,
				.check_every = 2000 };

	run_random(t, &c, 777);
}

/* A root ending at the top of the address space: no wrap-around. */
KTEST(vmap_area, random_top)
{
	struct random_cfg c = { .start = ~0UL - 4096,
				.len = 4096,
				.unit = 1,
				.max_units = 32,
				.max_align_shift = 12,
				.max_live = 500,
				.ops = 50000,
				.check_every = 500 };

	run_random(t, &c, 4242);
}

/* ---- micro-benchmark (printed, never asserted) ------------------------ */

static u64 now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000 + (u64)ts.tv_nsec;
}

/* Tenths of ns per vmap_area_alloc + vmap_area_free pair of size bytes. */
static unsigned long bench_pairs(struct vmap_area_root *root,
				 unsigned long size, unsigned int iters)
{
	struct vmap_area va;
	u64 t0 = now_ns();

	for (unsigned int i = 0; i < iters; i++) {
		if (vmap_area_alloc(root, &va, size, PAGE, 0, ~0UL))
			return 0;
		vmap_area_free(root, &va);
	}
	return (unsigned long)((now_ns() - t0) * 10 / iters);
}

/*
 * Root like x86_64's vmalloc space; n areas of 1 page + guard. "packed":
 * the n areas side by side, so a new area goes above them all; "holes":
 * a 2-page hole after each of the n, which a 4-page request must skip and
 * a 2-page one takes (the first). "setup": a packed allocation alone.
 */
KTEST(vmap_area, bench)
{
	static const unsigned int live[] = { 1, 10000, 100000 };
	const unsigned long base = 0xffffc90000000000UL;
	const unsigned int iters = 100000;
	struct vmap_area_root root;
	struct vmap_area *nodes = calloc(2 * 100000, sizeof(*nodes));

	ASSERT_NOT_NULL(t, nodes);
	ktest_log(t, "sizeof(struct vmap_area) = %zu bytes per live area",
		  sizeof(struct vmap_area));
	ktest_log(t, "ns per alloc+free pair (this build: -O1, ASan, UBSan)");
	ktest_log(t, "%8s %12s %12s %12s %12s", "live", "packed 4p", "holes 4p",
		  "holes 2p", "setup 2p");
	for (size_t i = 0; i < ARRAY_SIZE(live); i++) {
		unsigned int n = live[i];
		unsigned long packed, holes4, holes2, setup;
		u64 t0;

		ASSERT_EQ(t, vmap_area_init(&root, base, base + (1UL << 40)),
			  0);
		t0 = now_ns();
		for (unsigned int j = 0; j < n; j++)
			ASSERT_EQ(t,
				  vmap_area_alloc(&root, &nodes[j], 2 * PAGE,
						  PAGE, 0, ~0UL),
				  0);
		setup = (unsigned long)((now_ns() - t0) * 10 / n);
		packed = bench_pairs(&root, 4 * PAGE, iters);

		ASSERT_EQ(t, vmap_area_init(&root, base, base + (1UL << 40)),
			  0);
		for (unsigned int j = 0; j < 2 * n; j++)
			ASSERT_EQ(t,
				  vmap_area_alloc(&root, &nodes[j], 2 * PAGE,
						  PAGE, 0, ~0UL),
				  0);
		for (unsigned int j = 1; j < 2 * n; j += 2)
			vmap_area_free(&root, &nodes[j]);
		holes4 = bench_pairs(&root, 4 * PAGE, iters);
		holes2 = bench_pairs(&root, 2 * PAGE, iters);
		EXPECT_EQ(t, vmap_area_check(&root), 0);
		ktest_log(t, "%8u %10lu.%lu %10lu.%lu %10lu.%lu %10lu.%lu", n,
			  packed / 10, packed % 10, holes4 / 10, holes4 % 10,
			  holes2 / 10, holes2 % 10, setup / 10, setup % 10);
	}
	free(nodes);
}
