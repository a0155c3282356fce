// SPDX-License-Identifier: MIT
/*
 * User address spaces: their regions, demand filling, and freeing the
 * user half (include/kernel/mmap.h).
 */
#include <asm/traps.h>
#include <kernel/errno.h>
#include <kernel/highmem.h>
#include <kernel/mm.h>
#include <kernel/mmap.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/string.h>

static pgprot_t region_prot(unsigned int flags)
{
	pteval_t v = _PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED;

	if (flags & VM_WRITE)
		v |= _PAGE_RW | _PAGE_DIRTY;
	if (!(flags & VM_EXEC))
		v |= _PAGE_NX;
	return __pgprot(v);
}

int mm_add_region(struct mm_struct *mm, unsigned long start, unsigned long len,
		  unsigned int flags)
{
	unsigned long end = start + len;
	unsigned int i;

	if (start % PAGE_SIZE || len % PAGE_SIZE) {
		printk("mmap: region %lx+%lx is not page-aligned\n", start,
		       len);
		return -EINVAL;
	}
	if (!user_range_ok(start, len)) {
		printk("mmap: region %lx+%lx is empty or not below TASK_SIZE (%lx)\n",
		       start, len, TASK_SIZE);
		return -EINVAL;
	}
	for (i = 0; i < mm->nr_regions; i++) {
		if (start < mm->regions[i].end && mm->regions[i].start < end) {
			printk("mmap: region %lx-%lx overlaps %lx-%lx\n", start,
			       end, mm->regions[i].start, mm->regions[i].end);
			return -EINVAL;
		}
	}
	if (mm->nr_regions == MM_MAX_REGIONS) {
		printk("mmap: no room for region %lx-%lx (%d regions)\n", start,
		       end, MM_MAX_REGIONS);
		return -ENOMEM;
	}
	mm->regions[mm->nr_regions++] = (struct vm_region){ start, end, flags };
	return 0;
}

struct vm_region *mm_find_region(struct mm_struct *mm, unsigned long addr)
{
	unsigned int i;

	for (i = 0; i < mm->nr_regions; i++)
		if (addr >= mm->regions[i].start && addr < mm->regions[i].end)
			return &mm->regions[i];
	return NULL;
}

int mm_map_user_page(struct mm_struct *mm, unsigned long addr,
		     unsigned int flags, const void *src, size_t len)
{
	struct page *page = alloc_page(GFP_HIGHUSER | __GFP_ZERO);

	if (!page)
		return -ENOMEM;
	if (src) {
		void *p = kmap_local_page(page);

		memcpy(p, src, len);
		kunmap_local(p);
	}
	if (pgtable_map_pages(mm->pgd, addr & PAGE_MASK, &page, 1,
			      region_prot(flags))) {
		__free_page(page);
		return -ENOMEM;
	}
	return 0;
}

int handle_user_fault(struct mm_struct *mm, unsigned long addr,
		      unsigned long error_code)
{
	struct vm_region *r = mm ? mm_find_region(mm, addr) : NULL;

	if (!r || (error_code & X86_PF_PROT))
		return -EFAULT; /* nothing there, or present but not allowed */
	if ((error_code & X86_PF_WRITE) && !(r->flags & VM_WRITE))
		return -EFAULT;
	if ((error_code & X86_PF_INSTR) && !(r->flags & VM_EXEC))
		return -EFAULT;
	if (mm_map_user_page(mm, addr, r->flags, NULL, 0)) {
		/* Said here: the kill line that follows cannot tell why. */
		printk("pf: out of memory filling the user page at %lx\n",
		       addr & PAGE_MASK);
		return -ENOMEM;
	}
	return 0;
}

static int leaf_free(unsigned long addr __unused, enum pg_level level,
		     pteval_t entry, void *priv __unused)
{
	if (level == PG_LEVEL_4K)
		__free_page(pfn_to_page(pte_pfn(__pte(entry))));
	return 0;
}

void free_user_pages(struct mm_struct *mm)
{
	static const struct pgtable_walk_ops ops = { .leaf = leaf_free };

	walk_page_range(mm->pgd, 0, TASK_SIZE, &ops, NULL);
}
