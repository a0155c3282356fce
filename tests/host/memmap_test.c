// SPDX-License-Identifier: MIT
/* Host tests of mm/memmap.c: building and sanitising hostile memory maps. */
#include <kernel/ktest.h>
#include <kernel/memmap.h>
#include <kernel/string.h>

#define KB(x) ((u64)(x) << 10)
#define MB(x) ((u64)(x) << 20)
#define GB(x) ((u64)(x) << 30)
#define TOP (~0ULL)

#define U MEMMAP_USABLE
#define R MEMMAP_RESERVED
#define ACPI MEMMAP_ACPI_RECLAIMABLE
#define NVS MEMMAP_ACPI_NVS
#define BAD MEMMAP_BADRAM

/* Check the invariants every sanitised map must satisfy. */
static void expect_sane(struct ktest *t, const struct memmap *m)
{
	ASSERT_LE(t, m->nr, MEMMAP_MAX);
	for (unsigned int i = 0; i < m->nr; i++) {
		const struct memmap_entry *e = &m->map[i];

		EXPECT_LT(t, e->start, e->end);
		if (i == 0)
			continue;
		EXPECT_LE(t, e[-1].end, e->start);
		if (e[-1].end == e->start)
			EXPECT_NE(t, e[-1].type, e->type);
	}
}

#define EXPECT_ENTRY(t, m, i, s, e, ty)                    \
	do {                                               \
		ASSERT_LT(t, (unsigned int)(i), (m)->nr);  \
		EXPECT_EQ(t, (m)->map[i].start, (u64)(s)); \
		EXPECT_EQ(t, (m)->map[i].end, (u64)(e));   \
		EXPECT_EQ(t, (m)->map[i].type, (u32)(ty)); \
	} while (0)

/* Build a map from triples (start, end, type) and sanitise it. */
static void build(struct ktest *t, struct memmap *m, const u64 (*r)[3],
		  unsigned int n)
{
	memset(m, 0, sizeof(*m));
	for (unsigned int i = 0; i < n; i++)
		ASSERT_EQ(t, memmap_add(m, r[i][0], r[i][1] - r[i][0], r[i][2]),
			  0);
	EXPECT_EQ(t, memmap_sanitize(m), 0);
	expect_sane(t, m);
}

#define BUILD(t, m, ...)                                    \
	do {                                                \
		static const u64 r_[][3] = { __VA_ARGS__ }; \
		build(t, m, r_, ARRAY_SIZE(r_));            \
	} while (0)

KTEST(memmap, add_zero_length_ignored)
{
	struct memmap m = { 0 };

	EXPECT_EQ(t, memmap_add(&m, MB(1), 0, U), 0);
	EXPECT_EQ(t, memmap_add(&m, 0, 0, R), 0);
	EXPECT_EQ(t, m.nr, 0u);
	EXPECT_EQ(t, memmap_add(&m, 0, 1, U), 0);
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, 0, 1, U);
}

KTEST(memmap, add_wrap_clipped)
{
	struct memmap m = { 0 };

	/* Runs past 2^64: ends at the top. */
	EXPECT_EQ(t, memmap_add(&m, TOP - KB(4), MB(1), R), 0);
	EXPECT_ENTRY(t, &m, 0, TOP - KB(4), TOP, R);
	/* Ends exactly at 2^64 (base + len == 0 after wrapping). */
	EXPECT_EQ(t, memmap_add(&m, TOP - KB(4) + 1, KB(4), R), 0);
	EXPECT_ENTRY(t, &m, 1, TOP - KB(4) + 1, TOP, R);
	/* Huge length from 0. */
	EXPECT_EQ(t, memmap_add(&m, GB(1), TOP, U), 0);
	EXPECT_ENTRY(t, &m, 2, GB(1), TOP, U);
	/* Starting at the very top leaves nothing. */
	EXPECT_EQ(t, memmap_add(&m, TOP, 16, R), 0);
	EXPECT_EQ(t, m.nr, 3u);

	EXPECT_EQ(t, memmap_sanitize(&m), 0);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, 2u);
	EXPECT_ENTRY(t, &m, 0, GB(1), TOP - KB(4), U);
	EXPECT_ENTRY(t, &m, 1, TOP - KB(4), TOP, R);
}

KTEST(memmap, add_full_table)
{
	struct memmap m = { 0 };

	for (unsigned int i = 0; i < MEMMAP_MAX; i++)
		ASSERT_EQ(t, memmap_add(&m, MB(2 * i), MB(1), U), 0);
	EXPECT_EQ(t, m.nr, (unsigned int)MEMMAP_MAX);
	EXPECT_EQ(t, memmap_add(&m, GB(8), MB(1), R), -1);
	EXPECT_EQ(t, m.nr, (unsigned int)MEMMAP_MAX);
	/* A zero-length add is not an error even when full. */
	EXPECT_EQ(t, memmap_add(&m, GB(8), 0, R), 0);
	/* What is there is still sanitised. */
	EXPECT_EQ(t, memmap_sanitize(&m), 0);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, (unsigned int)MEMMAP_MAX);
	EXPECT_EQ(t, memmap_total(&m, U), MB(MEMMAP_MAX));
}

KTEST(memmap, empty_map)
{
	struct memmap m = { 0 };

	EXPECT_EQ(t, memmap_sanitize(&m), 0);
	EXPECT_EQ(t, m.nr, 0u);
	EXPECT_EQ(t, memmap_total(&m, U), 0ull);
}

KTEST(memmap, unsorted_input_sorted)
{
	struct memmap m;

	BUILD(t, &m, { MB(16), MB(32), U }, { 0, KB(639), U },
	      { KB(960), MB(1), R }, { MB(1), MB(15), U },
	      { KB(639), KB(640), R });
	EXPECT_EQ(t, m.nr, 5u);
	EXPECT_ENTRY(t, &m, 0, 0, KB(639), U);
	EXPECT_ENTRY(t, &m, 1, KB(639), KB(640), R);
	EXPECT_ENTRY(t, &m, 2, KB(960), MB(1), R);
	EXPECT_ENTRY(t, &m, 3, MB(1), MB(15), U);
	EXPECT_ENTRY(t, &m, 4, MB(16), MB(32), U);
}

KTEST(memmap, overlap_contained)
{
	struct memmap m;

	/* Reserved inside usable: usable is split around it. */
	BUILD(t, &m, { 0, 100, U }, { 10, 20, R });
	EXPECT_EQ(t, m.nr, 3u);
	EXPECT_ENTRY(t, &m, 0, 0, 10, U);
	EXPECT_ENTRY(t, &m, 1, 10, 20, R);
	EXPECT_ENTRY(t, &m, 2, 20, 100, U);

	/* Usable inside reserved: swallowed. */
	BUILD(t, &m, { 10, 20, U }, { 0, 100, R });
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, 0, 100, R);

	/* Sharing the start or the end. */
	BUILD(t, &m, { 0, 100, U }, { 0, 10, R }, { 90, 100, NVS });
	EXPECT_EQ(t, m.nr, 3u);
	EXPECT_ENTRY(t, &m, 0, 0, 10, R);
	EXPECT_ENTRY(t, &m, 1, 10, 90, U);
	EXPECT_ENTRY(t, &m, 2, 90, 100, NVS);
}

KTEST(memmap, overlap_straddling)
{
	struct memmap m;

	BUILD(t, &m, { 0, 50, U }, { 40, 100, R });
	EXPECT_EQ(t, m.nr, 2u);
	EXPECT_ENTRY(t, &m, 0, 0, 40, U);
	EXPECT_ENTRY(t, &m, 1, 40, 100, R);

	BUILD(t, &m, { 0, 50, R }, { 40, 100, U });
	EXPECT_EQ(t, m.nr, 2u);
	EXPECT_ENTRY(t, &m, 0, 0, 50, R);
	EXPECT_ENTRY(t, &m, 1, 50, 100, U);

	/* Two non-usable types: the larger number takes the overlap. */
	BUILD(t, &m, { 0, 50, NVS }, { 40, 100, ACPI });
	EXPECT_EQ(t, m.nr, 2u);
	EXPECT_ENTRY(t, &m, 0, 0, 50, NVS);
	EXPECT_ENTRY(t, &m, 1, 50, 100, ACPI);
}

KTEST(memmap, overlap_identical)
{
	struct memmap m;

	BUILD(t, &m, { 0, 100, U }, { 0, 100, R }, { 0, 100, U });
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, 0, 100, R);

	BUILD(t, &m, { MB(1), MB(2), U }, { MB(1), MB(2), U });
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, MB(1), MB(2), U);
	EXPECT_EQ(t, memmap_total(&m, U), MB(1));
}

KTEST(memmap, overlap_chains)
{
	struct memmap m;

	/* Overlapping usable ranges collapse into one. */
	BUILD(t, &m, { 12, 30, U }, { 0, 10, U }, { 5, 15, U });
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, 0, 30, U);

	/* A reserved link in the chain keeps its whole range. */
	BUILD(t, &m, { 0, 10, U }, { 5, 15, R }, { 12, 30, U });
	EXPECT_EQ(t, m.nr, 3u);
	EXPECT_ENTRY(t, &m, 0, 0, 5, U);
	EXPECT_ENTRY(t, &m, 1, 5, 15, R);
	EXPECT_ENTRY(t, &m, 2, 15, 30, U);

	/* A staircase of types, each overlapping the next. */
	BUILD(t, &m, { 0, 20, U }, { 10, 30, R }, { 20, 40, ACPI },
	      { 30, 50, NVS }, { 40, 60, BAD });
	EXPECT_EQ(t, m.nr, 5u);
	EXPECT_ENTRY(t, &m, 0, 0, 10, U);
	EXPECT_ENTRY(t, &m, 1, 10, 20, R);
	EXPECT_ENTRY(t, &m, 2, 20, 30, ACPI);
	EXPECT_ENTRY(t, &m, 3, 30, 40, NVS);
	EXPECT_ENTRY(t, &m, 4, 40, 60, BAD);
}

KTEST(memmap, adjacent_merge)
{
	struct memmap m;

	BUILD(t, &m, { 10, 20, U }, { 0, 10, U }, { 20, 30, U }, { 30, 40, R },
	      { 40, 50, R }, { 60, 70, R });
	EXPECT_EQ(t, m.nr, 3u);
	EXPECT_ENTRY(t, &m, 0, 0, 30, U);
	EXPECT_ENTRY(t, &m, 1, 30, 50, R);
	EXPECT_ENTRY(t, &m, 2, 60, 70, R); /* a hole is not merged over */

	/* Pieces of one type left touching after an overlap is resolved. */
	BUILD(t, &m, { 0, 30, R }, { 10, 20, U }, { 30, 40, R });
	EXPECT_EQ(t, m.nr, 1u);
	EXPECT_ENTRY(t, &m, 0, 0, 40, R);
}

KTEST(memmap, type_priority)
{
	static const u32 order[] = { U, 0, R, ACPI, NVS, BAD, 6, 0x1000 };
	struct memmap m;

	/* Each type beats every one before it in order[], both ways round. */
	for (unsigned int i = 0; i < ARRAY_SIZE(order); i++) {
		for (unsigned int j = i + 1; j < ARRAY_SIZE(order); j++) {
			memset(&m, 0, sizeof(m));
			memmap_add(&m, 0, 100, order[i]);
			memmap_add(&m, 50, 100, order[j]);
			memmap_sanitize(&m);
			EXPECT_EQ(t, m.nr, 2u);
			EXPECT_ENTRY(t, &m, 1, 50, 150, order[j]);

			memset(&m, 0, sizeof(m));
			memmap_add(&m, 50, 100, order[j]);
			memmap_add(&m, 0, 100, order[i]);
			memmap_sanitize(&m);
			EXPECT_EQ(t, m.nr, 2u);
			EXPECT_ENTRY(t, &m, 0, 0, 50, order[i]);
			EXPECT_ENTRY(t, &m, 1, 50, 150, order[j]);
		}
	}
}

KTEST(memmap, unknown_type_kept)
{
	struct memmap m;

	BUILD(t, &m, { 0, MB(1), U }, { KB(512), KB(768), 12 });
	EXPECT_EQ(t, m.nr, 3u);
	EXPECT_ENTRY(t, &m, 1, KB(512), KB(768), 12);
	EXPECT_EQ(t, memmap_total(&m, U), MB(1) - KB(256));
	EXPECT_STREQ(t, memmap_type_name(12), "type 12");
}

KTEST(memmap, above_4g)
{
	struct memmap m;

	BUILD(t, &m, { GB(4), GB(8), U }, { 0, KB(636), U },
	      { GB(6), GB(6) + KB(4), R }, { GB(3), GB(4), R },
	      { MB(1), GB(3), U });
	EXPECT_EQ(t, m.nr, 6u);
	EXPECT_ENTRY(t, &m, 0, 0, KB(636), U);
	EXPECT_ENTRY(t, &m, 1, MB(1), GB(3), U);
	EXPECT_ENTRY(t, &m, 2, GB(3), GB(4), R);
	EXPECT_ENTRY(t, &m, 3, GB(4), GB(6), U);
	EXPECT_ENTRY(t, &m, 4, GB(6), GB(6) + KB(4), R);
	EXPECT_ENTRY(t, &m, 5, GB(6) + KB(4), GB(8), U);
	EXPECT_EQ(t, memmap_total(&m, U),
		  KB(636) + GB(3) - MB(1) + GB(4) - KB(4));
	EXPECT_EQ(t, memmap_total(&m, R), GB(1) + KB(4));
}

KTEST(memmap, reaching_the_top)
{
	struct memmap m;

	BUILD(t, &m, { GB(4), TOP, U }, { TOP - MB(1), TOP, R },
	      { GB(16), GB(17), BAD });
	EXPECT_EQ(t, m.nr, 4u);
	EXPECT_ENTRY(t, &m, 0, GB(4), GB(16), U);
	EXPECT_ENTRY(t, &m, 1, GB(16), GB(17), BAD);
	EXPECT_ENTRY(t, &m, 2, GB(17), TOP - MB(1), U);
	EXPECT_ENTRY(t, &m, 3, TOP - MB(1), TOP, R);
}

KTEST(memmap, no_usable_ram)
{
	struct memmap m;

	BUILD(t, &m, { 0, MB(1), R }, { MB(1), MB(64), NVS },
	      { MB(32), MB(33), U });
	EXPECT_EQ(t, m.nr, 2u);
	EXPECT_EQ(t, memmap_total(&m, U), 0ull);
	EXPECT_EQ(t, memmap_total(&m, NVS), MB(63));
}

/* Sanitising a sanitised map changes nothing. */
KTEST(memmap, sanitize_idempotent)
{
	struct memmap m, again;

	BUILD(t, &m, { 0, 100, U }, { 10, 20, R }, { 15, 30, NVS },
	      { 200, 300, U }, { 300, 400, U });
	again = m;
	EXPECT_EQ(t, memmap_sanitize(&again), 0);
	EXPECT_EQ(t, again.nr, m.nr);
	EXPECT_EQ(t, memcmp(again.map, m.map, m.nr * sizeof(m.map[0])), 0);
}

/*
 * More pieces than MEMMAP_MAX: the highest ranges are dropped and -1
 * returned, and no reserved byte ever turns usable.
 */
KTEST(memmap, sanitize_overflow_drops_top)
{
	struct memmap m = { 0 };

	memmap_add(&m, 0, GB(1), U);
	for (unsigned int i = 1; i < MEMMAP_MAX; i++)
		memmap_add(&m, MB(2 * i), KB(4), R);
	EXPECT_EQ(t, memmap_sanitize(&m), -1);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, (unsigned int)MEMMAP_MAX);
	for (unsigned int i = 0; i < m.nr; i++) {
		const struct memmap_entry *e = &m.map[i];

		if (e->type != U)
			continue;
		/* A usable piece lies between two reserved 4 KiB holes. */
		for (unsigned int j = 1; j < MEMMAP_MAX; j++) {
			EXPECT_TRUE(t, e->end <= MB(2 * j) ||
					       e->start >= MB(2 * j) + KB(4));
		}
	}
	EXPECT_ENTRY(t, &m, 0, 0, MB(2), U);
	EXPECT_ENTRY(t, &m, 1, MB(2), MB(2) + KB(4), R);
	/* 128 entries: 64 usable, 64 reserved; the last kept is reserved. */
	EXPECT_ENTRY(t, &m, 127, MB(128), MB(128) + KB(4), R);
}

KTEST(memmap, reserve_carves_hole)
{
	struct memmap m;

	BUILD(t, &m, { 0, KB(640), U }, { MB(1), MB(128), U });
	EXPECT_EQ(t, memmap_reserve(&m, MB(1), MB(1) + KB(100)), 0);
	EXPECT_EQ(t, memmap_reserve(&m, MB(4), MB(5)), 0);
	EXPECT_EQ(t, memmap_reserve(&m, MB(127), MB(128)), 0);
	EXPECT_EQ(t, memmap_reserve(&m, 0, KB(4)), 0);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, 7u);
	EXPECT_ENTRY(t, &m, 0, 0, KB(4), R);
	EXPECT_ENTRY(t, &m, 1, KB(4), KB(640), U);
	EXPECT_ENTRY(t, &m, 2, MB(1), MB(1) + KB(100), R);
	EXPECT_ENTRY(t, &m, 3, MB(1) + KB(100), MB(4), U);
	EXPECT_ENTRY(t, &m, 4, MB(4), MB(5), R);
	EXPECT_ENTRY(t, &m, 5, MB(5), MB(127), U);
	EXPECT_ENTRY(t, &m, 6, MB(127), MB(128), R);
}

KTEST(memmap, reserve_edges_and_spans)
{
	struct memmap m;

	BUILD(t, &m, { 0, KB(640), U }, { KB(640), KB(700), NVS },
	      { MB(1), MB(8), U });
	/* Across a usable end, an NVS range and a hole: NVS stays NVS. */
	EXPECT_EQ(t, memmap_reserve(&m, KB(600), MB(2)), 0);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, 5u);
	EXPECT_ENTRY(t, &m, 0, 0, KB(600), U);
	EXPECT_ENTRY(t, &m, 1, KB(600), KB(640), R);
	EXPECT_ENTRY(t, &m, 2, KB(640), KB(700), NVS);
	EXPECT_ENTRY(t, &m, 3, KB(700), MB(2), R);
	EXPECT_ENTRY(t, &m, 4, MB(2), MB(8), U);

	/* Empty and inverted ranges change nothing. */
	EXPECT_EQ(t, memmap_reserve(&m, MB(3), MB(3)), 0);
	EXPECT_EQ(t, memmap_reserve(&m, MB(4), MB(3)), 0);
	EXPECT_EQ(t, m.nr, 5u);

	/* Reserving what is already reserved merges with it. */
	EXPECT_EQ(t, memmap_reserve(&m, MB(2), MB(3)), 0);
	EXPECT_EQ(t, m.nr, 5u);
	EXPECT_ENTRY(t, &m, 3, KB(700), MB(3), R);

	/* The whole of a usable entry. */
	EXPECT_EQ(t, memmap_reserve(&m, 0, KB(600)), 0);
	EXPECT_EQ(t, m.nr, 4u);
	EXPECT_ENTRY(t, &m, 0, 0, KB(640), R);
	EXPECT_EQ(t, memmap_total(&m, U), MB(5));
}

/* memmap_reserve() works on a full table, dropping from the top if needed. */
KTEST(memmap, reserve_on_full_table)
{
	struct memmap m = { 0 };

	for (unsigned int i = 0; i < MEMMAP_MAX; i++)
		memmap_add(&m, MB(2 * i), MB(1), U);
	EXPECT_EQ(t, memmap_sanitize(&m), 0);
	EXPECT_EQ(t, memmap_reserve(&m, KB(100), KB(200)), -1);
	expect_sane(t, &m);
	EXPECT_EQ(t, m.nr, (unsigned int)MEMMAP_MAX);
	EXPECT_ENTRY(t, &m, 0, 0, KB(100), U);
	EXPECT_ENTRY(t, &m, 1, KB(100), KB(200), R);
	EXPECT_ENTRY(t, &m, 2, KB(200), MB(1), U);
	EXPECT_ENTRY(t, &m, 127, MB(250), MB(251), U);

	/* Reserving a whole entry needs no extra room. */
	EXPECT_EQ(t, memmap_reserve(&m, MB(4), MB(5)), 0);
	EXPECT_ENTRY(t, &m, 4, MB(4), MB(5), R);
}

KTEST(memmap, totals)
{
	struct memmap m;

	BUILD(t, &m, { 0, KB(639), U }, { KB(639), KB(640), R },
	      { KB(960), MB(1), R }, { MB(1), MB(128) - KB(128), U },
	      { MB(128) - KB(128), MB(128), ACPI },
	      { GB(4) - KB(256), GB(4), R });
	EXPECT_EQ(t, memmap_total(&m, U), KB(639) + MB(127) - KB(128));
	EXPECT_EQ(t, memmap_total(&m, R), KB(1) + KB(64) + KB(256));
	EXPECT_EQ(t, memmap_total(&m, ACPI), KB(128));
	EXPECT_EQ(t, memmap_total(&m, NVS), 0ull);
}

KTEST(memmap, type_names)
{
	EXPECT_STREQ(t, memmap_type_name(U), "usable");
	EXPECT_STREQ(t, memmap_type_name(R), "reserved");
	EXPECT_STREQ(t, memmap_type_name(ACPI), "ACPI reclaimable");
	EXPECT_STREQ(t, memmap_type_name(NVS), "ACPI NVS");
	EXPECT_STREQ(t, memmap_type_name(BAD), "bad RAM");
	EXPECT_STREQ(t, memmap_type_name(0), "type 0");
	EXPECT_STREQ(t, memmap_type_name(0xffffffff), "type 4294967295");
}

KTEST(memmap, format_size)
{
	char b[16];

	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), 0), "0 B");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), 1023), "1023 B");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), KB(1)), "1 KiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), KB(1) + 512),
		     "1.5 KiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), KB(639)), "639 KiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), MB(127) + KB(896)),
		     "127.8 MiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), MB(1) + 1), "1.0 MiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), GB(4)), "4 GiB");
	EXPECT_STREQ(t, memmap_format_size(b, sizeof(b), TOP), "15.9 EiB");
	/* Bounded. */
	EXPECT_STREQ(t, memmap_format_size(b, 4, MB(127)), "127");
}

/*
 * Random maps over a small address space, checked byte by byte against a
 * direct computation of the winning type.
 */
#define RAND_SPACE 64

static u32 rand_state = 12345;

static u32 rand_next(void)
{
	rand_state = rand_state * 1103515245 + 12345;
	return rand_state >> 16;
}

static bool beats(u32 a, u32 b)
{
	if (b == U)
		return a != U;
	return a != U && a > b;
}

KTEST(memmap, random_against_reference)
{
	static const u32 types[] = { U, U, U, R, ACPI, NVS, BAD, 9 };

	for (int iter = 0; iter < 2000; iter++) {
		u32 ref[RAND_SPACE];
		bool has[RAND_SPACE] = { false };
		struct memmap m = { 0 };
		unsigned int n = 1 + rand_next() % 12;

		for (unsigned int i = 0; i < n; i++) {
			u32 s = rand_next() % RAND_SPACE;
			u32 len = rand_next() % (RAND_SPACE - s + 1);
			u32 ty = types[rand_next() % ARRAY_SIZE(types)];

			memmap_add(&m, s, len, ty);
			for (u32 a = s; a < s + len; a++) {
				if (!has[a] || beats(ty, ref[a]))
					ref[a] = ty;
				has[a] = true;
			}
		}
		ASSERT_EQ(t, memmap_sanitize(&m), 0);
		expect_sane(t, &m);
		for (u32 a = 0; a < RAND_SPACE; a++) {
			const struct memmap_entry *e = NULL;

			for (unsigned int i = 0; i < m.nr; i++)
				if (m.map[i].start <= a && a < m.map[i].end)
					e = &m.map[i];
			ASSERT_EQ(t, e != NULL, has[a]);
			if (e)
				ASSERT_EQ(t, e->type, ref[a]);
		}
	}
}
