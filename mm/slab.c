// SPDX-License-Identifier: MIT
/*
 * kmalloc's size classes. Each class keeps one free list threaded through
 * its free objects, whichever page they are on: allocation and free are a
 * pop and a push. A page's objects in use are counted in its refcount, so
 * kmem_shrink can return pages whose objects are all free.
 */
#include <kernel/fault_inject.h>
#include <kernel/page_alloc.h>
#include <kernel/printk.h>
#include <kernel/slab.h>
#include <kernel/string.h>

#define NR_KMALLOC_CLASSES 8 /* 16 << 0 .. 16 << 7 = 2048 */

struct kmalloc_class {
	void *freelist;
	unsigned long nr_pages;
};

static struct kmalloc_class classes[NR_KMALLOC_CLASSES];
static unsigned long nr_objects; /* live objects of the size classes */

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

/* Add a page of objects to class c's free list. */
static bool kmalloc_grow(unsigned int c, gfp_t gfp)
{
	struct page *page = alloc_page(gfp & ~(__GFP_HIGHMEM | __GFP_ZERO));
	unsigned int size = class_size(c), off;
	char *base;

	if (!page)
		return false;
	set_page_flag(page, PG_slab);
	page->flags |= (unsigned long)c << SLAB_CLASS_SHIFT;
	base = page_address(page);
	for (off = PAGE_SIZE; off >= size; off -= size) {
		void *obj = base + off - size;

		*(void **)obj = classes[c].freelist;
		classes[c].freelist = obj;
	}
	classes[c].nr_pages++;
	return true;
}

void *kmalloc(size_t size, gfp_t gfp)
{
	struct kmalloc_class *kc;
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
	if (!kc->freelist && !kmalloc_grow(c, gfp))
		return NULL;
	obj = kc->freelist;
	kc->freelist = *(void **)obj;
	virt_to_page(obj)->refcount++;
	nr_objects++;
	if (gfp & __GFP_ZERO)
		memset(obj, 0, class_size(c));
	return obj;
}

void kfree(const void *p)
{
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
	if ((unsigned long)p % class_size(c) || page->refcount <= 1) {
		printk("WARNING: kfree: %p is not a live kmalloc-%u object (caller %p)\n",
		       p, class_size(c), __builtin_return_address(0));
		return;
	}
	*(void **)p = classes[c].freelist;
	classes[c].freelist = (void *)p;
	page->refcount--;
	nr_objects--;
}

void kmem_shrink(void)
{
	unsigned int c;

	for (c = 0; c < NR_KMALLOC_CLASSES; c++) {
		void **link = &classes[c].freelist, *obj;
		LIST_HEAD(empty);
		struct page *page, *n;

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
			}
		}
		/* ...then give those pages back. */
		list_for_each_entry_safe (page, n, &empty, lru) {
			list_del(&page->lru);
			__free_page(page);
			classes[c].nr_pages--;
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
	return nr_objects;
}
