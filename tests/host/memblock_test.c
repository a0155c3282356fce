// SPDX-License-Identifier: MIT
/*
 * Host tests of mm/memblock.c: the boot-time allocator over hostile
 * memory maps. memblock never touches the memory it manages, so no
 * simulated RAM is needed here (tests/host/include/asm/page.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <asm/page.h>
#include <kernel/ktest.h>
#include <kernel/memblock.h>
#include <kernel/memmap.h>
#include <kernel/panic.h>
#include <kernel/string.h>

#define KB(x) ((u64)(x) << 10)
#define MB(x) ((u64)(x) << 20)
#define GB(x) ((u64)(x) << 30)
#define TOP (~0ULL)

#define U MEMMAP_USABLE
#define R MEMMAP_RESERVED
#define ACPI MEMMAP_ACPI_RECLAIMABLE

unsigned char *host_phys_base; /* unused: memblock never dereferences */
unsigned long host_maxmem = MB(32);
phys_addr_t host_phys_addr_limit = GB(4);

/* ---- panic() that a test can catch ----------------------------------- */

static jmp_buf *panic_catch;
static char panic_msg[256];

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(panic_msg, sizeof(panic_msg), fmt, ap);
	va_end(ap);
	if (panic_catch)
		longjmp(*panic_catch, 1);
	fprintf(stderr, "panic: %s\n", panic_msg);
	abort();
}

/* Run stmt expecting a panic whose message starts with prefix. */
#define EXPECT_PANIC(t, stmt, prefix)                                        \
	do {                                                                 \
		jmp_buf jb_;                                                 \
		volatile bool panicked_ = false;                             \
		panic_msg[0] = '\0';                                         \
		panic_catch = &jb_;                                          \
		if (setjmp(jb_) == 0)                                        \
			stmt;                                                \
		else                                                         \
			panicked_ = true;                                    \
		panic_catch = NULL;                                          \
		EXPECT_TRUE(t, panicked_);                                   \
		EXPECT_EQ(t, strncmp(panic_msg, prefix, strlen(prefix)), 0); \
	} while (0)

/* ---- helpers ---------------------------------------------------------- */

/* Build a sanitised map from triples (start, end, type) and init memblock. */
static void init_map(struct ktest *t, const u64 (*r)[3], unsigned int n,
		     phys_addr_t limit)
{
	static struct memmap m;

	memset(&m, 0, sizeof(m));
	for (unsigned int i = 0; i < n; i++)
		ASSERT_EQ(t,
			  memmap_add(&m, r[i][0], r[i][1] - r[i][0], r[i][2]),
			  0);
	ASSERT_EQ(t, memmap_sanitize(&m), 0);
	host_phys_addr_limit = limit;
	memblock_init(&m);
}

#define INIT(t, limit, ...)                                 \
	do {                                                \
		static const u64 r_[][3] = { __VA_ARGS__ }; \
		init_map(t, r_, ARRAY_SIZE(r_), limit);     \
	} while (0)

/* A PC: 639 KiB of low RAM, ROMs, RAM from 1 MiB to 64 MiB. */
#define PC_MAP                                                             \
	{ 0, KB(639), U }, { KB(639), KB(640), R }, { KB(960), MB(1), R }, \
	{                                                                  \
		MB(1), MB(64), U                                           \
	}

#define EXPECT_REGION(t, type, i, s, e)                                   \
	do {                                                              \
		ASSERT_LT(t, (unsigned int)(i), (type)->cnt);             \
		EXPECT_EQ(t, (type)->regions[i].start, (phys_addr_t)(s)); \
		EXPECT_EQ(t, (type)->regions[i].end, (phys_addr_t)(e));   \
	} while (0)

/* Both tables sorted, page-aligned, non-empty, never touching. */
static void expect_tables_sane(struct ktest *t)
{
	const struct memblock_type *types[] = { &memblock.memory,
						&memblock.reserved };

	for (unsigned int k = 0; k < ARRAY_SIZE(types); k++) {
		const struct memblock_type *type = types[k];

		ASSERT_LE(t, type->cnt, (unsigned int)MEMBLOCK_MAX_REGIONS);
		for (unsigned int i = 0; i < type->cnt; i++) {
			const struct memblock_region *r = &type->regions[i];

			EXPECT_LT(t, r->start, r->end);
			EXPECT_TRUE(t, IS_ALIGNED(r->start, PAGE_SIZE));
			EXPECT_TRUE(t, IS_ALIGNED(r->end, PAGE_SIZE));
			if (i)
				EXPECT_LT(t, r[-1].end, r->start);
		}
	}
}

/* ---- memblock_init ---------------------------------------------------- */

KTEST(memblock, init_takes_usable_ram_page_aligned)
{
	INIT(t, GB(4), { KB(1) + 7, KB(639), U }, { KB(639), KB(640), R },
	     { MB(1), MB(16) + 123, U }, { MB(16) + 123, MB(17), ACPI },
	     { MB(17), MB(32), U });
	expect_tables_sane(t);
	EXPECT_EQ(t, memblock.memory.cnt, 3u);
	/* Start rounded up, end rounded down. */
	EXPECT_REGION(t, &memblock.memory, 0, KB(4), KB(636));
	EXPECT_REGION(t, &memblock.memory, 1, MB(1), MB(16));
	EXPECT_REGION(t, &memblock.memory, 2, MB(17), MB(32));
	EXPECT_EQ(t, memblock_end_pfn(), PFN_DOWN(MB(32)));
	EXPECT_EQ(t, memblock_phys_mem_size(), KB(632) + MB(15) + MB(15));
	EXPECT_FALSE(t, memblock.retired);
}

KTEST(memblock, init_drops_sub_page_ranges)
{
	/* Less than a page after rounding inwards: nothing left. */
	INIT(t, GB(4), { KB(4) + 1, KB(8) + 100, U }, { MB(1), MB(2), U },
	     { MB(3) + 1, MB(3) + KB(4), U });
	EXPECT_EQ(t, memblock.memory.cnt, 1u);
	EXPECT_REGION(t, &memblock.memory, 0, MB(1), MB(2));
}

KTEST(memblock, init_empty_map)
{
	static struct memmap m;

	memset(&m, 0, sizeof(m));
	memblock_init(&m);
	EXPECT_EQ(t, memblock.memory.cnt, 0u);
	EXPECT_EQ(t, memblock_end_pfn(), 0ul);
	EXPECT_EQ(t, memblock_alloc(PAGE_SIZE, PAGE_SIZE, TOP), 0ull);
}

KTEST(memblock, init_reserves_page_zero)
{
	INIT(t, GB(4), { 0, MB(2), U });
	EXPECT_TRUE(t, memblock_is_reserved(0));
	EXPECT_TRUE(t, memblock_is_reserved(PAGE_SIZE - 1));
	EXPECT_FALSE(t, memblock_is_reserved(PAGE_SIZE));
	/* So the lowest fit is page 1, and 0 can mean failure. */
	EXPECT_EQ(t, memblock_alloc(PAGE_SIZE, 0, TOP), (u64)PAGE_SIZE);
}

KTEST(memblock, init_ignores_ram_above_4g_in_2level_mode)
{
	INIT(t, GB(4), PC_MAP, { MB(64), GB(3), R }, { GB(3), GB(5), U },
	     { GB(6), GB(8), U });
	expect_tables_sane(t);
	/* The range straddling 4 GiB is clipped there; the one above goes. */
	EXPECT_EQ(t, memblock.memory.cnt, 3u);
	EXPECT_REGION(t, &memblock.memory, 2, GB(3), GB(4));
	EXPECT_EQ(t, memblock_end_pfn(), PFN_DOWN(GB(4)));
	EXPECT_FALSE(t, memblock_is_memory(GB(4)));
	EXPECT_FALSE(t, memblock_is_memory(GB(7)));
	EXPECT_LT(t, memblock_alloc(MB(1), 0, TOP), GB(4));
}

KTEST(memblock, init_keeps_ram_above_4g_with_pae)
{
	INIT(t, 1ULL << 52, PC_MAP, { GB(3), GB(5), U }, { GB(6), GB(8), U });
	EXPECT_EQ(t, memblock.memory.cnt, 4u);
	EXPECT_REGION(t, &memblock.memory, 2, GB(3), GB(5));
	EXPECT_REGION(t, &memblock.memory, 3, GB(6), GB(8));
	EXPECT_EQ(t, memblock_end_pfn(), PFN_DOWN(GB(8)));
}

KTEST(memblock, init_ram_at_the_top_of_the_address_space)
{
	/* Usable RAM ending at 2^64 - 1: beyond any limit, ignored. */
	INIT(t, 1ULL << 52, { MB(1), MB(2), U }, { TOP - MB(1), TOP, U });
	EXPECT_EQ(t, memblock.memory.cnt, 1u);
	EXPECT_EQ(t, memblock_end_pfn(), PFN_DOWN(MB(2)));
}

/* ---- memblock_reserve ------------------------------------------------- */

KTEST(memblock, reserve_merges_overlapping_and_adjacent)
{
	INIT(t, GB(4), PC_MAP);
	/* [0, 4K) is already there. */
	EXPECT_EQ(t, memblock.reserved.cnt, 1u);
	memblock_reserve(MB(4), MB(5));
	memblock_reserve(MB(8), MB(9));
	memblock_reserve(MB(2), MB(3));
	EXPECT_EQ(t, memblock.reserved.cnt, 4u);
	expect_tables_sane(t);
	/* Adjacent on the right and on the left. */
	memblock_reserve(MB(5), MB(6));
	memblock_reserve(MB(7), MB(8));
	EXPECT_EQ(t, memblock.reserved.cnt, 4u);
	EXPECT_REGION(t, &memblock.reserved, 2, MB(4), MB(6));
	EXPECT_REGION(t, &memblock.reserved, 3, MB(7), MB(9));
	/* Contained: no change. */
	memblock_reserve(MB(4) + KB(8), MB(5));
	EXPECT_EQ(t, memblock.reserved.cnt, 4u);
	EXPECT_REGION(t, &memblock.reserved, 2, MB(4), MB(6));
	/* Spanning three: they become one. */
	memblock_reserve(MB(2) + KB(4), MB(8));
	EXPECT_EQ(t, memblock.reserved.cnt, 2u);
	EXPECT_REGION(t, &memblock.reserved, 0, 0, KB(4));
	EXPECT_REGION(t, &memblock.reserved, 1, MB(2), MB(9));
	/* Touching the first: merges down to 0. */
	memblock_reserve(KB(4), MB(2));
	EXPECT_EQ(t, memblock.reserved.cnt, 1u);
	EXPECT_REGION(t, &memblock.reserved, 0, 0, MB(9));
	expect_tables_sane(t);
}

KTEST(memblock, reserve_hostile_ranges)
{
	INIT(t, GB(4), PC_MAP);
	/* Inverted and empty ranges are ignored. */
	memblock_reserve(MB(5), MB(4));
	memblock_reserve(MB(5), MB(5));
	EXPECT_EQ(t, memblock.reserved.cnt, 1u);
	/* Unaligned: widened to whole pages. */
	memblock_reserve(MB(4) + 1, MB(4) + 2);
	EXPECT_REGION(t, &memblock.reserved, 1, MB(4), MB(4) + KB(4));
	memblock_reserve(MB(6) - 1, MB(6) + KB(4) + 1);
	EXPECT_REGION(t, &memblock.reserved, 2, MB(6) - KB(4), MB(6) + KB(8));
	/* Up to the top of the address space: no wrap to 0. */
	memblock_reserve(TOP - KB(6), TOP);
	EXPECT_EQ(t, memblock.reserved.cnt, 4u);
	EXPECT_REGION(t, &memblock.reserved, 3, TOP - KB(8) + 1,
		      TOP - KB(4) + 1);
	memblock_reserve(TOP - 1, TOP); /* inside the top page: nothing */
	EXPECT_EQ(t, memblock.reserved.cnt, 4u);
	/* Reserving what is not RAM is fine (and changes no free range). */
	memblock_reserve(GB(3), GB(3) + MB(1));
	EXPECT_EQ(t, memblock.reserved.cnt, 5u);
	expect_tables_sane(t);
}

KTEST(memblock, reserve_full_table_panics)
{
	INIT(t, GB(4), PC_MAP);
	/* 127 more single pages, none touching: 128 in all. */
	for (unsigned int i = 1; i < MEMBLOCK_MAX_REGIONS; i++)
		memblock_reserve(MB(2) + i * KB(8), MB(2) + i * KB(8) + 1);
	EXPECT_EQ(t, memblock.reserved.cnt, (unsigned int)MEMBLOCK_MAX_REGIONS);
	/* A merging reserve still works when full... */
	memblock_reserve(MB(2) + KB(8), MB(2) + KB(12));
	EXPECT_EQ(t, memblock.reserved.cnt, (unsigned int)MEMBLOCK_MAX_REGIONS);
	/* ... and one that needs a slot panics rather than being lost. */
	EXPECT_PANIC(t, memblock_reserve(MB(32), MB(33)), "memblock_reserve:");
	memblock_reserve(MB(2) + KB(12), MB(2) + KB(24)); /* merges three */
	EXPECT_EQ(t, memblock.reserved.cnt,
		  (unsigned int)MEMBLOCK_MAX_REGIONS - 2);
	expect_tables_sane(t);
}

/* ---- free ranges ------------------------------------------------------ */

KTEST(memblock, free_ranges_are_ram_minus_reserved)
{
	phys_addr_t pos, start, end;
	static const phys_addr_t want[][2] = {
		{ KB(4), KB(636) }, { MB(2), MB(3) },	{ MB(4), MB(5) },
		{ MB(17), MB(20) }, { MB(24), MB(31) },
	};
	unsigned int n = 0;

	INIT(t, GB(4), PC_MAP, { MB(64), MB(100), R }, { MB(100), MB(128), U });
	memblock_reserve(MB(1), MB(2)); /* at the start of RAM */
	memblock_reserve(MB(3), MB(4)); /* in the middle */
	memblock_reserve(MB(5), MB(17));
	memblock_reserve(MB(20), MB(24));
	memblock_reserve(MB(31), MB(110));  /* across a hole */
	memblock_reserve(MB(110), MB(128)); /* to the end of RAM */
	for_each_free_mem_range (pos, start, end) {
		ASSERT_LT(t, n, (unsigned int)ARRAY_SIZE(want));
		EXPECT_EQ(t, start, want[n][0]);
		EXPECT_EQ(t, end, want[n][1]);
		n++;
	}
	EXPECT_EQ(t, n, (unsigned int)ARRAY_SIZE(want));
	EXPECT_EQ(t, memblock_free_mem_size(),
		  KB(632) + MB(1) + MB(1) + MB(3) + MB(7));
	EXPECT_EQ(t, memblock_end_pfn(), PFN_DOWN(MB(128)));
}

KTEST(memblock, free_ranges_all_reserved)
{
	phys_addr_t pos, start, end;
	unsigned int n = 0;

	INIT(t, GB(4), PC_MAP);
	memblock_reserve(0, MB(64));
	for_each_free_mem_range (pos, start, end)
		n++;
	EXPECT_EQ(t, n, 0u);
	EXPECT_EQ(t, memblock_alloc(PAGE_SIZE, 0, TOP), 0ull);
}

/* ---- memblock_alloc --------------------------------------------------- */

KTEST(memblock, alloc_lowest_fit_outside_reserves)
{
	phys_addr_t a, b, c;

	INIT(t, GB(4), PC_MAP);
	memblock_reserve(0, MB(1)); /* the first MiB */
	/* "The kernel image", ending inside a page: that page is taken. */
	memblock_reserve(MB(1), MB(1) + KB(1500) + 100);
	a = memblock_alloc(KB(8), PAGE_SIZE, TOP);
	EXPECT_EQ(t, a, MB(1) + KB(1504));
	EXPECT_TRUE(t, IS_ALIGNED(a, PAGE_SIZE));
	EXPECT_TRUE(t, memblock_is_reserved(a));
	EXPECT_TRUE(t, memblock_is_reserved(a + KB(8) - 1));
	/* The next one follows; unaligned sizes round up to pages. */
	b = memblock_alloc(100, 0, TOP);
	EXPECT_EQ(t, b, a + KB(8));
	c = memblock_alloc(1, 1, TOP);
	EXPECT_EQ(t, c, b + KB(4));
	/* Nothing handed out in the first MiB or the image. */
	EXPECT_GE(t, a, MB(1) + KB(1500));
	expect_tables_sane(t);
	/* They merged into the image's reserve. */
	EXPECT_EQ(t, memblock.reserved.cnt, 1u);
}

KTEST(memblock, alloc_alignment)
{
	phys_addr_t a;

	INIT(t, GB(4), PC_MAP);
	memblock_reserve(0, MB(1) + KB(4));
	a = memblock_alloc(KB(4), MB(2), TOP);
	EXPECT_EQ(t, a, MB(2));
	a = memblock_alloc(MB(4), MB(4), TOP);
	EXPECT_EQ(t, a, MB(4));
	/* The gap below 2 MiB is still used for small requests. */
	a = memblock_alloc(KB(4), 0, TOP);
	EXPECT_EQ(t, a, MB(1) + KB(4));
	/* An alignment past all RAM fits nowhere. */
	EXPECT_EQ(t, memblock_alloc(KB(4), GB(1), TOP), 0ull);
	/* Huge alignment: no wrap to 0. */
	EXPECT_EQ(t, memblock_alloc(KB(4), 1ULL << 63, TOP), 0ull);
	EXPECT_PANIC(t, memblock_alloc(KB(4), KB(12), TOP),
		     "memblock_alloc: align");
}

KTEST(memblock, alloc_limit)
{
	phys_addr_t a;

	INIT(t, GB(4), PC_MAP);
	memblock_reserve(0, MB(1));
	/* Exactly at the limit fits; one page more does not. */
	a = memblock_alloc(MB(1), 0, MB(2));
	EXPECT_EQ(t, a, MB(1));
	EXPECT_EQ(t, memblock_alloc(KB(4), 0, MB(2)), 0ull);
	/* The limit cuts a free range: the part below is too small. */
	EXPECT_EQ(t, memblock_alloc(MB(2), 0, MB(3)), 0ull);
	a = memblock_alloc(MB(2), 0, MB(4));
	EXPECT_EQ(t, a, MB(2));
	/* Limit in low memory: the 636 KiB below the first MiB are used. */
	INIT(t, GB(4), PC_MAP);
	a = memblock_alloc(KB(8), 0, MB(1));
	EXPECT_EQ(t, a, KB(4));
	EXPECT_EQ(t, memblock_alloc(0, 0, TOP), 0ull); /* size 0 */
}

KTEST(memblock, alloc_until_exhausted)
{
	phys_addr_t a, total, before;
	unsigned long n = 0;

	INIT(t, GB(4), { MB(1), MB(2), U }, { MB(3), MB(4) + KB(12), U });
	total = memblock_free_mem_size();
	EXPECT_EQ(t, total, MB(2) + KB(12));
	while ((a = memblock_alloc(KB(64), 0, TOP)) != 0) {
		EXPECT_TRUE(t, memblock_is_memory(a));
		EXPECT_TRUE(t, memblock_is_memory(a + KB(64) - 1));
		n++;
	}
	EXPECT_EQ(t, n, 32ul);
	/* 12 KiB are left: single pages still come, then nothing. */
	before = memblock_free_mem_size();
	EXPECT_EQ(t, before, KB(12));
	EXPECT_EQ(t, memblock_alloc(KB(16), 0, TOP), 0ull);
	EXPECT_EQ(t, memblock_alloc(KB(12), 0, TOP), MB(4));
	EXPECT_EQ(t, memblock_alloc(KB(4), 0, TOP), 0ull);
	EXPECT_EQ(t, memblock_free_mem_size(), 0ull);
	/* Oversized requests fail without wrapping. */
	EXPECT_EQ(t, memblock_alloc(TOP, 0, TOP), 0ull);
	EXPECT_EQ(t, memblock_alloc(TOP - KB(4), 0, TOP), 0ull);
}

KTEST(memblock, retired_panics)
{
	INIT(t, GB(4), PC_MAP);
	memblock_retire();
	EXPECT_PANIC(t, memblock_alloc(KB(4), 0, TOP), "memblock_alloc:");
	EXPECT_PANIC(t, memblock_reserve(MB(2), MB(3)), "memblock_reserve:");
	/* Reading the tables still works. */
	EXPECT_TRUE(t, memblock_is_memory(MB(2)));
	INIT(t, GB(4), PC_MAP); /* init starts over */
	EXPECT_FALSE(t, memblock.retired);
}
