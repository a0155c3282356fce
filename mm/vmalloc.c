// SPDX-License-Identifier: MIT
/*
 * vmalloc, vmap and ioremap on top of the area allocator (mm/vmap_area.c)
 * and the generic page-table code. An area's metadata (struct vm_struct,
 * the vmap_area embedded) and its page array come from kmalloc.
 *
 * vfree unmaps and frees the pages at once; the TLB flush and the return
 * of the range are lazy (mm/vmalloc_purge.c), so a range is never reused
 * with stale TLB entries. Page-table pages of the range stay allocated
 * for the next area there.
 *
 * Locking: vmap_area_lock covers the area tree, the area count, an
 * area's VM_FREEING mark and the purge list; init_mm.page_table_lock
 * covers the page tables of the range while they are filled (two areas
 * may share a table; clearing an area's own entries needs none). Neither
 * is held while taking the other; pages, page tables and metadata are
 * allocated outside vmap_area_lock. Neither is taken in an interrupt
 * handler: vmalloc and the rest refuse to run there, and vfree is
 * deferred. The fault path (vmalloc_fault) takes no lock at all.
 */
#include <asm/tlbflush.h>
#include <kernel/errno.h>
#include <kernel/highmem.h>
#include <kernel/ksyms.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "vmalloc_internal.h"

struct vmap_area_root vmap_area_root;
struct vmalloc_stats vmalloc_stats;
DEFINE_SPINLOCK(vmap_area_lock);

/* The page counters change outside vmap_area_lock: atomically. */
static void vm_stat_add(unsigned long *counter, long n)
{
	__atomic_fetch_add(counter, (unsigned long)n, __ATOMIC_RELAXED);
}

void vmalloc_init(void)
{
	vmap_area_init(&vmap_area_root, VMALLOC_START, VMALLOC_END);
}

bool is_vmalloc_addr(const void *addr)
{
	unsigned long a = (unsigned long)addr;

	return a >= VMALLOC_START && a < VMALLOC_END;
}

/* A live area (not one freed and waiting for the purge), or NULL. */
static struct vm_struct *to_live_vm(struct vmap_area *va)
{
	struct vm_struct *vm = to_vm(va);

	return vm && !(vm->flags & VM_FREEING) ? vm : NULL;
}

struct vm_struct *find_vm_area(const void *addr)
{
	struct vm_struct *vm;

	if (!is_vmalloc_addr(addr))
		return NULL;
	spin_lock(&vmap_area_lock);
	vm = to_live_vm(vmap_area_find(&vmap_area_root, (unsigned long)addr));
	spin_unlock(&vmap_area_lock);
	return vm;
}

struct vm_struct *vmalloc_area_containing(unsigned long addr)
{
	struct vm_struct *vm;

	if (!is_vmalloc_addr((void *)addr))
		return NULL;
	spin_lock(&vmap_area_lock);
	vm = to_live_vm(vmap_area_find_containing(&vmap_area_root, addr));
	spin_unlock(&vmap_area_lock);
	return vm;
}

/*
 * Reserve a range of size bytes plus the guard page and its metadata.
 * Returns NULL (nothing held) when the range or the memory is missing.
 */
static struct vm_struct *get_vm_area(unsigned long size, unsigned long align,
				     unsigned long start, unsigned long end,
				     unsigned long flags, const void *caller,
				     unsigned long inline_pages)
{
	struct vm_struct *vm;

	if (!size || size > end - start || size + GUARD_SIZE < size)
		return NULL;
	vm = kmalloc(sizeof(*vm) + inline_pages * sizeof(struct page *),
		     GFP_KERNEL);
	if (!vm)
		return NULL;
	for (bool purged = false;; purged = true) {
		bool lazy;

		spin_lock(&vmap_area_lock);
		if (!vmap_area_alloc(&vmap_area_root, &vm->va,
				     size + GUARD_SIZE, align, start, end))
			break;
		lazy = vmalloc_stats.lazy_areas;
		spin_unlock(&vmap_area_lock);
		/* No room: give back what waits for the purge, and try again. */
		if (purged || !lazy || !purge_vmap_area_lazy()) {
			kfree(vm);
			return NULL;
		}
	}
	vmalloc_stats.areas++;
	spin_unlock(&vmap_area_lock);
	vm->addr = (void *)vm->va.va_start;
	vm->size = size + GUARD_SIZE;
	vm->flags = flags;
	vm->pages = NULL;
	vm->nr_pages = 0;
	vm->phys_addr = 0;
	vm->caller = caller;
	return vm;
}

static void put_vm_area(struct vm_struct *vm)
{
	spin_lock(&vmap_area_lock);
	vmap_area_free(&vmap_area_root, &vm->va);
	vmalloc_stats.areas--;
	spin_unlock(&vmap_area_lock);
	kfree(vm);
}

/* Map pages at vm's start; table pages allocated here are counted. */
static int vm_map_pages(struct vm_struct *vm, struct page **pages,
			unsigned int nr, pgprot_t prot)
{
	unsigned long tables;
	int err;

	spin_lock(&init_mm.page_table_lock);
	tables = this_cpu_pgtable_pages(); /* preemption is off */
	arch_enter_lazy_mmu_mode();
	err = pgtable_map_pages(init_mm.pgd, vm->va.va_start, pages, nr, prot);
	arch_leave_lazy_mmu_mode();
	vm_stat_add(&vmalloc_stats.pgtable_pages,
		    (long)(this_cpu_pgtable_pages() - tables));
	spin_unlock(&init_mm.page_table_lock);
	if (!err)
		vm_stat_add(&vmalloc_stats.pages, nr);
	return err;
}

/* Unmap what vm maps, without a TLB flush (the purge does it); the tables stay. */
static void vm_unmap(struct vm_struct *vm, unsigned long mapped)
{
	unsigned long start = vm->va.va_start;

	/*
	 * No lock: the range is this caller's alone, and clearing entries
	 * frees no table, so a neighbour filling the same tables is unharmed.
	 */
	arch_enter_lazy_mmu_mode();
	pgtable_clear_range(init_mm.pgd, start, start + mapped);
	arch_leave_lazy_mmu_mode();
}

/*
 * A page array this short shares the vm_struct's allocation (one kmalloc
 * and one kfree fewer per vmalloc; the size class is usually the same).
 */
#define VM_INLINE_PAGES_MAX                                    \
	((KMALLOC_MAX_CACHE_SIZE - sizeof(struct vm_struct)) / \
	 sizeof(struct page *))

static struct page **vm_inline_pages(struct vm_struct *vm)
{
	return (struct page **)(vm + 1);
}

static void free_page_array(struct vm_struct *vm, struct page **pages,
			    unsigned int nr)
{
	while (nr--)
		__free_page(pages[nr]);
	if (pages != vm_inline_pages(vm))
		kfree(pages);
}

void *__vmalloc_node_range(unsigned long size, unsigned long align,
			   unsigned long start, unsigned long end,
			   gfp_t gfp_mask, pgprot_t prot,
			   unsigned long vm_flags, int node __unused,
			   const void *caller)
{
	unsigned long nr, i;
	struct vm_struct *vm;
	struct page **pages;

	if (!caller)
		caller = __builtin_return_address(0);
	if (__might_sleep("vmalloc", caller)) /* refused, not just reported */
		return NULL;
	if (!size || size > VMALLOC_END - VMALLOC_START)
		return NULL;
	size = ALIGN_UP(size, PAGE_SIZE);
	if (start < VMALLOC_START || end > VMALLOC_END || start >= end ||
	    align < PAGE_SIZE || (align & (align - 1)))
		return NULL;
	nr = size >> PAGE_SHIFT;
	vm = get_vm_area(size, align, start, end, VM_ALLOC | vm_flags, caller,
			 nr <= VM_INLINE_PAGES_MAX ? nr : 0);
	if (!vm)
		return NULL;
	pages = nr <= VM_INLINE_PAGES_MAX
			? vm_inline_pages(vm)
			: kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto out_free_area;
	for (i = 0; i < nr; i++) {
		pages[i] = alloc_page(gfp_mask);
		if (!pages[i])
			goto out_free_pages;
	}
	if (vm_map_pages(vm, pages, nr, prot))
		goto out_free_pages;
	vm->pages = pages;
	vm->nr_pages = nr;
	return vm->addr;

out_free_pages:
	free_page_array(vm, pages, i);
out_free_area:
	put_vm_area(vm);
	return NULL;
}

void *vmalloc(unsigned long size)
{
	return __vmalloc_node_range(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END,
				    GFP_HIGHUSER, PAGE_KERNEL, 0, 0,
				    __builtin_return_address(0));
}

void *vzalloc(unsigned long size)
{
	return __vmalloc_node_range(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END,
				    GFP_HIGHUSER | __GFP_ZERO, PAGE_KERNEL, 0,
				    0, __builtin_return_address(0));
}

/*
 * Find the area addr starts and mark it VM_FREEING, so that a second
 * vfree racing with this one finds it gone; warn (once per call) about
 * anything else.
 */
static struct vm_struct *vm_lookup(const void *addr, const char *who,
				   unsigned long want, const void *caller)
{
	struct vm_struct *vm = NULL;
	char sym[96];

	if (__might_sleep(who, caller))
		return NULL;
	if (is_vmalloc_addr(addr)) {
		spin_lock(&vmap_area_lock);
		vm = to_vm(
			vmap_area_find(&vmap_area_root, (unsigned long)addr));
		if (vm && (vm->flags & want) && !(vm->flags & VM_FREEING))
			vm->flags |= VM_FREEING;
		else
			vm = NULL;
		spin_unlock(&vmap_area_lock);
	}
	if (vm)
		return vm;
	vm_stat_add(&vmalloc_stats.warnings, 1);
	printk("WARNING: %s: %p is not the start of a live %s area (caller %s)\n",
	       who, addr,
	       want & VM_ALLOC ? "vmalloc"
	       : want & VM_MAP ? "vmap"
			       : "ioremap",
	       ksym_format_ret((unsigned long)caller, sym, sizeof(sym)));
	return NULL;
}

static void vm_release(struct vm_struct *vm)
{
	vm_unmap(vm, vm->size - GUARD_SIZE);
	if (vm->flags & VM_ALLOC) {
		vm_stat_add(&vmalloc_stats.pages, -(long)vm->nr_pages);
		free_page_array(vm, vm->pages, vm->nr_pages);
	} else if (vm->flags & VM_MAP) {
		vm_stat_add(&vmalloc_stats.pages, -(long)vm->nr_pages);
	}
	free_vm_area_lazy(vm);
}

void __vfree(const void *addr, const void *caller)
{
	struct vm_struct *vm;

	vm = vm_lookup(addr, "vfree", VM_ALLOC | VM_MAP, caller);
	if (vm)
		vm_release(vm);
}

void vfree(const void *addr)
{
	if (!addr)
		return;
	/* Linux's rule: an interrupt handler may vfree; it is done later. */
	if (in_interrupt() && !in_nmi()) {
		vfree_deferred(addr, __builtin_return_address(0));
		return;
	}
	__vfree(addr, __builtin_return_address(0));
}

void *vmap(struct page **pages, unsigned int count, unsigned long flags,
	   pgprot_t prot)
{
	unsigned long size = (unsigned long)count << PAGE_SHIFT;
	struct vm_struct *vm;

	if (__might_sleep("vmap", __builtin_return_address(0)))
		return NULL;
	if (!count || size >> PAGE_SHIFT != count) /* 0, or overflows */
		return NULL;
	vm = get_vm_area(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END,
			 VM_MAP | flags, __builtin_return_address(0), 0);
	if (!vm)
		return NULL;
	if (vm_map_pages(vm, pages, count, prot)) {
		put_vm_area(vm);
		return NULL;
	}
	vm->nr_pages = count;
	return vm->addr;
}

void vunmap(const void *addr)
{
	struct vm_struct *vm;

	if (!addr)
		return;
	vm = vm_lookup(addr, "vunmap", VM_MAP, __builtin_return_address(0));
	if (vm)
		vm_release(vm);
}

void *ioremap(phys_addr_t phys, unsigned long size)
{
	unsigned long offset = (unsigned long)(phys & ~(phys_addr_t)PAGE_MASK);
	phys_addr_t base = phys - offset;
	unsigned long tables;
	struct vm_struct *vm;
	int err;

	if (__might_sleep("ioremap", __builtin_return_address(0)))
		return NULL;
	if (!size || size + offset < size || phys + size < phys)
		return NULL;
	size = ALIGN_UP(size + offset, PAGE_SIZE);
	vm = get_vm_area(size, PAGE_SIZE, VMALLOC_START, VMALLOC_END,
			 VM_IOREMAP, __builtin_return_address(0), 0);
	if (!vm)
		return NULL;
	spin_lock(&init_mm.page_table_lock);
	tables = this_cpu_pgtable_pages();
	err = pgtable_map_range(init_mm.pgd, vm->va.va_start,
				vm->va.va_start + size, base,
				PAGE_KERNEL_NOCACHE, PAGE_SIZE);
	/* Kept for the range like vmalloc's (vm_map_pages). */
	vm_stat_add(&vmalloc_stats.pgtable_pages,
		    (long)(this_cpu_pgtable_pages() - tables));
	spin_unlock(&init_mm.page_table_lock);
	if (err) {
		put_vm_area(vm);
		return NULL;
	}
	vm->phys_addr = base;
	return (char *)vm->addr + offset;
}

void iounmap(void *addr)
{
	struct vm_struct *vm;

	if (!addr)
		return;
	vm = vm_lookup((void *)((unsigned long)addr & PAGE_MASK), "iounmap",
		       VM_IOREMAP, __builtin_return_address(0));
	if (vm)
		vm_release(vm);
}

struct page *vmalloc_to_page(const void *addr)
{
	enum pg_level level;
	pteval_t *e;

	if (!is_vmalloc_addr(addr))
		return NULL;
	e = lookup_address_in_pgd(init_mm.pgd, (unsigned long)addr, &level);
	if (!e || level != PG_LEVEL_4K)
		return NULL;
	return pfn_to_page(pte_pfn(*(pte_t *)e));
}

unsigned long vmalloc_to_pfn(const void *addr)
{
	struct page *page = vmalloc_to_page(addr);

	return page ? page_to_pfn(page) : 0;
}

void vmalloc_report_address(unsigned long addr)
{
	struct vm_struct *vm;
	unsigned long start, mapped;
	char sym[96];

	if (!is_vmalloc_addr((void *)addr))
		return;
	/* From an oops: the lock may be held by the code that died. */
	if (!spin_trylock(&vmap_area_lock)) {
		printk("vmalloc: %p: areas not looked up (vmap_area_lock is held)\n",
		       (void *)addr);
		return;
	}
	vm = to_vm(vmap_area_find_containing(&vmap_area_root, addr));
	spin_unlock(&vmap_area_lock);
	if (!vm) {
		if (is_vmalloc_addr((void *)addr))
			printk("vmalloc: %p is in the vmalloc range but in no live area\n",
			       (void *)addr);
		return;
	}
	if (vm->flags & VM_LAZY) {
		printk("vmalloc: %p is in vfreed areas [%p-%p] waiting for the lazy purge (a use after vfree?)\n",
		       (void *)addr, (void *)vm->va.va_start,
		       (void *)vm->va.va_end);
		return;
	}
	start = vm->va.va_start;
	mapped = vm->size - GUARD_SIZE;
	printk("vmalloc: %p is %s %sarea [%p-%p] (%lu bytes + guard page) allocated by %s\n",
	       (void *)addr,
	       addr >= start + mapped ? "in the guard page of" : "inside",
	       vm->flags & VM_FREEING ? "the vfreed " : "", (void *)start,
	       (void *)(start + mapped), mapped,
	       ksym_format_ret((unsigned long)vm->caller, sym, sizeof(sym)));
}
