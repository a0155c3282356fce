// SPDX-License-Identifier: MIT
/*
 * The kernel's virtual map, one row per region (asm/layout.h). The rows
 * restate asm/page.h and the linker script; paging_init maps what they
 * describe and docs/memory-map.md draws them.
 */
#include <asm/layout.h>
#include <kernel/printk.h>

extern char _text[], _rodata[], _data[], _end[];

#ifdef CONFIG_X86_64
/*
 * The kernel half in either format, from its start, with that format's
 * constants (L4 or L5); the image, its sections and the fixmap sit in the
 * top 2 GiB in both (-mcmodel=kernel), the sections page-aligned by
 * linker.ld.
 */
#define KERNEL_HALF_ROWS(L)                                                  \
	{ LAYOUT_UNUSED, "unused", KERNEL_HALF_START_##L, PAGE_OFFSET_##L }, \
		{ LAYOUT_DIRECT_MAP, "direct map", PAGE_OFFSET_##L,          \
		  PAGE_OFFSET_##L + MAXMEM_##L },                            \
		{ LAYOUT_ISA, "ISA hole", PAGE_OFFSET_##L + ISA_START,       \
		  PAGE_OFFSET_##L + ISA_END },                               \
		{ LAYOUT_GAP, "gap", PAGE_OFFSET_##L + MAXMEM_##L,           \
		  VMALLOC_START_##L },                                       \
		{ LAYOUT_VMALLOC, "vmalloc", VMALLOC_START_##L,              \
		  VMALLOC_END_##L },                                         \
		{ LAYOUT_UNUSED, "unused", VMALLOC_END_##L,                  \
		  __START_KERNEL_map },                                      \
		{ LAYOUT_KERNEL_IMAGE, "kernel image", __START_KERNEL_map,   \
		  FIXADDR_START },                                           \
		{ LAYOUT_TEXT, "kernel text", (unsigned long)_text,          \
		  (unsigned long)_rodata },                                  \
		{ LAYOUT_RODATA, "kernel rodata", (unsigned long)_rodata,    \
		  (unsigned long)_data },                                    \
		{ LAYOUT_DATA, "kernel data/bss", (unsigned long)_data,      \
		  (unsigned long)_end },                                     \
		{ LAYOUT_FIXMAP, "fixmap (kmap)", FIXADDR_START,             \
		  FIXADDR_END },                                             \
	{                                                                    \
		LAYOUT_UNUSED, "unused", FIXADDR_END, 0                      \
	}

/* 4-level: 48-bit addresses, 512 GiB per top-level (PML4) slot. */
static const struct layout_region layout_4level[] = {
	{ LAYOUT_USER, "user space", 0, USER_SPACE_END },
	{ LAYOUT_NONCANONICAL, "non-canonical hole", USER_SPACE_END,
	  KERNEL_HALF_START_L4 },
	KERNEL_HALF_ROWS(L4),
};

#ifdef CONFIG_X86_5LEVEL
/*
 * 5-level: 57-bit addresses, 256 TiB per top-level (PML5) slot. User
 * space stays 47-bit (TASK_SIZE); the rest of the lower half is canonical
 * but unused.
 */
static const struct layout_region layout_5level[] = {
	{ LAYOUT_USER, "user space", 0, USER_SPACE_END },
	{ LAYOUT_UNUSED, "unused (user half above 47 bits)", USER_SPACE_END,
	  USER_HALF_END_L5 },
	{ LAYOUT_NONCANONICAL, "non-canonical hole", USER_HALF_END_L5,
	  KERNEL_HALF_START_L5 },
	KERNEL_HALF_ROWS(L5),
};

unsigned long page_offset_base = PAGE_OFFSET_L4;
unsigned long direct_map_size = MAXMEM_L4;
unsigned long vmalloc_base = VMALLOC_START_L4;
unsigned long vmalloc_end = VMALLOC_END_L4;
unsigned long kernel_half_start = KERNEL_HALF_START_L4;
#endif

const struct layout_region *kernel_layout = layout_4level;
unsigned int kernel_layout_count = ARRAY_SIZE(layout_4level);

/*
 * Called by boot/head_64.asm before start_kernel, with paging on in the
 * format it chose: before anything uses __va() or the layout.
 */
void layout_init(void)
{
#ifdef CONFIG_X86_5LEVEL
	if (!pgtable_l5_enabled())
		return;
	page_offset_base = PAGE_OFFSET_L5;
	direct_map_size = MAXMEM_L5;
	vmalloc_base = VMALLOC_START_L5;
	vmalloc_end = VMALLOC_END_L5;
	kernel_half_start = KERNEL_HALF_START_L5;
	kernel_layout = layout_5level;
	kernel_layout_count = ARRAY_SIZE(layout_5level);
#endif
}
#else
static const struct layout_region layout_32[] = {
	{ LAYOUT_USER, "user space", 0, USER_SPACE_END },
	/* The kernel image and the ISA hole lie inside the direct map. */
	{ LAYOUT_DIRECT_MAP, "direct map", PAGE_OFFSET, PAGE_OFFSET + MAXMEM },
	{ LAYOUT_ISA, "ISA hole", PAGE_OFFSET + ISA_START,
	  PAGE_OFFSET + ISA_END },
	/* The sections, page-aligned by linker.ld. */
	{ LAYOUT_TEXT, "kernel text", (unsigned long)_text,
	  (unsigned long)_rodata },
	{ LAYOUT_RODATA, "kernel rodata", (unsigned long)_rodata,
	  (unsigned long)_data },
	{ LAYOUT_DATA, "kernel data/bss", (unsigned long)_data,
	  (unsigned long)_end },
	{ LAYOUT_GAP, "gap", PAGE_OFFSET + MAXMEM, VMALLOC_START },
	{ LAYOUT_VMALLOC, "vmalloc", VMALLOC_START, VMALLOC_END },
	{ LAYOUT_FIXMAP, "fixmap (kmap)", FIXADDR_START, FIXADDR_END },
	{ LAYOUT_UNUSED, "unused", FIXADDR_END, 0 },
};

const struct layout_region *kernel_layout = layout_32;
unsigned int kernel_layout_count = ARRAY_SIZE(layout_32);

void layout_init(void)
{
}
#endif

/* Is addr in [start, end), where end 0 is the top of the address space? */
static bool in_region(const struct layout_region *r, unsigned long addr)
{
	return addr >= r->start && addr - r->start < r->end - r->start;
}

const struct layout_region *layout_region_at(unsigned long addr,
					     unsigned long *next)
{
	const struct layout_region *found = NULL;
	unsigned long end = 0;
	unsigned int i;

	/* The last row containing addr is the innermost one. */
	for (i = 0; i < kernel_layout_count; i++)
		if (in_region(&kernel_layout[i], addr))
			found = &kernel_layout[i];
	if (found)
		end = found->end;
	/* A nested row starting before end cuts the stretch short. */
	for (i = 0; i < kernel_layout_count; i++) {
		unsigned long s = kernel_layout[i].start;

		if (s > addr && s - 1 < end - 1)
			end = s;
	}
	*next = end;
	return found;
}

const struct layout_region *layout_find(enum layout_id id)
{
	unsigned int i;

	for (i = 0; i < kernel_layout_count; i++)
		if (kernel_layout[i].id == id)
			return &kernel_layout[i];
	return NULL;
}

/* How many rows before row i contain it. */
static unsigned int layout_depth(unsigned int i)
{
	const struct layout_region *r = &kernel_layout[i];
	unsigned int j, depth = 0;

	for (j = 0; j < i; j++)
		if (in_region(&kernel_layout[j], r->start) &&
		    in_region(&kernel_layout[j], r->end - 1))
			depth++;
	return depth;
}

void layout_print(void)
{
	const int w = (int)sizeof(unsigned long) * 2;
	unsigned int i;

	printk("layout: the kernel's virtual map (docs/memory-map.md)\n");
	for (i = 0; i < kernel_layout_count; i++) {
		const struct layout_region *r = &kernel_layout[i];

		printk("layout:   0x%0*lx-0x%0*lx %*s%s\n", w, r->start, w,
		       r->end - 1, (int)layout_depth(i) * 2, "", r->name);
	}
}
