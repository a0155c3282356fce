// SPDX-License-Identifier: MIT
/*
 * The origin of each kernel top-level entry of a process PGD
 * (include/kernel/kpgd_origin.h). The map lives in the mm_struct; the PGD
 * page's struct page points at it, so that a sync fault, which knows only
 * the PGD that CR3 holds, finds it without a lock or `current`.
 */
#include <kernel/kpgd_origin.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>

static struct page *pgd_page_of(const void *p)
{
	unsigned long pfn = PFN_DOWN(__pa(p));

	return pfn_valid(pfn) ? pfn_to_page(pfn) : NULL;
}

void kpgd_origin_birth(struct mm_struct *mm)
{
	struct page *page = pgd_page_of(mm->pgd);
	unsigned int i;

	if (!page)
		return;
	for (i = 0; i < KPGD_NR_SLOTS; i++)
		mm->kpgd_origin.slot[i] = pgd_val(mm->pgd[KPGD_FIRST_SLOT + i])
						  ? KPGD_ORIGIN_BIRTH
						  : KPGD_ORIGIN_ABSENT;
	page->private = &mm->kpgd_origin;
	set_page_flag(page, PG_kpgd_origin);
}

void kpgd_origin_forget(struct mm_struct *mm)
{
	struct page *page = pgd_page_of(mm->pgd);

	if (!page)
		return;
	clear_page_flag(page, PG_kpgd_origin);
	page->private = NULL;
}

void kpgd_origin_note(const pgd_t *entry, enum kpgd_origin how)
{
	struct page *page = pgd_page_of(entry);
	unsigned int index =
		(unsigned int)(((unsigned long)entry & ~PAGE_MASK) /
			       sizeof(pgd_t));
	struct kpgd_origin_map *map;

	if (!page || !page_flag(page, PG_kpgd_origin) ||
	    index < KPGD_FIRST_SLOT || index >= PTRS_PER_PGD)
		return;
	map = page->private;
	WRITE_ONCE(map->slot[index - KPGD_FIRST_SLOT], (u8)how);
}

enum kpgd_origin kpgd_origin_get(const struct mm_struct *mm, unsigned int index)
{
	u8 how;

	if (index < KPGD_FIRST_SLOT || index >= PTRS_PER_PGD ||
	    !pgd_val(mm->pgd[index]))
		return KPGD_ORIGIN_ABSENT;
	how = READ_ONCE(mm->kpgd_origin.slot[index - KPGD_FIRST_SLOT]);
	return how == KPGD_ORIGIN_ABSENT ? KPGD_ORIGIN_OTHER
					 : (enum kpgd_origin)how;
}

const char *kpgd_origin_name(enum kpgd_origin how)
{
	static const char *const names[] = { "absent", "birth", "lazy", "eager",
					     "other" };

	return (unsigned int)how < ARRAY_SIZE(names) ? names[how] : "?";
}
