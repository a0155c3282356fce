/* SPDX-License-Identifier: MIT */
/*
 * vmalloc: virtually contiguous kernel memory from scattered pages, in
 * [VMALLOC_START, VMALLOC_END), with Linux's names and semantics.
 *
 * Every area is followed by an unmapped guard page. Page tables for the
 * range are allocated on demand in init_mm, which is where new kernel
 * top-level entries appear; other PGDs pick them up lazily on a fault.
 *
 * vfree and vunmap unmap at once but leave the range reserved until a
 * lazy purge flushes the TLB of every CPU for many areas at once
 * (mm/vmalloc_purge.c); the pages of a vmalloc area are freed at once.
 *
 * Context: process context (interrupts on or off). vfree in an interrupt
 * handler is deferred to process context, as vfree_atomic; the rest, and
 * anything in NMI context, is refused with one line naming the caller.
 */
#ifndef KERNEL_VMALLOC_H
#define KERNEL_VMALLOC_H

#include <asm/pgtable_types.h>
#include <kernel/gfp.h>
#include <kernel/spinlock.h>
#include <kernel/types.h>
#include <kernel/vmap_area.h>

struct page;

/* vm_struct flags */
#define VM_ALLOC 0x1   /* vmalloc: owns its pages */
#define VM_MAP 0x2     /* vmap: maps the caller's pages */
#define VM_IOREMAP 0x4 /* ioremap: maps device memory */
/* vfreed: no longer found, its range waits for the purge (vmap_area_lock) */
#define VM_FREEING 0x100
/* on the purge list: its node holds the range, or a neighbour's absorbed it */
#define VM_LAZY 0x200
#define VM_LAZY_MERGED \
	0x400 /* its node left the tree: a neighbour's covers it */

struct vm_struct {
	struct vmap_area va; /* the virtual range, guard page included */
	void *addr;	     /* start of the mapping */
	unsigned long size;  /* bytes, guard page included (as in Linux) */
	unsigned long flags;
	struct page **pages; /* VM_ALLOC: what is mapped, in order */
	unsigned int nr_pages;
	unsigned int purge_gen; /* which purge list (vmap_area_lock) */
	phys_addr_t phys_addr;	/* VM_IOREMAP */
	const void *caller;
	struct vm_struct *purge_next; /* on the purge list (vmap_area_lock) */
};

/* Set up the area allocator for [VMALLOC_START, VMALLOC_END). */
void vmalloc_init(void);

/* size bytes (rounded up to pages), or NULL for 0, overflow or no memory. */
void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);

/*
 * The general form: size bytes at an address aligned to align (a power of
 * two, at least PAGE_SIZE), inside [start, end) (which must lie in the
 * vmalloc range), backed by pages from gfp_mask (__GFP_HIGHMEM allowed),
 * mapped with prot. node is ignored (one node). caller names the area in
 * reports (__builtin_return_address(0) when NULL).
 */
void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end,
			   gfp_t gfp_mask, pgprot_t prot,
			   unsigned long vm_flags, int node,
			   const void *caller);

/* Free a vmalloc (or vmap) area. NULL is a no-op; anything else that is not
 * the start of a live area gets one warning and changes nothing. */
void vfree(const void *addr);

/*
 * vfree for atomic context (a spinlock held, interrupts off, an interrupt
 * handler): queued, and freed soon after by a kernel thread. Not in NMI
 * context. Only for vmalloc areas.
 */
void vfree_atomic(const void *addr);

/*
 * Finish every vfree, vunmap and vfree_atomic so far: deferred frees are
 * done, and lazily freed ranges are flushed from every TLB and given back.
 * Process context.
 */
void vm_unmap_aliases(void);

/* Map count pages contiguously; vunmap undoes it, leaving the pages alone. */
void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot);
void vunmap(const void *addr);

/* Device memory [phys, phys + size), uncached; the offset in the page is kept. */
void *ioremap(phys_addr_t phys, unsigned long size);
void iounmap(void *addr);

bool is_vmalloc_addr(const void *addr);
struct page *vmalloc_to_page(const void *addr);
unsigned long vmalloc_to_pfn(const void *addr);
/* The live area starting at addr, or NULL. */
struct vm_struct *find_vm_area(const void *addr);
/* The live area whose range (guard page included) holds addr, or NULL. */
struct vm_struct *vmalloc_area_containing(unsigned long addr);

/* One line naming the area of a faulting address, for oops reports. */
void vmalloc_report_address(unsigned long addr);

struct vmalloc_stats {
	unsigned long areas; /* live areas */
	unsigned long pages; /* pages mapped by them */
	unsigned long
		pgtable_pages;	/* page-table pages allocated for the range */
	unsigned long warnings; /* bad vfree/vunmap calls */
	/* The lazy purge (mm/vmalloc_purge.c), under vmap_area_lock: */
	unsigned long lazy_areas;   /* freed, waiting for the purge */
	unsigned long lazy_pages;   /* their ranges in pages, guard included */
	unsigned long lazily_freed; /* pages of ranges ever freed lazily */
	unsigned long purges;	    /* purges that gave ranges back */
	unsigned long deferred;	    /* vfree_atomic calls ever queued */
};
extern struct vmalloc_stats vmalloc_stats;

/* The area allocator itself, for tests and the invariant checker. */
extern struct vmap_area_root vmap_area_root;
/*
 * Protects vmap_area_root, vmalloc_stats.areas and the purge counters,
 * VM_FREEING and the purge list (mm/vmalloc.c, mm/vmalloc_purge.c).
 */
extern spinlock_t vmap_area_lock;

/*
 * Tests and benchmarks: purge at every vfree (an immediate flush per
 * vfree, as before the lazy purge); also `vmalloc_lazy=off` at boot.
 */
extern bool vmap_purge_immediate;
/* Pages of lazily freed ranges that trigger a purge: fls(CPUs) * 32 MiB. */
unsigned long lazy_max_pages(void);
/*
 * After sched_init: start the kernel thread that does deferred vfrees,
 * and read vmalloc_lazy=on|off from the command line.
 */
void vmalloc_init_late(const char *cmdline);

#endif
