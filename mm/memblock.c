// SPDX-License-Identifier: MIT
/*
 * memblock: the boot-time allocator (include/kernel/memblock.h). Two
 * sorted tables of page-aligned ranges, RAM and reserved; within each,
 * ranges never overlap or touch (touching ones are merged). Every walk is
 * linear in the table size (at most 128): boot-time only.
 */
#include <asm/page.h>
#include <kernel/compiler.h>
#include <kernel/memblock.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/string.h>

struct memblock memblock;

/* The top page-aligned address: reserves reaching past it end here. */
#define MEMBLOCK_TOP ALIGN_DOWN(~(phys_addr_t)0, PAGE_SIZE)

/*
 * One past the highest physical address memblock keeps: what a PTE of
 * this mode can hold, and what an unsigned long pfn can name (32-bit PAE
 * PTEs reach 2^52, its pfns only 2^44).
 */
static phys_addr_t memblock_addr_limit(void)
{
	phys_addr_t limit = PHYS_ADDR_LIMIT;

	if (sizeof(unsigned long) < sizeof(phys_addr_t))
		limit = min(limit, PFN_PHYS(~0UL));
	return limit;
}

/*
 * Add [start, end) to type, merging it with every range it overlaps or
 * touches, keeping the table sorted. who names the caller for the panic
 * on a full table.
 */
static void memblock_add_range(struct memblock_type *type, phys_addr_t start,
			       phys_addr_t end, const char *who)
{
	struct memblock_region *r = type->regions;
	unsigned int i, j;

	for (i = 0; i < type->cnt && r[i].end < start; i++)
		;
	for (j = i; j < type->cnt && r[j].start <= end; j++) {
		start = min(start, r[j].start);
		end = max(end, r[j].end);
	}
	if (j == i) {
		/* Overlaps nothing: open a slot at i. */
		if (type->cnt == MEMBLOCK_MAX_REGIONS)
			panic("%s: more than %d ranges", who,
			      MEMBLOCK_MAX_REGIONS);
		memmove(&r[i + 1], &r[i], (type->cnt - i) * sizeof(*r));
		type->cnt++;
	} else if (j > i + 1) {
		/* Ranges i..j-1 become one, in slot i. */
		memmove(&r[i + 1], &r[j], (type->cnt - j) * sizeof(*r));
		type->cnt -= j - i - 1;
	}
	r[i].start = start;
	r[i].end = end;
}

/* True if pa lies in one of type's ranges. */
static bool memblock_type_contains(const struct memblock_type *type,
				   phys_addr_t pa)
{
	for (unsigned int i = 0; i < type->cnt; i++)
		if (pa >= type->regions[i].start && pa < type->regions[i].end)
			return true;
	return false;
}

/* Start over from the usable RAM of m; see the header. */
void memblock_init(const struct memmap *m)
{
	const struct memmap_entry *e;
	phys_addr_t limit = memblock_addr_limit(), ignored = 0;

	memset(&memblock, 0, sizeof(memblock));
	for_each_memmap_entry (e, m) {
		phys_addr_t start = e->start, end = e->end;

		if (e->type != MEMMAP_USABLE)
			continue;
		if (end > limit) {
			ignored += end - max(start, limit);
			end = limit;
		}
		if (start >= end)
			continue;
		start = ALIGN_UP(start, PAGE_SIZE);
		end = ALIGN_DOWN(end, PAGE_SIZE);
		if (start < end)
			memblock_add_range(&memblock.memory, start, end,
					   "memblock_init");
	}
	memblock_add_range(&memblock.reserved, 0, PAGE_SIZE, "memblock_init");
	if (ignored) {
		char size[16], at[16];

		memmap_format_size(size, sizeof(size), ignored);
		memmap_format_size(at, sizeof(at), limit);
		printk("memblock: ignoring %s of RAM at or above %s (beyond PHYS_ADDR_LIMIT: page tables here cannot map it)\n",
		       size, at);
	}
}

/* Reserve [start, end), widened to whole pages; see the header. */
void memblock_reserve(phys_addr_t start, phys_addr_t end)
{
	if (memblock.retired)
		panic("memblock_reserve: called after page_alloc_init() retired memblock");
	if (start >= end)
		return;
	start = ALIGN_DOWN(start, PAGE_SIZE);
	end = end > MEMBLOCK_TOP ? MEMBLOCK_TOP : ALIGN_UP(end, PAGE_SIZE);
	if (start < end)
		memblock_add_range(&memblock.reserved, start, end,
				   "memblock_reserve");
}

/* Lowest fit below limit, reserved before it is returned; see the header. */
phys_addr_t memblock_alloc(phys_addr_t size, phys_addr_t align,
			   phys_addr_t limit)
{
	phys_addr_t pos, start, end, base;

	if (memblock.retired)
		panic("memblock_alloc: called after page_alloc_init() retired memblock; use alloc_pages()");
	if (align & (align - 1))
		panic("memblock_alloc: align 0x%llx is not a power of two",
		      (unsigned long long)align);
	if (align < PAGE_SIZE)
		align = PAGE_SIZE;
	if (size == 0 || size > MEMBLOCK_TOP)
		return 0;
	size = ALIGN_UP(size, PAGE_SIZE);

	for_each_free_mem_range (pos, start, end) {
		if (start >= limit)
			break;
		end = min(end, limit);
		base = ALIGN_UP(start, align);
		if (base < start) /* the alignment wrapped past 2^64 */
			break;
		if (base >= end || end - base < size)
			continue;
		memblock_add_range(&memblock.reserved, base, base + size,
				   "memblock_alloc");
		return base;
	}
	return 0;
}

/* The next piece of RAM not covered by a reserve, at or above *pos. */
bool memblock_next_free_range(phys_addr_t *pos, phys_addr_t *start,
			      phys_addr_t *end)
{
	const struct memblock_type *mem = &memblock.memory;
	const struct memblock_type *res = &memblock.reserved;

	for (unsigned int i = 0; i < mem->cnt; i++) {
		phys_addr_t s = max(mem->regions[i].start, *pos);
		phys_addr_t e = mem->regions[i].end;

		if (s >= e)
			continue;
		/*
		 * Reserves are sorted and never touch: step over the one
		 * covering s (at most one), stop at the next.
		 */
		for (unsigned int j = 0; j < res->cnt; j++) {
			const struct memblock_region *r = &res->regions[j];

			if (r->end <= s)
				continue;
			if (r->start <= s) {
				s = r->end;
				continue;
			}
			e = min(e, r->start);
			break;
		}
		if (s >= e)
			continue;
		*start = s;
		*end = e;
		*pos = e;
		return true;
	}
	return false;
}

/* True if pa is usable RAM. */
bool memblock_is_memory(phys_addr_t pa)
{
	return memblock_type_contains(&memblock.memory, pa);
}

/* True if pa is reserved (whether or not it is RAM). */
bool memblock_is_reserved(phys_addr_t pa)
{
	return memblock_type_contains(&memblock.reserved, pa);
}

/* One past the highest usable pfn. */
unsigned long memblock_end_pfn(void)
{
	const struct memblock_type *mem = &memblock.memory;

	return mem->cnt ? PFN_DOWN(mem->regions[mem->cnt - 1].end) : 0;
}

/* Bytes of usable RAM. */
phys_addr_t memblock_phys_mem_size(void)
{
	phys_addr_t total = 0;

	for (unsigned int i = 0; i < memblock.memory.cnt; i++)
		total += memblock.memory.regions[i].end -
			 memblock.memory.regions[i].start;
	return total;
}

/* Bytes of usable RAM that no reserve covers. */
phys_addr_t memblock_free_mem_size(void)
{
	phys_addr_t pos, start, end, total = 0;

	for_each_free_mem_range (pos, start, end)
		total += end - start;
	return total;
}

/* Hand over to the buddy allocator: no more allocations or reserves. */
void memblock_retire(void)
{
	memblock.retired = true;
}

/* Print one table of ranges under a title. */
static void memblock_print_type(const char *title,
				const struct memblock_type *type)
{
	char size[16];

	for (unsigned int i = 0; i < type->cnt; i++) {
		const struct memblock_region *r = &type->regions[i];

		memmap_format_size(size, sizeof(size), r->end - r->start);
		printk("  %-8s [mem 0x%016llx-0x%016llx] %10s\n", title,
		       (unsigned long long)r->start,
		       (unsigned long long)(r->end - 1), size);
	}
}

/* Dump both tables, for debugging the boot reserves. */
void memblock_print(void)
{
	printk("memblock: %u RAM ranges, %u reserved ranges\n",
	       memblock.memory.cnt, memblock.reserved.cnt);
	memblock_print_type("memory", &memblock.memory);
	memblock_print_type("reserved", &memblock.reserved);
}
