// SPDX-License-Identifier: MIT
/*
 * kmalloc's size classes. Each class keeps one free list threaded through
 * its free objects, whichever page they are on: allocation and free are a
 * pop and a push. A page's objects in use are counted in its refcount, so
 * kmem_shrink can return pages whose objects are all free.
 *
 * Locking: each class's lock (interrupts off: kmalloc(GFP_ATOMIC) and
 * kfree may run in interrupt handlers) covers its free list, its
 * counters and the refcounts of its pages. Pages come from the page
 * allocator outside it.
 */
#include <kernel/fault_inject.h>
#include <kernel/page_alloc.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/spinlock.h>
#include <kernel/string.h>

#define NR_KMALLOC_CLASSES 8 /* 16 << 0 .. 16 << 7 = 2048 */

struct kmalloc_class {
	spinlock_t lock;
	void *freelist;
	unsigned long nr_pages;
	unsigned long nr_objects; /* live objects */
};

static struct lock_class_key kmalloc_class_key;
#define KMALLOC_CLASS_INIT                                               \
	{                                                                \
		.lock = __SPIN_LOCK_UNLOCKED_CLASS(&kmalloc_class_key,   \
						   "kmalloc_class.lock") \
	}
static struct kmalloc_class classes[NR_KMALLOC_CLASSES] = {
	KMALLOC_CLASS_INIT, KMALLOC_CLASS_INIT, KMALLOC_CLASS_INIT,
	KMALLOC_CLASS_INIT, KMALLOC_CLASS_INIT, KMALLOC_CLASS_INIT,
	KMALLOC_CLASS_INIT, KMALLOC_CLASS_INIT,
};
_Static_assert(NR_KMALLOC_CLASSES == 8, "one initialiser per class");

static unsigned int class_size(unsigned int c)
{
	return KMALLOC_MIN_SIZE << c;
}

static unsigned int size_to_class(size_t size)
{
	unsigned int c = 0;

	while (class_size(c) < size)
		c++;
	return c;
}

static unsigned int page_class(const struct page *page)
{
	return (page->flags & SLAB_CLASS_MASK) >> SLAB_CLASS_SHIFT;
}

/* Add a fresh page of objects to class c's free list, under its lock. */
static void kmalloc_add_page(unsigned int c, struct page *page)
{
	unsigned int size = class_size(c), off;
	char *base;

	set_page_flag(page, PG_slab);
	page->flags |= (unsigned long)c << SLAB_CLASS_SHIFT;
	base = page_address(page);
	for (off = PAGE_SIZE; off >= size; off -= size) {
		void *obj = base + off - size;

		*(void **)obj = classes[c].freelist;
		classes[c].freelist = obj;
	}
	classes[c].nr_pages++;
}

void *kmalloc(size_t size, gfp_t gfp)
{
	struct kmalloc_class *kc;
	unsigned long flags;
	unsigned int c;
	void *obj;

	if (!size)
		return NULL;
	if (should_failslab(size, gfp, __builtin_return_address(0)))
		return NULL;
	if (size > KMALLOC_MAX_CACHE_SIZE) {
		unsigned int order = 0;

		while ((PAGE_SIZE << order) < size)
			if (++order > MAX_ORDER)
				return NULL;
		return (void *)__get_free_pages(gfp, order);
	}
	c = size_to_class(size);
	kc = &classes[c];
	spin_lock_irqsave(&kc->lock, flags);
	while (!kc->freelist) {
		struct page *page;

		spin_unlock_irqrestore(&kc->lock, flags);
		page = alloc_page(gfp & ~(__GFP_HIGHMEM | __GFP_ZERO));
		if (!page)
			return NULL;
		spin_lock_irqsave(&kc->lock, flags);
		kmalloc_add_page(c, page);
	}
	obj = kc->freelist;
	kc->freelist = *(void **)obj;
	virt_to_page(obj)->refcount++;
	kc->nr_objects++;
	spin_unlock_irqrestore(&kc->lock, flags);
	if (gfp & __GFP_ZERO)
		memset(obj, 0, class_size(c));
	return obj;
}

void kfree(const void *p)
{
	struct kmalloc_class *kc;
	unsigned long flags;
	struct page *page;
	unsigned int c;

	if (!p)
		return;
	page = virt_to_page(p);
	if (!PageSlab(page)) {
		/* A multi-page kmalloc: the page allocator checks the rest. */
		__free_pages(page, page->order);
		return;
	}
	c = page_class(page);
	kc = &classes[c];
	spin_lock_irqsave(&kc->lock, flags);
	if ((unsigned long)p % class_size(c) || page->refcount <= 1) {
		spin_unlock_irqrestore(&kc->lock, flags);
		printk("WARNING: kfree: %p is not a live kmalloc-%u object (caller %p)\n",
		       p, class_size(c), __builtin_return_address(0));
		return;
	}
	*(void **)p = kc->freelist;
	kc->freelist = (void *)p;
	page->refcount--;
	kc->nr_objects--;
	spin_unlock_irqrestore(&kc->lock, flags);
}

void kmem_shrink(void)
{
	unsigned int c;

	for (c = 0; c < NR_KMALLOC_CLASSES; c++) {
		void **link = &classes[c].freelist, *obj;
		LIST_HEAD(empty);
		struct page *page, *n;
		unsigned long flags;

		spin_lock_irqsave(&classes[c].lock, flags);
		/* Unlink the objects of pages with nothing in use... */
		while ((obj = *link)) {
			page = virt_to_page(obj);
			if (page->refcount != 1) {
				link = (void **)obj;
				continue;
			}
			*link = *(void **)obj;
			if (PageSlab(page)) {
				clear_page_flag(page, PG_slab);
				page->flags &= ~SLAB_CLASS_MASK;
				list_add(&page->lru, &empty);
				classes[c].nr_pages--;
			}
		}
		spin_unlock_irqrestore(&classes[c].lock, flags);
		/* ...then give those pages back. */
		list_for_each_entry_safe (page, n, &empty, lru) {
			list_del(&page->lru);
			__free_page(page);
		}
	}
}

unsigned long kmem_pages(void)
{
	unsigned long n = 0;
	unsigned int c;

	for (c = 0; c < NR_KMALLOC_CLASSES; c++)
		n += classes[c].nr_pages;
	return n;
}

unsigned long kmem_objects(void)
{
	unsigned long n = 0;

	for (unsigned int c = 0; c < NR_KMALLOC_CLASSES; c++)
		n += READ_ONCE(classes[c].nr_objects);
	return n;
}
