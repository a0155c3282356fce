// SPDX-License-Identifier: MIT
/*
 * Ring-3 tasks: regions, demand filling, loading the embedded programs.
 */
#include <asm/traps.h>
#include <kernel/errno.h>
#include <kernel/highmem.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/user.h>

/* Symbols from the generated build/<mode>/user/programs.asm. */
#define USER_PROGRAM(n)                                                  \
	extern const u8 user_prog_##n[], user_prog_##n##_end[];          \
	static const struct user_program prog_##n = { #n, user_prog_##n, \
						      user_prog_##n##_end }
USER_PROGRAM(hello);
USER_PROGRAM(probe);
USER_PROGRAM(sleeper);
USER_PROGRAM(forever);

static const struct user_program *const programs[] = { &prog_hello, &prog_probe,
						       &prog_sleeper,
						       &prog_forever };

const struct user_program *user_program(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(programs); i++)
		if (strcmp(programs[i]->name, name) == 0)
			return programs[i];
	return NULL;
}

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

	if (!len || end < start || end > PAGE_OFFSET || start % PAGE_SIZE ||
	    len % PAGE_SIZE)
		return -EINVAL;
	for (i = 0; i < mm->nr_regions; i++)
		if (start < mm->regions[i].end && mm->regions[i].start < end)
			return -EINVAL;
	if (mm->nr_regions == MM_MAX_REGIONS)
		return -ENOMEM;
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

/* Map one zeroed page (filled with src if given) at addr in mm. */
static int map_user_page(struct mm_struct *mm, unsigned long addr,
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
	return map_user_page(mm, addr, r->flags, NULL, 0);
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

struct task_struct *user_task_create(const char *program, const void *data,
				     size_t data_len)
{
	const struct user_program *prog = user_program(program);
	struct mm_struct *mm;
	struct task_struct *t;
	unsigned long off, len;

	if (!prog || data_len > PAGE_SIZE)
		return NULL;
	len = prog->end - prog->start;
	mm = mm_alloc();
	if (!mm)
		return NULL;
	if (mm_add_region(mm, USER_CODE, ALIGN_UP(len, PAGE_SIZE),
			  VM_READ | VM_EXEC) ||
	    mm_add_region(mm, USER_DATA, PAGE_SIZE, VM_READ | VM_WRITE) ||
	    mm_add_region(mm, USER_STACK_TOP - USER_STACK_SIZE, USER_STACK_SIZE,
			  VM_READ | VM_WRITE))
		goto out_free_mm;
	for (off = 0; off < len; off += PAGE_SIZE)
		if (map_user_page(mm, USER_CODE + off, VM_READ | VM_EXEC,
				  prog->start + off, min(len - off, PAGE_SIZE)))
			goto out_free_mm;
	if (map_user_page(mm, USER_DATA, VM_READ | VM_WRITE, data, data_len))
		goto out_free_mm;
	t = kthread_create_mm(NULL, NULL, program, mm);
	if (!t)
		goto out_free_mm;
	t->user_ip = USER_CODE;
	t->user_sp = USER_STACK_TOP;
	return t;

out_free_mm:
	mm_free(mm);
	return NULL;
}
