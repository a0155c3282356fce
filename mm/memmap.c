// SPDX-License-Identifier: MIT
/*
 * The physical memory map: collecting the loader's raw ranges and making
 * them sane. The rules are in include/kernel/memmap.h. Plain C, no arch
 * code: the host unit tests build this file as it is.
 */
#include <kernel/compiler.h>
#include <kernel/memmap.h>
#include <kernel/printk.h>

/* memmap_reserve() resolves a full table plus one extra range. */
#define MEMMAP_BOUNDS (2 * (MEMMAP_MAX + 1))

/*
 * True if type a wins over type b where their ranges overlap: anything
 * beats usable RAM, otherwise the larger type number (as E820 does).
 */
static bool memmap_beats(u32 a, u32 b)
{
	if (a == b)
		return false;
	if (b == MEMMAP_USABLE)
		return true;
	if (a == MEMMAP_USABLE)
		return false;
	return a > b;
}

/* Append [base, base + len) unsanitised; -1 if the table is full. */
int memmap_add(struct memmap *m, u64 base, u64 len, u32 type)
{
	u64 end = base + len;

	if (end < base) /* wrapped past 2^64: clip to the top */
		end = ~0ULL;
	if (end <= base) /* zero length, or nothing left after clipping */
		return 0;
	if (m->nr >= MEMMAP_MAX)
		return -1;
	m->map[m->nr].start = base;
	m->map[m->nr].end = end;
	m->map[m->nr].type = type;
	m->nr++;
	return 0;
}

/*
 * Insert addr into the sorted, duplicate-free array bound[0..nb) and
 * return the new count. The caller guarantees room.
 */
static unsigned int memmap_bound_insert(u64 *bound, unsigned int nb, u64 addr)
{
	unsigned int i = nb;

	while (i > 0 && bound[i - 1] > addr)
		i--;
	if (i > 0 && bound[i - 1] == addr)
		return nb;
	for (unsigned int j = nb; j > i; j--)
		bound[j] = bound[j - 1];
	bound[i] = addr;
	return nb + 1;
}

/*
 * The boundary sweep. Every distinct start and end, sorted, cuts the
 * address space into pieces, each covered by a fixed set of entries; a
 * piece takes the winning type of its set, or is a hole if the set is
 * empty. The pieces are then written back in address order, merging
 * touching pieces of one type. extra (may be NULL) is one more range taken
 * as if it were in the table, so that a full table can still be changed.
 */
static int memmap_resolve(struct memmap *m, const struct memmap_entry *extra)
{
	u64 bound[MEMMAP_BOUNDS];
	u32 type[MEMMAP_BOUNDS];
	bool covered[MEMMAP_BOUNDS];
	unsigned int n = min(m->nr, (unsigned int)MEMMAP_MAX);
	unsigned int nr_in = n + (extra ? 1 : 0);
	unsigned int nb = 0, out = 0, i, k;

	for (i = 0; i < nr_in; i++) {
		const struct memmap_entry *e = i < n ? &m->map[i] : extra;

		if (e->start >= e->end)
			continue;
		nb = memmap_bound_insert(bound, nb, e->start);
		nb = memmap_bound_insert(bound, nb, e->end);
	}

	/* Pieces are [bound[k], bound[k + 1]); an entry covers all or none. */
	for (k = 0; k + 1 < nb; k++) {
		covered[k] = false;
		type[k] = 0;
		for (i = 0; i < nr_in; i++) {
			const struct memmap_entry *e =
				i < n ? &m->map[i] : extra;

			if (e->start > bound[k] || e->end <= bound[k])
				continue;
			if (!covered[k] || memmap_beats(e->type, type[k]))
				type[k] = e->type;
			covered[k] = true;
		}
	}

	for (k = 0; k + 1 < nb; k++) {
		struct memmap_entry *prev = out ? &m->map[out - 1] : NULL;

		if (!covered[k])
			continue;
		if (prev && prev->end == bound[k] && prev->type == type[k]) {
			prev->end = bound[k + 1];
			continue;
		}
		if (out == MEMMAP_MAX) {
			m->nr = out; /* the caller reports it */
			return -1;
		}
		m->map[out].start = bound[k];
		m->map[out].end = bound[k + 1];
		m->map[out].type = type[k];
		out++;
	}
	m->nr = out;
	return 0;
}

/* Sort, resolve overlaps, merge; -1 if the top had to be dropped. */
int memmap_sanitize(struct memmap *m)
{
	return memmap_resolve(m, NULL);
}

/* Mark [start, end) reserved, even on a full table; the map stays sane. */
int memmap_reserve(struct memmap *m, u64 start, u64 end)
{
	struct memmap_entry r = { .start = start,
				  .end = end,
				  .type = MEMMAP_RESERVED };

	return memmap_resolve(m, start < end ? &r : NULL);
}

/* Bytes in entries of the given type. */
u64 memmap_total(const struct memmap *m, u32 type)
{
	const struct memmap_entry *e;
	u64 total = 0;

	for_each_memmap_entry (e, m)
		if (e->type == type)
			total += e->end - e->start;
	return total;
}

/* A name for people; unknown types share one static buffer. */
const char *memmap_type_name(u32 type)
{
	static char unknown[sizeof("type 4294967295")];

	switch (type) {
	case MEMMAP_USABLE:
		return "usable";
	case MEMMAP_RESERVED:
		return "reserved";
	case MEMMAP_ACPI_RECLAIMABLE:
		return "ACPI reclaimable";
	case MEMMAP_ACPI_NVS:
		return "ACPI NVS";
	case MEMMAP_BADRAM:
		return "bad RAM";
	}
	snprintf(unknown, sizeof(unknown), "type %u", (unsigned int)type);
	return unknown;
}

/* "639 KiB", "127.8 MiB": the largest unit, one decimal when inexact. */
char *memmap_format_size(char *buf, size_t size, u64 bytes)
{
	static const char unit[][4] = { "B",   "KiB", "MiB", "GiB",
					"TiB", "PiB", "EiB" };
	unsigned int u = 0, shift = 0, whole, tenths;

	while (u + 1 < ARRAY_SIZE(unit) && (bytes >> (shift + 10)) != 0) {
		u++;
		shift += 10;
	}
	whole = (unsigned int)(bytes >> shift); /* < 1024 (16 for EiB) */
	if (shift == 0 || (bytes & ((1ULL << shift) - 1)) == 0) {
		snprintf(buf, size, "%u %s", whole, unit[u]);
	} else {
		tenths = (unsigned int)((bytes >> (shift - 10)) & 1023) * 10 >>
			 10;
		snprintf(buf, size, "%u.%u %s", whole, tenths, unit[u]);
	}
	return buf;
}

/* One printk line per entry, Linux-style inclusive ranges. */
void memmap_print(const struct memmap *m)
{
	const struct memmap_entry *e;
	char size[16];

	for_each_memmap_entry (e, m) {
		/* Inclusive end, as Linux prints it; ~0 stands for the top. */
		u64 last = e->end == ~0ULL ? ~0ULL : e->end - 1;

		memmap_format_size(size, sizeof(size), e->end - e->start);
		printk("  [mem 0x%016llx-0x%016llx] %10s %s\n",
		       (unsigned long long)e->start, (unsigned long long)last,
		       size, memmap_type_name(e->type));
	}
}
