// SPDX-License-Identifier: MIT
/*
 * The monitor's view of memory: every vmallocinfo line agrees with
 * find_vm_area, and the origin record of kernel PGD entries (birth, lazy,
 * eager) matches what each strategy does.
 */
#include <asm/processor.h>
#include <asm/tlbflush.h>
#include <kernel/errno.h>
#include <kernel/kpgd_origin.h>
#include <kernel/ksyms.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/task_stack.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "vm_slots.h"

/* "0x...": the hex number after 0x at *s; advances *s past it. */
static unsigned long hex_at(const char **s)
{
	unsigned long v = 0;
	const char *p = *s + 2;

	for (;; p++) {
		char c = *p;

		if (c >= '0' && c <= '9')
			v = v * 16 + (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v = v * 16 + (unsigned long)(c - 'a' + 10);
		else
			break;
	}
	*s = p;
	return v;
}

static unsigned long dec_after(const char *line, const char *key)
{
	const char *p = line;
	unsigned long v = 0;
	size_t n = strlen(key);

	for (; *p; p++)
		if (!strncmp(p, key, n))
			break;
	if (!*p)
		return ~0UL;
	for (p += n; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (unsigned long)(*p - '0');
	return v;
}

static bool has_word(const char *line, const char *word)
{
	size_t n = strlen(word);
	const char *p;

	for (p = line; (p = strchr(p, ' ')); p++)
		if (!strncmp(p + 1, word, n) && (!p[n + 1] || p[n + 1] == ' '))
			return true;
	return false;
}

/* Parse one vmallocinfo line back and compare it with find_vm_area. */
static void check_line(struct ktest *t, const struct vm_struct *vm)
{
	const struct vm_struct *found;
	unsigned long start, end, size;
	char line[192], sym[96];
	const char *p = line;

	mon_vmallocinfo_line(vm, line, sizeof(line));
	start = hex_at(&p);
	EXPECT_EQ(t, *p, '-');
	p++;
	end = hex_at(&p);
	while (*p == ' ')
		p++;
	size = 0;
	for (; *p >= '0' && *p <= '9'; p++)
		size = size * 10 + (unsigned long)(*p - '0');
	found = find_vm_area((void *)start);
	if (vm->flags & VM_LAZY) { /* vfreed, waiting for the purge */
		EXPECT_TRUE(t, has_word(line, "unpurged"));
		EXPECT_NULL(t, found);
		return;
	}
	EXPECT_PTR_EQ(t, found, vm);
	if (!found)
		return;
	EXPECT_EQ(t, start, (unsigned long)found->addr);
	EXPECT_EQ(t, end - start, found->size);
	EXPECT_EQ(t, size, found->size);
	EXPECT_EQ(t, size, found->va.va_end - found->va.va_start);
	if (found->nr_pages)
		EXPECT_EQ(t, dec_after(line, " pages="),
			  (unsigned long)found->nr_pages);
	else
		EXPECT_EQ(t, dec_after(line, " pages="), ~0UL);
	EXPECT_EQ(t, has_word(line, "vmalloc"), !!(found->flags & VM_ALLOC));
	EXPECT_EQ(t, has_word(line, "vmap"), !!(found->flags & VM_MAP));
	EXPECT_EQ(t, has_word(line, "ioremap"), !!(found->flags & VM_IOREMAP));
	if (found->flags & VM_IOREMAP) {
		const char *ph = line;

		while (*ph && strncmp(ph, "phys=0x", 7))
			ph++;
		ph += 5;
		EXPECT_EQ(t, hex_at(&ph), (unsigned long)found->phys_addr);
	}
	ksym_format((unsigned long)found->caller, sym, sizeof(sym));
	EXPECT_TRUE(t, has_word(line, sym));
	if (t->failed)
		ktest_log(t, "line: %s", line);
}

KTEST(monitor, vmallocinfo_agrees_with_find_vm_area)
{
	struct page *pages[2] = { alloc_page(GFP_KERNEL),
				  alloc_page(GFP_KERNEL) };
	void *a = vmalloc(3 * PAGE_SIZE + 1), *b = vzalloc(PAGE_SIZE);
	void *c = pages[0] && pages[1] ? vmap(pages, 2, VM_MAP, PAGE_KERNEL)
				       : NULL;
	void *d = ioremap(0xb8010, 64); /* VGA text memory, offset kept */
	unsigned int n = 0;
	struct vmap_area *va;

	ASSERT_NOT_NULL(t, a);
	ASSERT_NOT_NULL(t, b);
	ASSERT_NOT_NULL(t, c);
	ASSERT_NOT_NULL(t, d);
	for (va = vmap_area_first(&vmap_area_root); va;
	     va = vmap_area_next(&vmap_area_root, va), n++)
		check_line(t, container_of(va, struct vm_struct, va));
	EXPECT_GE(t, n, 4U);
	EXPECT_EQ(t, find_vm_area(a)->nr_pages, 4U);
	iounmap(d);
	vunmap(c);
	vfree(b);
	vfree(a);
	__free_page(pages[0]);
	__free_page(pages[1]);
}

/* What a process born before a fresh slot gets there, per strategy. */
static enum kpgd_origin expected_origin(void)
{
	if (PGTABLE_TOP_TABLES_PINNED || kpgd_sync == KPGD_SYNC_PREALLOC)
		return KPGD_ORIGIN_BIRTH;
	return kpgd_sync == KPGD_SYNC_EAGER ? KPGD_ORIGIN_EAGER
					    : KPGD_ORIGIN_LAZY;
}

KTEST(monitor, kpgd_origin_birth_lazy_eager)
{
	unsigned long slot = fresh_slot(0), free0, *p;
	struct mm_struct *before, *after;
	unsigned int i, idx = pgd_index(slot), present = 0, birth = 0;
	struct page *page;

	ASSERT_NE(t, slot, 0UL);
	kmem_shrink();
	free0 = nr_free_pages() + vmalloc_stats.pgtable_pages;
	before = mm_alloc();
	ASSERT_NOT_NULL(t, before);
	page = virt_to_page(before->pgd);
	EXPECT_TRUE(t, page_flag(page, PG_kpgd_origin));
	EXPECT_PTR_EQ(t, page->private, &before->kpgd_origin);
	/* At birth: every present kernel entry is "birth", the rest absent. */
	for (i = KPGD_FIRST_SLOT; i < PTRS_PER_PGD; i++) {
		enum kpgd_origin how = kpgd_origin_get(before, i);

		present += !!pgd_val(before->pgd[i]);
		birth += how == KPGD_ORIGIN_BIRTH;
		EXPECT_TRUE(t, how == KPGD_ORIGIN_BIRTH ||
				       how == KPGD_ORIGIN_ABSENT);
	}
	EXPECT_EQ(t, birth, present);
	EXPECT_GT(t, birth, 0U);

	p = vmalloc_in_slot(slot, PAGE_SIZE);
	ASSERT_NOT_NULL(t, p);
	*p = 17;
	flush_tlb_kernel_range((unsigned long)p, (unsigned long)p + PAGE_SIZE);
	after = mm_alloc(); /* born with the entry */
	ASSERT_NOT_NULL(t, after);
	switch_mm(before);
	EXPECT_EQ(t, READ_ONCE(*p), 17UL);
	switch_mm(&init_mm);
	EXPECT_EQ(t, kpgd_origin_get(before, idx), expected_origin());
	EXPECT_EQ(t, kpgd_origin_get(after, idx), KPGD_ORIGIN_BIRTH);

	/* A PGD without a record (init_mm's): nothing to note, nothing breaks. */
	kpgd_origin_note(pgd_offset_pgd(init_mm.pgd, slot), KPGD_ORIGIN_LAZY);

	mm_free(after);
	EXPECT_FALSE(t, page_flag(page, PG_kpgd_origin) &&
				page->private == &after->kpgd_origin);
	mm_free(before);
	EXPECT_FALSE(t, page_flag(page, PG_kpgd_origin));
	vfree(p);
	kmem_shrink();
	/* Nothing leaked; the slot's new page tables stay (table_kept). */
	EXPECT_EQ(t, nr_free_pages() + vmalloc_stats.pgtable_pages, free0);
}

/*
 * demo and kpgdmap start processes, vmalloc, and give everything back but
 * the page tables of the slots they used (kernel tables are never freed).
 */
KTEST(monitor, demo_and_kpgdmap_give_back_what_they_take)
{
	char demo[] = "demo", map[] = "kpgdmap 16", bad[] = "kpgdmap 7";
	unsigned long free0, slab0, tasks0 = sched_stats.tasks_alive;
	unsigned long pgds0 = nr_pgds, areas0 = vmalloc_stats.areas;

	if (!fresh_slot(9)) {
		ktest_skip(t, "fewer than 10 fresh top-level slots left");
		return;
	}
	thread_stack_cache_drain(); /* the tasks' stacks come back to it */
	vm_unmap_aliases();
	kmem_shrink();
	free0 = nr_free_pages() + vmalloc_stats.pgtable_pages;
	slab0 = kmem_pages();
	areas0 = vmalloc_stats.areas;
	EXPECT_EQ(t, monitor_command(demo), 0);
	EXPECT_EQ(t, monitor_command(map), 0);
	EXPECT_EQ(t, monitor_command(bad), -ERANGE);
	EXPECT_FALSE(t, read_flags() & X86_EFLAGS_IF);
	thread_stack_cache_drain();
	vm_unmap_aliases();
	kmem_shrink();
	EXPECT_EQ(t, nr_free_pages() + vmalloc_stats.pgtable_pages, free0);
	EXPECT_EQ(t, kmem_pages(), slab0);
	EXPECT_EQ(t, sched_stats.tasks_alive, tasks0);
	EXPECT_EQ(t, nr_pgds, pgds0);
	EXPECT_EQ(t, vmalloc_stats.areas, areas0);
}
