// SPDX-License-Identifier: MIT
/*
 * The lazy vfree purge, and vfree from atomic context, as Linux does them.
 *
 * vfree and vunmap clear an area's page-table entries and free its pages
 * at once, but flush no TLB: the range stays reserved in the area tree,
 * marked VM_FREEING, on the purge list. A vfreed area that touches another
 * one waiting for the purge is merged into it (one node covers both), so
 * the tree does not grow with the areas waiting: its searches cost what
 * they cost with the live areas alone. When the ranges waiting pass
 * lazy_max_pages(), when an allocation finds no room, or when
 * vm_unmap_aliases() asks, one flush_tlb_kernel_range() over all of them
 * (one round of IPIs) drops every stale translation, and only then do
 * the ranges go back to the allocator. So no range is handed out while a
 * CPU may still hold a translation of it, and a thousand vfrees cost one
 * shootdown instead of a thousand.
 *
 * What the window allows: until the purge a CPU may still reach the
 * freed pages through a stale translation. Only a use after vfree does
 * that, a bug in the caller, and it faults once the entry is gone; Linux
 * makes the same trade. An oops in such a range names the vfreed area.
 *
 * vfree_atomic, and vfree in an interrupt handler, queue the address and
 * wake the "vfreed" kernel thread, which frees it in process context.
 * The queue is an array, so a bad address is reported later and nothing
 * is written; only when it is full is the area's first page used as the
 * list node, after checking that the address is a mapped vmalloc page.
 *
 * Locking: vmap_purge_lock makes purges one at a time (taken answering
 * call-function IPIs: the purge sends them); vmap_area_lock covers the
 * purge list and its counters; vfree_deferred_lock (irqsave, taken in
 * interrupt handlers) covers the deferred queue. Order: vmap_purge_lock
 * -> vmap_area_lock, and vmap_purge_lock -> call_lock.
 */
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/cmdline.h>
#include <kernel/ksyms.h>
#include <kernel/preempt.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/smp.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "vmalloc_internal.h"

/* Areas given back per hold of vmap_area_lock (bounds its hold time). */
#define PURGE_BATCH 64
/* Deferred vfrees kept without touching the areas. */
#define VFREE_DEFERRED_MAX 128

bool vmap_purge_immediate;
static DEFINE_SPINLOCK(vmap_purge_lock);
static struct vm_struct *purge_list;   /* vmap_area_lock */
static unsigned long purge_list_pages; /* vmap_area_lock */
/* Bumped as a purge takes the list: its areas are no merge targets then. */
static unsigned int purge_gen; /* vmap_area_lock */

/* A deferred vfree that did not fit the array: in the area's first page. */
struct vfree_node {
	struct vfree_node *next;
	const void *caller;
};

/* vfree_deferred_lock */
static struct {
	unsigned int n;
	struct {
		const void *addr, *caller;
	} e[VFREE_DEFERRED_MAX];
	struct vfree_node *overflow;
	unsigned int in_flight; /* taken off, not yet freed (atomic) */
} deferred;
static DEFINE_SPINLOCK(vfree_deferred_lock);
static struct task_struct *vfree_thread;

unsigned long lazy_max_pages(void)
{
	unsigned int cpus = num_online_cpus();
	unsigned int fls = cpus ? 32 - (unsigned int)__builtin_clz(cpus) : 1;

	return fls * ((32UL << 20) >> PAGE_SHIFT);
}

/*
 * A neighbour on the current purge list (its node is in the tree), or
 * NULL. Not one a purge has taken: its range may be given back already.
 */
static struct vm_struct *lazy_node(struct vmap_area *va)
{
	struct vm_struct *vm = to_vm(va);

	return vm && (vm->flags & VM_LAZY) && vm->purge_gen == purge_gen ? vm
									 : NULL;
}

/* host's node takes over next's range, touching it; next's node leaves. */
static void lazy_merge(struct vm_struct *host, struct vm_struct *next)
{
	vmap_area_merge_next(&vmap_area_root, &host->va);
	next->flags |= VM_LAZY_MERGED;
}

/* vm's node joins a touching neighbour's, below and above. vmap_area_lock. */
static void lazy_coalesce(struct vm_struct *vm)
{
	struct vm_struct *prev =
		lazy_node(vmap_area_prev(&vmap_area_root, &vm->va));
	struct vm_struct *next;

	if (prev && prev->va.va_end == vm->va.va_start) {
		lazy_merge(prev, vm);
		vm = prev;
	}
	next = lazy_node(vmap_area_next(&vmap_area_root, &vm->va));
	if (next && next->va.va_start == vm->va.va_end)
		lazy_merge(vm, next);
}

void free_vm_area_lazy(struct vm_struct *vm)
{
	unsigned long pages = vm->size >> PAGE_SHIFT;
	bool purge;

	spin_lock(&vmap_area_lock);
	vm->flags |= VM_LAZY;
	vm->purge_gen = purge_gen;
	lazy_coalesce(vm);
	vm->purge_next = purge_list;
	purge_list = vm;
	purge_list_pages += pages;
	vmalloc_stats.areas--;
	vmalloc_stats.lazy_areas++;
	vmalloc_stats.lazy_pages += pages;
	vmalloc_stats.lazily_freed += pages;
	purge = purge_list_pages > lazy_max_pages() ||
		READ_ONCE(vmap_purge_immediate);
	spin_unlock(&vmap_area_lock);
	if (purge)
		purge_vmap_area_lazy();
}

/* Give the ranges of list back, a batch per hold of vmap_area_lock. */
static void purge_give_back(struct vm_struct *list)
{
	struct vm_struct *vm = list;

	while (vm) {
		struct vm_struct *batch = vm, *next;
		unsigned int i;

		spin_lock(&vmap_area_lock);
		for (i = 0; vm && i < PURGE_BATCH; i++, vm = vm->purge_next) {
			if (!(vm->flags & VM_LAZY_MERGED))
				vmap_area_free(&vmap_area_root, &vm->va);
			vmalloc_stats.lazy_areas--;
			vmalloc_stats.lazy_pages -= vm->size >> PAGE_SHIFT;
		}
		spin_unlock(&vmap_area_lock);
		for (; batch != vm; batch = next) {
			next = batch->purge_next;
			kfree(batch);
		}
	}
}

bool purge_vmap_area_lazy(void)
{
	unsigned long start = ~0UL, end = 0;
	struct vm_struct *list, *vm;

	spin_lock_answering_calls(&vmap_purge_lock);
	spin_lock(&vmap_area_lock);
	list = purge_list;
	purge_list = NULL;
	purge_list_pages = 0;
	purge_gen++;
	if (list)
		vmalloc_stats.purges++;
	spin_unlock(&vmap_area_lock);
	for (vm = list; vm; vm = vm->purge_next) {
		unsigned long a = (unsigned long)vm->addr;

		if (a < start)
			start = a;
		if (a + vm->size > end)
			end = a + vm->size;
	}
	/* One flush for them all: per page if the span is small, else all. */
	if (list)
		flush_tlb_kernel_range(start, end);
	purge_give_back(list);
	spin_unlock(&vmap_purge_lock);
	return list != NULL;
}

/* Can addr take a vfree_node without harm: a mapped vmalloc page start? */
static bool vfree_node_fits(const void *addr)
{
	return is_vmalloc_addr(addr) && !((unsigned long)addr & ~PAGE_MASK) &&
	       vmalloc_to_page(addr);
}

void vfree_deferred(const void *addr, const void *caller)
{
	unsigned long flags;
	bool queued = true;
	char sym[96];

	spin_lock_irqsave(&vfree_deferred_lock, flags);
	if (deferred.n < VFREE_DEFERRED_MAX) {
		deferred.e[deferred.n].addr = addr;
		deferred.e[deferred.n].caller = caller;
		deferred.n++;
	} else if (vfree_node_fits(addr)) {
		struct vfree_node *node = (struct vfree_node *)addr;

		node->next = deferred.overflow;
		node->caller = caller;
		deferred.overflow = node;
	} else {
		queued = false;
	}
	spin_unlock_irqrestore(&vfree_deferred_lock, flags);
	if (!queued) {
		__atomic_fetch_add(&vmalloc_stats.warnings, 1,
				   __ATOMIC_RELAXED);
		printk("WARNING: vfree_atomic: %p is not the start of a live vmalloc area (caller %s)\n",
		       addr,
		       ksym_format_ret((unsigned long)caller, sym,
				       sizeof(sym)));
		return;
	}
	__atomic_fetch_add(&vmalloc_stats.deferred, 1, __ATOMIC_RELAXED);
	if (vfree_thread)
		wake_up_process(vfree_thread);
}

void vfree_atomic(const void *addr)
{
	if (!addr)
		return;
	if (in_nmi()) { /* no lock may be taken there, not even irqsave */
		might_sleep_report("vfree_atomic", __builtin_return_address(0));
		return;
	}
	vfree_deferred(addr, __builtin_return_address(0));
}

/* Take one deferred vfree off the queue; false when it is empty. */
static bool vfree_deferred_pop(const void **addr, const void **caller)
{
	unsigned long flags;
	bool found = true;

	spin_lock_irqsave(&vfree_deferred_lock, flags);
	if (deferred.n) {
		deferred.n--;
		*addr = deferred.e[deferred.n].addr;
		*caller = deferred.e[deferred.n].caller;
	} else if (deferred.overflow) {
		*addr = deferred.overflow;
		*caller = deferred.overflow->caller;
		deferred.overflow = deferred.overflow->next;
	} else {
		found = false;
	}
	if (found)
		deferred.in_flight++;
	spin_unlock_irqrestore(&vfree_deferred_lock, flags);
	return found;
}

static void vfree_deferred_drain(void)
{
	const void *addr, *caller;

	while (vfree_deferred_pop(&addr, &caller)) {
		__vfree(addr, caller);
		__atomic_fetch_sub(&deferred.in_flight, 1, __ATOMIC_RELEASE);
	}
}

static bool vfree_deferred_pending(void)
{
	return READ_ONCE(deferred.n) || READ_ONCE(deferred.overflow);
}

static void vfree_thread_fn(void *arg __unused)
{
	for (;;) {
		set_current_sleeping();
		if (!vfree_deferred_pending())
			schedule();
		set_current_running();
		vfree_deferred_drain();
	}
}

void vmalloc_init_late(const char *cmdline)
{
	char arg[8];

	if (cmdline_get(cmdline, "vmalloc_lazy", arg, sizeof(arg))) {
		if (!strcmp(arg, "off"))
			vmap_purge_immediate = true;
		else if (strcmp(arg, "on"))
			printk("vmalloc: vmalloc_lazy=%s: not on or off; on\n",
			       arg);
	}
	vfree_thread = kthread_create(vfree_thread_fn, NULL, "vfreed");
	if (!vfree_thread)
		printk("vmalloc: no memory for the vfreed thread: deferred vfrees wait for vm_unmap_aliases()\n");
}

void vm_unmap_aliases(void)
{
	if (might_sleep("vm_unmap_aliases"))
		return;
	vfree_deferred_drain();
	/*
	 * One the vfreed thread took is freed before the purge below. With
	 * interrupts off the thread may be preempted here: then it is not.
	 */
	while (__atomic_load_n(&deferred.in_flight, __ATOMIC_ACQUIRE) &&
	       !irqs_disabled())
		yield();
	purge_vmap_area_lazy();
}
