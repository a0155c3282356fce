// SPDX-License-Identifier: MIT
/* Counting what the memory subsystem holds (include/kernel/leak_check.h). */
#include <kernel/leak_check.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/task_stack.h>
#include <kernel/vmalloc.h>

static int count_table(unsigned long addr __attribute__((unused)),
		       enum pgt_level level __attribute__((unused)),
		       phys_addr_t table __attribute__((unused)), void *priv)
{
	(*(unsigned long *)priv)++;
	return 0;
}

static const struct pgtable_walk_ops count_tables_ops = { .table =
								  count_table };

unsigned long kernel_table_pages(void)
{
	unsigned long n = 0;

	walk_page_range_tables(init_mm.pgd, &count_tables_ops, &n);
	return n;
}

unsigned long kernel_table_pages_in(unsigned long start, unsigned long end)
{
	unsigned long n = 0;

	walk_page_range(init_mm.pgd, start, end, &count_tables_ops, &n);
	return n;
}

void mem_snapshot(struct mem_snapshot *s)
{
	/* Caches first: what they hold is free memory kept for reuse. */
	thread_stack_cache_drain();
	vm_unmap_aliases(); /* lazily freed areas hold their metadata */
	kmem_shrink();
	s->kernel_tables = kernel_table_pages();
	s->slab_pages = kmem_pages();
	s->free_pages = nr_free_pages() + s->kernel_tables + s->slab_pages;
	s->slab_objects = kmem_objects();
	s->vmap_areas = vmalloc_stats.areas;
	s->pgtable_pages = nr_pgtable_pages - s->kernel_tables;
	s->pgds = nr_pgds;
	s->tasks = sched_stats.tasks_alive;
}

static unsigned long differs(const char *who, const char *what,
			     unsigned long before, unsigned long after)
{
	if (after == before)
		return 0;
	printk("%s: %s: %lu before, %lu after\n", who, what, before, after);
	return 1;
}

unsigned long mem_snapshot_diff(const struct mem_snapshot *b,
				const struct mem_snapshot *a, const char *who)
{
	unsigned long n = 0;

	n += differs(who, "free pages", b->free_pages, a->free_pages);
	n += differs(who, "kmalloc objects", b->slab_objects, a->slab_objects);
	n += differs(who, "vmap areas", b->vmap_areas, a->vmap_areas);
	n += differs(who, "page-table pages", b->pgtable_pages,
		     a->pgtable_pages);
	n += differs(who, "PGDs", b->pgds, a->pgds);
	n += differs(who, "tasks", b->tasks, a->tasks);
	return n;
}
