// SPDX-License-Identifier: MIT
/*
 * vmap_area: lowest-address first fit over a range, in one augmented
 * red-black tree of busy areas (include/kernel/vmap_area.h draws the layout).
 *
 * Each node carries free_below, the gap between the previous area's end
 * (or the root's start) and its own va_start, and subtree_max_free, the
 * largest free_below in its subtree. The gap above the last area, "the
 * top", belongs to no node: root->last locates it. Then:
 *
 * - alloc descends to the leftmost node whose gap may fit and carves the
 *   new area out of that gap: the new node becomes that node's in-order
 *   predecessor and takes the lower part of the gap as its free_below.
 *   When no gap in the tree is large enough (one look at the root), the
 *   area goes in the top and becomes the last node: no search at all;
 * - free adds the area and its free_below to its successor's free_below
 *   (or to the top): the merge with both neighbours is one addition;
 * - each is a leaf insert or an erase, a walk up the path that repairs the
 *   maxima (it stops where nothing changes; where gaps only grow, it is a
 *   compare per level) and a red-black fixup: O(log n), no recursion, no
 *   memory. Red-black rather than AVL: its rebalancing is amortised O(1)
 *   under any mix of inserts and erases, and the hot loop is exactly an
 *   insert then an erase at the same place (AVL pays the whole height
 *   there, up and down, each time the tree is full along that path).
 *
 * The benchmark's common cases (alloc/free with nothing else live, or
 * with many areas below and no hole that fits) are thus O(1) plus the
 * amortised retrace: the tree is only searched when a hole can fit.
 *
 * Alignment. subtree_max_free >= size is necessary, not sufficient: a gap
 * may only fit once its start is rounded up. The search visits the gaps
 * that are large enough in address order and checks each exactly, so with
 * no misaligned candidate (align no larger than the granularity of every
 * address and size, as vmalloc's page-sized areas) it is one descent and
 * the result is the lowest fit. After VA_SEARCH_BUDGET misaligned
 * candidates it runs one more descent, from there on, for a gap of at
 * least size + align - 1, which always fits: cost stays O(log n), and the
 * result may then skip a lower fit in a smaller gap. Only if no such gap
 * exists does it go on visiting candidates one by one, so that it never
 * fails while some gap fits.
 */
#include <kernel/compiler.h>
#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/types.h>
#include <kernel/vmap_area.h>

/* Misaligned candidates visited before looking for a gap that always fits. */
#define VA_SEARCH_BUDGET 8

/* rb_parent_color of an area that is not in a tree: bit 1 is never set. */
#define VA_UNLINKED 2UL
#define VA_BLACK 1UL

/* ---- node fields --------------------------------------------------------- */

static inline struct vmap_area *va_parent(const struct vmap_area *va)
{
	return (struct vmap_area *)(va->rb_parent_color & ~3UL);
}

static inline bool va_is_red(const struct vmap_area *va)
{
	return va && !(va->rb_parent_color & VA_BLACK);
}

static inline void va_set_parent(struct vmap_area *va, struct vmap_area *p)
{
	va->rb_parent_color = (unsigned long)p | (va->rb_parent_color & 3);
}

static inline void va_set_black(struct vmap_area *va)
{
	va->rb_parent_color |= VA_BLACK;
}

static inline void va_set_red(struct vmap_area *va)
{
	va->rb_parent_color &= ~VA_BLACK;
}

static inline unsigned long va_gap_start(const struct vmap_area *va)
{
	return va->va_start - va->free_below;
}

/* subtree_max_free of va from its own gap and its children's maxima. */
static inline unsigned long va_subtree_max(const struct vmap_area *va)
{
	const struct vmap_area *l = va->rb_child[0], *r = va->rb_child[1];
	unsigned long m = va->free_below;

	if (l && l->subtree_max_free > m)
		m = l->subtree_max_free;
	if (r && r->subtree_max_free > m)
		m = r->subtree_max_free;
	return m;
}

/* Recompute the maxima from n up, until one comes out unchanged. */
static void va_recompute_up(struct vmap_area *n)
{
	for (; n; n = va_parent(n)) {
		unsigned long m = va_subtree_max(n);

		if (m == n->subtree_max_free)
			return;
		n->subtree_max_free = m;
	}
}

/*
 * Recompute the maxima from n up to its ancestor top, which changed too:
 * below top, an unchanged maximum means the rest up to top is unchanged.
 */
static void va_recompute_to(struct vmap_area *n, struct vmap_area *top)
{
	for (; n != top; n = va_parent(n)) {
		unsigned long m = va_subtree_max(n);

		if (m == n->subtree_max_free)
			break;
		n->subtree_max_free = m;
	}
	top->subtree_max_free = va_subtree_max(top);
}

/* A gap of v bytes appeared below n: raise the maxima from n up to stop. */
static void va_raise_up(struct vmap_area *n, unsigned long v,
			const struct vmap_area *stop)
{
	for (; n != stop && n->subtree_max_free < v; n = va_parent(n))
		n->subtree_max_free = v;
}

/* ---- red-black tree ------------------------------------------------------ */

static inline void va_replace_child(struct vmap_area_root *root,
				    struct vmap_area *parent,
				    struct vmap_area *old,
				    struct vmap_area *new)
{
	if (!parent)
		root->tree = new;
	else
		parent->rb_child[parent->rb_child[1] == old] = new;
}

/*
 * Rotate n down to side d (0: left rotation); its child on the other side
 * takes its place. Keeps the maxima right; colours are the caller's.
 */
static void va_rotate(struct vmap_area_root *root, struct vmap_area *n, int d)
{
	struct vmap_area *c = n->rb_child[!d], *p = va_parent(n);
	struct vmap_area *m = c->rb_child[d];

	n->rb_child[!d] = m;
	if (m)
		va_set_parent(m, n);
	c->rb_child[d] = n;
	va_set_parent(n, c);
	va_set_parent(c, p);
	va_replace_child(root, p, n, c);
	c->subtree_max_free = n->subtree_max_free; /* same set of nodes */
	n->subtree_max_free = va_subtree_max(n);
}

/* z was just linked red as a leaf: restore the red-black rules above it. */
static void va_insert_fixup(struct vmap_area_root *root, struct vmap_area *z)
{
	struct vmap_area *p, *g, *u;
	int d;

	while ((p = va_parent(z)) && va_is_red(p)) {
		g = va_parent(p); /* p is red, so not the root */
		d = g->rb_child[1] == p;
		u = g->rb_child[!d];
		if (va_is_red(u)) {
			va_set_black(p);
			va_set_black(u);
			va_set_red(g);
			z = g;
			continue;
		}
		if (p->rb_child[!d] == z) {
			va_rotate(root, p, d);
			p = z;
		}
		va_set_black(p);
		va_set_red(g);
		va_rotate(root, g, !d);
		break;
	}
	va_set_black(root->tree);
}

/*
 * A black node was removed above x (NULL counts as black), whose parent
 * is p: the paths through x lack one black. Restore the rules.
 */
static void va_erase_fixup(struct vmap_area_root *root, struct vmap_area *x,
			   struct vmap_area *p)
{
	struct vmap_area *w;
	int d;

	while (x != root->tree && !va_is_red(x)) {
		d = p->rb_child[0] != x;
		w = p->rb_child[!d]; /* not NULL: its side has a black more */
		if (va_is_red(w)) {
			va_set_black(w);
			va_set_red(p);
			va_rotate(root, p, d);
			w = p->rb_child[!d];
		}
		if (!va_is_red(w->rb_child[0]) && !va_is_red(w->rb_child[1])) {
			va_set_red(w);
			x = p;
			p = va_parent(x);
			continue;
		}
		if (!va_is_red(w->rb_child[!d])) {
			va_set_black(w->rb_child[d]);
			va_set_red(w);
			va_rotate(root, w, !d);
			w = p->rb_child[!d];
		}
		w->rb_parent_color = (w->rb_parent_color & ~VA_BLACK) |
				     (p->rb_parent_color & VA_BLACK);
		va_set_black(p);
		va_set_black(w->rb_child[!d]);
		va_rotate(root, p, d);
		return;
	}
	if (x)
		va_set_black(x);
}

/* The in-order successor of va, or NULL for the last area. */
static struct vmap_area *va_next_node(const struct vmap_area *va)
{
	struct vmap_area *n = va->rb_child[1], *p;

	if (n) {
		while (n->rb_child[0])
			n = n->rb_child[0];
		return n;
	}
	while ((p = va_parent(va)) && p->rb_child[1] == va)
		va = p;
	return p;
}

/* The in-order predecessor of va, or NULL for the first area. */
static struct vmap_area *va_prev_node(const struct vmap_area *va)
{
	struct vmap_area *n = va->rb_child[0], *p;

	if (n) {
		while (n->rb_child[1])
			n = n->rb_child[1];
		return n;
	}
	while ((p = va_parent(va)) && p->rb_child[0] == va)
		va = p;
	return p;
}

/* Where the top gap starts: the end of the last area. */
static inline unsigned long va_top_start(const struct vmap_area_root *root)
{
	return root->last ? root->last->va_end : root->start;
}

/*
 * Link va = [addr, addr + size) inside the gap below s (NULL: the top), as
 * s's in-order predecessor, and split the gap between va and s.
 */
static void va_link(struct vmap_area_root *root, struct vmap_area *va,
		    struct vmap_area *s, unsigned long addr, unsigned long size)
{
	unsigned long gap_start = s ? va_gap_start(s) : va_top_start(root);
	unsigned long gap_end = s ? s->va_start : root->end;
	struct vmap_area *p;

	va->va_start = addr;
	va->va_end = addr + size;
	va->free_below = addr - gap_start;
	va->subtree_max_free = va->free_below;
	va->rb_child[0] = va->rb_child[1] = NULL;
	/* One gap becomes up to two. */
	root->nr_free += (va->free_below != 0) + (gap_end != va->va_end);
	root->nr_free--;
	root->nr_busy++;
	root->busy_bytes += size;

	if (!s) {
		/* The new last area: the right child of the old one. */
		p = root->last;
		if (p)
			p->rb_child[1] = va;
		else
			root->tree = va;
		root->last = va;
		va->rb_parent_color = (unsigned long)p; /* red */
		va_raise_up(p, va->free_below, NULL);
	} else {
		s->free_below = s->va_start - va->va_end;
		p = s->rb_child[0];
		if (!p) {
			s->rb_child[0] = va;
			p = s;
		} else {
			while (p->rb_child[1])
				p = p->rb_child[1];
			p->rb_child[1] = va;
		}
		va->rb_parent_color = (unsigned long)p; /* red */
		/* Below s, only va's gap was added; s's own gap shrank. */
		va_raise_up(p, va->free_below, s);
		va_recompute_up(s);
	}
	va_insert_fixup(root, va);
}

/*
 * Unlink x, whose successor succ (NULL: x is the last area, the top gains)
 * has already absorbed x's range and gap. With two children, succ (the
 * leftmost node on x's right) takes x's place and colour. Above succ the
 * maxima can only grow: succ's gap now covers x's.
 */
static void va_erase(struct vmap_area_root *root, struct vmap_area *x,
		     struct vmap_area *succ)
{
	struct vmap_area *l = x->rb_child[0], *r = x->rb_child[1];
	struct vmap_area *child, *parent;
	bool black;

	if (l && r) {
		/* succ leaves its place to its right child, takes x's. */
		child = succ->rb_child[1];
		black = succ->rb_parent_color & VA_BLACK;
		if (succ == r) {
			parent = succ;
		} else {
			parent = va_parent(succ);
			parent->rb_child[0] = child;
			if (child)
				va_set_parent(child, parent);
			succ->rb_child[1] = r;
			va_set_parent(r, succ);
		}
		succ->rb_child[0] = l;
		va_set_parent(l, succ);
		va_replace_child(root, va_parent(x), x, succ);
		succ->rb_parent_color = x->rb_parent_color;
		va_recompute_to(parent, succ);
		va_raise_up(va_parent(succ), succ->subtree_max_free, NULL);
	} else {
		/* One child at most: then a red leaf, which may be succ. */
		child = l ? l : r;
		parent = va_parent(x);
		black = x->rb_parent_color & VA_BLACK;
		va_replace_child(root, parent, x, child);
		if (child)
			va_set_parent(child, parent);
		if (!succ) {
			if (x->free_below) /* else no maximum can drop */
				va_recompute_up(parent);
		} else if (child == succ) {
			child->subtree_max_free = child->free_below;
			va_raise_up(parent, child->free_below, NULL);
		} else {
			/* succ is an ancestor: x was its predecessor. */
			va_recompute_to(parent, succ);
			va_raise_up(va_parent(succ), succ->subtree_max_free,
				    NULL);
		}
	}
	if (black)
		va_erase_fixup(root, child, parent);
	x->rb_parent_color = VA_UNLINKED;
}

/* ---- search -------------------------------------------------------------- */

enum va_fit_result { VA_MISS, VA_FIT, VA_STOP };

/*
 * Does [a, a + size), a the first multiple of align in the gap
 * [gap_start, gap_end) clipped to [lo, hi), fit in that gap? VA_STOP when
 * a would not fit below hi: no later gap can fit either. hi - lo >= size.
 */
static inline enum va_fit_result va_fit(unsigned long gap_start,
					unsigned long gap_end,
					unsigned long size, unsigned long align,
					unsigned long lo, unsigned long hi,
					unsigned long *addr)
{
	unsigned long start = max(gap_start, lo);
	unsigned long a = (start + align - 1) & ~(align - 1);

	if (a < start || a > hi - size) /* wrapped, or past hi */
		return VA_STOP;
	if (a + size > gap_end)
		return VA_MISS;
	*addr = a;
	return VA_FIT;
}

/*
 * Find where the lowest fit of (size, align) in [lo, hi) goes, looking
 * only at gaps of at least thr bytes: true with the address in *addr and
 * the gap's owner in *owner (NULL: the top). An in-order walk that skips
 * every subtree whose maximum is below thr and every node with
 * va_start <= lo (its gap lies below lo); then the top.
 */
static bool va_search(const struct vmap_area_root *root, unsigned long size,
		      unsigned long align, unsigned long lo, unsigned long hi,
		      unsigned long thr, bool may_widen, unsigned long *addr,
		      struct vmap_area **owner)
{
	struct vmap_area *n = root->tree, *p;
	unsigned int misses = 0;
	unsigned long wide;

	if (!n || n->subtree_max_free < thr)
		goto top;
	for (;;) {
		while (n->va_start > lo && n->rb_child[0] &&
		       n->rb_child[0]->subtree_max_free >= thr)
			n = n->rb_child[0];
		/* Visit n (its lower subtree is done), then its upper one. */
		for (;;) {
			if (n->va_start > lo && n->free_below >= thr) {
				switch (va_fit(va_gap_start(n), n->va_start,
					       size, align, lo, hi, addr)) {
				case VA_FIT:
					*owner = n;
					return true;
				case VA_STOP:
					return false;
				case VA_MISS:
					break;
				}
				wide = size + align - 1;
				if (++misses == VA_SEARCH_BUDGET && may_widen &&
				    wide > size && n->va_end < hi &&
				    va_search(root, size, align, n->va_end, hi,
					      wide, false, addr, owner))
					return true;
			}
			if (n->va_start >= hi)
				return false; /* every later gap starts above */
			if (n->rb_child[1] &&
			    n->rb_child[1]->subtree_max_free >= thr) {
				n = n->rb_child[1];
				break;
			}
			while ((p = va_parent(n)) && p->rb_child[1] == n)
				n = p;
			if (!p)
				goto top;
			n = p;
		}
	}
top:
	if (root->end - va_top_start(root) < thr)
		return false;
	*owner = NULL;
	return va_fit(va_top_start(root), root->end, size, align, lo, hi,
		      addr) == VA_FIT;
}

/* ---- API ----------------------------------------------------------------- */

int vmap_area_init(struct vmap_area_root *root, unsigned long start,
		   unsigned long end)
{
	if (start >= end)
		return -EINVAL;
	root->tree = root->last = NULL;
	root->start = start;
	root->end = end;
	root->nr_busy = 0;
	root->nr_free = 1;
	root->busy_bytes = 0;
	return 0;
}

int vmap_area_alloc(struct vmap_area_root *root, struct vmap_area *va,
		    unsigned long size, unsigned long align,
		    unsigned long vstart, unsigned long vend)
{
	unsigned long lo = max(vstart, root->start), hi = min(vend, root->end);
	unsigned long addr;
	struct vmap_area *s;

	/* Until it is linked, vmap_area_free refuses it. */
	va->rb_parent_color = VA_UNLINKED;
	if (!size || !align || (align & (align - 1)))
		return -EINVAL;
	if (lo >= hi || hi - lo < size)
		return -ENOMEM;
	if (!root->tree || root->tree->subtree_max_free < size) {
		/* No hole in the tree is large enough: the top or nothing. */
		s = NULL;
		if (va_fit(va_top_start(root), root->end, size, align, lo, hi,
			   &addr) != VA_FIT)
			return -ENOMEM;
	} else if (!va_search(root, size, align, lo, hi, size, true, &addr,
			      &s)) {
		return -ENOMEM;
	}
	va_link(root, va, s, addr, size);
	return 0;
}

int vmap_area_reserve(struct vmap_area_root *root, struct vmap_area *va,
		      unsigned long addr, unsigned long size)
{
	struct vmap_area *n = root->tree, *s = NULL;
	unsigned long gap_start, gap_end;

	va->rb_parent_color = VA_UNLINKED;
	if (!size || addr < root->start || addr >= root->end ||
	    size > root->end - addr)
		return -EINVAL;
	/* s: the first area above addr (NULL: addr is in the top gap). */
	while (n) {
		if (n->va_start > addr) {
			s = n;
			n = n->rb_child[0];
		} else {
			n = n->rb_child[1];
		}
	}
	gap_start = s ? va_gap_start(s) : va_top_start(root);
	gap_end = s ? s->va_start : root->end;
	if (addr < gap_start || gap_end - addr < size)
		return -EBUSY;
	va_link(root, va, s, addr, size);
	return 0;
}

void vmap_area_free(struct vmap_area_root *root, struct vmap_area *va)
{
	unsigned long size = va->va_end - va->va_start;
	struct vmap_area *succ;

	if (unlikely(va->rb_parent_color == VA_UNLINKED)) {
		pr_err("vmap_area_free: [%lx, %lx) is not allocated\n",
		       va->va_start, va->va_end);
		return;
	}
	/* Up to two gaps and the area become one gap. */
	root->nr_free -= va->free_below != 0;
	root->nr_busy--;
	root->busy_bytes -= size;
	succ = va == root->last ? NULL : va_next_node(va);
	if (succ) {
		root->nr_free -= succ->free_below != 0;
		succ->free_below += va->free_below + size;
	} else {
		root->nr_free -= va->va_end != root->end;
		root->last = va_prev_node(va);
	}
	root->nr_free++;
	va_erase(root, va, succ);
}

int vmap_area_merge_next(struct vmap_area_root *root, struct vmap_area *va)
{
	struct vmap_area *next, *succ;

	if (va->rb_parent_color == VA_UNLINKED || va == root->last)
		return -EINVAL;
	next = va_next_node(va);
	if (next->free_below)
		return -EBUSY;
	succ = next == root->last ? NULL : va_next_node(next);
	/* No gap changes hands: succ's stays, next's was empty. */
	va->va_end = next->va_end;
	root->nr_busy--;
	if (!succ)
		root->last = va;
	va_erase(root, next, succ);
	return 0;
}

struct vmap_area *vmap_area_find(const struct vmap_area_root *root,
				 unsigned long addr)
{
	struct vmap_area *n = root->tree;

	while (n && n->va_start != addr)
		n = n->rb_child[addr > n->va_start];
	return n;
}

struct vmap_area *vmap_area_find_containing(const struct vmap_area_root *root,
					    unsigned long addr)
{
	struct vmap_area *n = root->tree, *best = NULL;

	while (n) {
		if (addr < n->va_start) {
			n = n->rb_child[0];
		} else {
			best = n;
			n = n->rb_child[1];
		}
	}
	return best && addr < best->va_end ? best : NULL;
}

struct vmap_area *vmap_area_first(const struct vmap_area_root *root)
{
	struct vmap_area *n = root->tree;

	while (n && n->rb_child[0])
		n = n->rb_child[0];
	return n;
}

struct vmap_area *vmap_area_next(const struct vmap_area_root *root __unused,
				 const struct vmap_area *va)
{
	return va_next_node(va);
}

struct vmap_area *vmap_area_prev(const struct vmap_area_root *root __unused,
				 const struct vmap_area *va)
{
	return va_prev_node(va);
}

/* ---- invariant checker --------------------------------------------------- */

struct va_check {
	const struct vmap_area_root *root;
	unsigned long prev_end; /* end of the previous area in address order */
	unsigned long nr_busy, nr_free, busy_bytes;
	const struct vmap_area *prev;
};

#define VA_CHECK_MAX_DEPTH 128 /* red-black height <= 2 log2(n + 1) */

static int va_bad(const struct vmap_area *va, const char *what)
{
	pr_err("vmap_area_check: node [%lx, %lx) free_below %lx: %s\n",
	       va->va_start, va->va_end, va->free_below, what);
	return -1;
}

/*
 * Black height of the subtree at n, checked in order; -1 after reporting
 * a fault.
 */
static int va_check_subtree(struct va_check *c, const struct vmap_area *n,
			    const struct vmap_area *parent, int depth)
{
	int hl, hr;

	if (!n)
		return 1;
	if (depth > VA_CHECK_MAX_DEPTH)
		return va_bad(n, "tree too deep (a cycle?)");
	if (va_parent(n) != parent)
		return va_bad(n, "wrong parent link");
	if (n->rb_parent_color & VA_UNLINKED)
		return va_bad(n, "marked unlinked");
	if (va_is_red(n) &&
	    (va_is_red(n->rb_child[0]) || va_is_red(n->rb_child[1])))
		return va_bad(n, "red node with a red child");
	hl = va_check_subtree(c, n->rb_child[0], n, depth + 1);
	if (hl < 0)
		return -1;

	if (n->va_start >= n->va_end)
		return va_bad(n, "empty or inverted area");
	if (n->va_start < c->prev_end)
		return va_bad(n,
			      "overlaps the previous area or lies below start");
	if (n->va_start - c->prev_end != n->free_below)
		return va_bad(n,
			      "free_below is not the gap to the previous area");
	if (n->va_end > c->root->end)
		return va_bad(n, "ends above the root's end");
	c->nr_busy++;
	c->busy_bytes += n->va_end - n->va_start;
	c->nr_free += n->free_below != 0;
	c->prev_end = n->va_end;
	c->prev = n;

	hr = va_check_subtree(c, n->rb_child[1], n, depth + 1);
	if (hr < 0)
		return -1;
	if (hl != hr)
		return va_bad(n, "black heights differ");
	if (n->subtree_max_free != va_subtree_max(n))
		return va_bad(n, "subtree_max_free wrong");
	return hl + !va_is_red(n);
}

int vmap_area_check(const struct vmap_area_root *root)
{
	struct va_check c = { .root = root, .prev_end = root->start };

	if (root->start >= root->end) {
		pr_err("vmap_area_check: bad root [%lx, %lx)\n", root->start,
		       root->end);
		return -EINVAL;
	}
	if (va_is_red(root->tree)) {
		pr_err("vmap_area_check: red root\n");
		return -EINVAL;
	}
	if (va_check_subtree(&c, root->tree, NULL, 0) < 0)
		return -EINVAL;
	c.nr_free += c.prev_end != root->end; /* the top */
	if (c.prev != root->last) {
		pr_err("vmap_area_check: last is %lx, the highest area %lx\n",
		       root->last ? root->last->va_start : 0,
		       c.prev ? c.prev->va_start : 0);
		return -EINVAL;
	}
	if (c.nr_busy != root->nr_busy || c.nr_free != root->nr_free ||
	    c.busy_bytes != root->busy_bytes) {
		pr_err("vmap_area_check: counters busy %lu free %lu bytes %lx\n",
		       root->nr_busy, root->nr_free, root->busy_bytes);
		pr_err("vmap_area_check: the tree has %lu %lu %lx\n", c.nr_busy,
		       c.nr_free, c.busy_bytes);
		return -EINVAL;
	}
	return 0;
}
