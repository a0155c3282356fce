/* SPDX-License-Identifier: MIT */
/*
 * vmap_area: the virtual-range allocator under vmalloc. Pure range
 * management: it never touches page tables nor the memory it hands out.
 *
 * One red-black tree holds the busy areas of a root range [start, end),
 * keyed by address. The free space is not stored separately: each area
 * records the free gap just below it, and the gap above the last area
 * (the top) is what remains up to end. Every node also keeps the largest
 * gap in its subtree, so the lowest-address gap that fits is found in one
 * descent, and none at all when no hole in the tree is large enough.
 *
 *   start                                                          end
 *   |  gap(A) |== A ==|gap(B)|==== B ====|          top             |
 *   '---------'       '------'           '--------------------------'
 *   A->free_below     B->free_below      end - root->last->va_end
 *
 * Because a gap lives in the area above it, allocating never needs a node
 * (the caller's area is the node) and freeing merges both neighbouring gaps
 * by construction: there are no free-range nodes, no node cache and no
 * failure half-way. Costs: alloc, free, find O(log n), and O(1) plus an
 * amortised rebalance when the area goes in or comes from the top; see
 * mm/vmap_area.c for the alignment rule.
 *
 * The caller provides the memory of each area and embeds it where it likes:
 *
 *	struct vm_struct { struct vmap_area va; struct page **pages; ... };
 *	vm = container_of(vmap_area_find(&root, addr), struct vm_struct, va);
 *
 * No locking inside: the caller serialises every call on one root.
 */
#ifndef KERNEL_VMAP_AREA_H
#define KERNEL_VMAP_AREA_H

#include <kernel/compiler.h>
#include <kernel/types.h>

/*
 * A busy range [va_start, va_end). va_start, va_end and free_below may be
 * read while the area is allocated; the rest belongs to the tree.
 * 28 bytes on 32-bit, 56 bytes on 64-bit.
 */
struct vmap_area {
	unsigned long va_start;
	unsigned long va_end;
	unsigned long free_below;	/* free bytes just below va_start */
	unsigned long subtree_max_free; /* largest free_below in the subtree */
	struct vmap_area *rb_child[2];	/* [0] lower, [1] higher addresses */
	unsigned long rb_parent_color;	/* parent pointer | black */
};

struct vmap_area_root {
	struct vmap_area *tree;
	struct vmap_area *last; /* the highest area, NULL if none */
	unsigned long start, end;
	unsigned long nr_busy; /* allocated areas */
	unsigned long nr_free; /* free ranges (maximal gaps) */
	unsigned long busy_bytes;
};

/* Manage [start, end), all free. start < end. Returns 0 or -EINVAL. */
int vmap_area_init(struct vmap_area_root *root, unsigned long start,
		   unsigned long end);

/*
 * Allocate size bytes at an address that is a multiple of align (a power
 * of two), inside [vstart, vend) clipped to the root's range: the lowest
 * such address, except as mm/vmap_area.c explains for large alignments
 * over very fragmented space. Fills va->va_start and va->va_end and links
 * va. Returns 0, -EINVAL (size 0, bad align) or -ENOMEM (no room; nothing
 * changed; va is only marked unlinked).
 */
int vmap_area_alloc(struct vmap_area_root *root, struct vmap_area *va,
		    unsigned long size, unsigned long align,
		    unsigned long vstart, unsigned long vend);

/*
 * Allocate exactly [addr, addr + size). Returns 0, -EINVAL (empty or
 * outside the root) or -EBUSY (overlaps a busy area).
 */
int vmap_area_reserve(struct vmap_area_root *root, struct vmap_area *va,
		      unsigned long addr, unsigned long size);

/*
 * Return va's range to the free space, merged with the free gaps on both
 * sides. A second free of the same area is reported and ignored.
 */
void vmap_area_free(struct vmap_area_root *root, struct vmap_area *va);

/*
 * va takes over the busy area right above it, which must touch it (no
 * gap): one area covers both, and the other's node is unlinked (it was
 * the caller's). Returns 0, -EINVAL (va not allocated, or the last) or
 * -EBUSY (a gap between them; nothing changed). O(1) amortised.
 */
int vmap_area_merge_next(struct vmap_area_root *root, struct vmap_area *va);

/* The busy area starting exactly at addr, or NULL. */
struct vmap_area *vmap_area_find(const struct vmap_area_root *root,
				 unsigned long addr);

/* The busy area with va_start <= addr < va_end, or NULL. */
struct vmap_area *vmap_area_find_containing(const struct vmap_area_root *root,
					    unsigned long addr);

/* Busy areas in address order: first, then next until NULL. O(1) amortised. */
struct vmap_area *vmap_area_first(const struct vmap_area_root *root);
struct vmap_area *vmap_area_next(const struct vmap_area_root *root,
				 const struct vmap_area *va);
/* The busy area just below va, or NULL. */
struct vmap_area *vmap_area_prev(const struct vmap_area_root *root,
				 const struct vmap_area *va);

static inline unsigned long
vmap_area_free_bytes(const struct vmap_area_root *root)
{
	return root->end - root->start - root->busy_bytes;
}

/*
 * Walk the whole tree and verify: links and red-black rules, the subtree
 * maxima, address order without overlap, every gap equal to the distance
 * to the previous area (so busy + free cover [start, end) exactly and no
 * two free ranges touch), root->last, and the counters. Returns 0,
 * or prints what is wrong and returns -EINVAL. O(n).
 */
int vmap_area_check(const struct vmap_area_root *root);

#endif
