/* SPDX-License-Identifier: MIT */
/* Shared by mm/vmalloc.c and mm/vmalloc_purge.c, for them only. */
#ifndef MM_VMALLOC_INTERNAL_H
#define MM_VMALLOC_INTERNAL_H

#include <kernel/vmalloc.h>

#define GUARD_SIZE PAGE_SIZE

static inline struct vm_struct *to_vm(struct vmap_area *va)
{
	return va ? container_of(va, struct vm_struct, va) : NULL;
}

/*
 * vm is unmapped (no TLB flush yet) and marked VM_FREEING: queue its
 * range for the purge, purging at once past lazy_max_pages().
 */
void free_vm_area_lazy(struct vm_struct *vm);

/*
 * Flush every CPU's TLB for the queued ranges and give them back. Returns
 * whether anything was given back (by this call or one it waited for).
 * Process context.
 */
bool purge_vmap_area_lazy(void);

/* vfree's body, in process context; caller names it in warnings. */
void __vfree(const void *addr, const void *caller);
/* Queue addr for the vfree kernel thread (interrupt context). */
void vfree_deferred(const void *addr, const void *caller);

#endif
