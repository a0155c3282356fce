/* SPDX-License-Identifier: MIT */
/*
 * Reference model of mm/vmap_area.c for its host test and its fuzzer: the
 * busy areas as a sorted array, first fit by a plain scan of the gaps.
 * Header-only (static functions); needs <stdlib.h>.
 */
#ifndef VMAP_AREA_MODEL_H
#define VMAP_AREA_MODEL_H

#include <kernel/vmap_area.h>

/* Must match mm/vmap_area.c. */
#define MODEL_SEARCH_BUDGET 8

struct model_area {
	unsigned long start, end;
	struct vmap_area *va; /* the tree's node for the same area */
};

struct model {
	unsigned long start, end;
	struct model_area *a; /* sorted by start, disjoint */
	size_t n, cap;
	unsigned long busy_bytes;
};

static inline void model_init(struct model *m, unsigned long start,
			      unsigned long end)
{
	m->start = start;
	m->end = end;
	m->n = 0;
	m->busy_bytes = 0;
}

static inline void model_destroy(struct model *m)
{
	free(m->a);
	m->a = NULL;
	m->cap = 0;
}

/* Index of the first area with start > addr (m->n if none). */
static inline size_t model_upper(const struct model *m, unsigned long addr)
{
	size_t lo = 0, hi = m->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->a[mid].start > addr)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The gap below area i (i == n: the gap at the top): [*gs, *ge). */
static inline void model_gap(const struct model *m, size_t i, unsigned long *gs,
			     unsigned long *ge)
{
	*gs = i ? m->a[i - 1].end : m->start;
	*ge = i < m->n ? m->a[i].start : m->end;
}

static inline unsigned long model_nr_free(const struct model *m)
{
	unsigned long nr = 0, gs, ge;

	for (size_t i = 0; i <= m->n; i++) {
		model_gap(m, i, &gs, &ge);
		nr += ge != gs;
	}
	return nr;
}

/* Is [addr, addr + size) free (and inside the range)? */
static inline bool model_is_free(const struct model *m, unsigned long addr,
				 unsigned long size)
{
	unsigned long gs, ge;
	size_t i;

	if (addr < m->start || size > m->end - addr)
		return false;
	i = model_upper(m, addr);
	model_gap(m, i, &gs, &ge);
	return gs <= addr && ge - addr >= size;
}

/*
 * First fit as mm/vmap_area.c specifies it: the lowest aligned address in
 * [lo, hi) whose range lies in one gap, found by visiting the gaps of at
 * least size bytes in order. Returns whether one exists; *misses is the
 * number of such gaps that did not fit before it (or before giving up):
 * the tree must give exactly *addr when *misses < MODEL_SEARCH_BUDGET.
 */
static inline bool model_first_fit(const struct model *m, unsigned long size,
				   unsigned long align, unsigned long vstart,
				   unsigned long vend, unsigned long *addr,
				   unsigned int *misses)
{
	unsigned long lo = vstart > m->start ? vstart : m->start;
	unsigned long hi = vend < m->end ? vend : m->end;

	*misses = 0;
	if (lo >= hi || hi - lo < size)
		return false;
	for (size_t i = 0; i <= m->n; i++) {
		unsigned long gs = i ? m->a[i - 1].end : m->start;
		unsigned long ge = i < m->n ? m->a[i].start : m->end;
		unsigned long s, a;

		if (ge <= lo || ge - gs < size)
			continue;
		s = gs > lo ? gs : lo;
		a = (s + align - 1) & ~(align - 1);
		if (a < s || a > hi - size)
			return false;
		if (a + size <= ge) {
			*addr = a;
			return true;
		}
		++*misses;
	}
	return false;
}

static inline void model_insert(struct model *m, unsigned long start,
				unsigned long end, struct vmap_area *va)
{
	size_t i = model_upper(m, start);

	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 64;
		m->a = realloc(m->a, m->cap * sizeof(*m->a));
		if (!m->a)
			abort();
	}
	/* A loop: ASan's memmove is byte by byte. */
	for (size_t j = m->n; j > i; j--)
		m->a[j] = m->a[j - 1];
	m->a[i] = (struct model_area){ start, end, va };
	m->n++;
	m->busy_bytes += end - start;
}

/* Remove the area starting at start; returns its node (NULL: none). */
static inline struct vmap_area *model_remove(struct model *m,
					     unsigned long start)
{
	size_t i = model_upper(m, start);
	struct vmap_area *va;

	if (!i || m->a[i - 1].start != start)
		return NULL;
	i--;
	va = m->a[i].va;
	m->busy_bytes -= m->a[i].end - m->a[i].start;
	for (size_t j = i; j + 1 < m->n; j++)
		m->a[j] = m->a[j + 1];
	m->n--;
	return va;
}

/* The node of the area containing addr, or NULL. */
static inline struct vmap_area *model_containing(const struct model *m,
						 unsigned long addr)
{
	size_t i = model_upper(m, addr);

	return i && addr < m->a[i - 1].end ? m->a[i - 1].va : NULL;
}

/* The node of the area starting at addr, or NULL. */
static inline struct vmap_area *model_find(const struct model *m,
					   unsigned long addr)
{
	size_t i = model_upper(m, addr);

	return i && m->a[i - 1].start == addr ? m->a[i - 1].va : NULL;
}

/*
 * Does the tree hold exactly the model's areas, counters included?
 * Returns NULL or a description of the first difference. O(n).
 */
static inline const char *model_compare(const struct model *m,
					const struct vmap_area_root *root)
{
	const struct vmap_area *va = vmap_area_first(root);

	for (size_t i = 0; i < m->n; i++, va = vmap_area_next(root, va)) {
		if (!va)
			return "tree has fewer areas";
		if (va != m->a[i].va || va->va_start != m->a[i].start ||
		    va->va_end != m->a[i].end)
			return "area differs";
	}
	if (va)
		return "tree has more areas";
	if (root->nr_busy != m->n)
		return "nr_busy differs";
	if (root->busy_bytes != m->busy_bytes)
		return "busy_bytes differs";
	if (root->nr_free != model_nr_free(m))
		return "nr_free differs";
	if (vmap_area_free_bytes(root) != m->end - m->start - m->busy_bytes)
		return "free bytes differ";
	return NULL;
}

#endif
