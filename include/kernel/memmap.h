/* SPDX-License-Identifier: MIT */
/*
 * The physical memory map, as the boot loader reported it, made sane:
 * sorted by address, no overlaps, no empty entries, adjacent entries of one
 * type merged. Where reported ranges overlap, the more restrictive type
 * wins (anything beats usable RAM; among the rest the larger type number,
 * as with E820). Ranges are [start, end) and never wrap past 2^64.
 */
#ifndef KERNEL_MEMMAP_H
#define KERNEL_MEMMAP_H

#include <kernel/types.h>

/* Multiboot / E820 type numbers. Unknown types are kept and treated as reserved. */
enum memmap_type {
	MEMMAP_USABLE = 1,
	MEMMAP_RESERVED = 2,
	MEMMAP_ACPI_RECLAIMABLE = 3,
	MEMMAP_ACPI_NVS = 4,
	MEMMAP_BADRAM = 5,
};

#define MEMMAP_MAX 128

struct memmap_entry {
	u64 start;
	u64 end; /* exclusive; an entry reaching the top of the 64-bit space ends at ~0 */
	u32 type;
};

struct memmap {
	unsigned int nr;
	struct memmap_entry map[MEMMAP_MAX];
};

#define for_each_memmap_entry(e, m) \
	for ((e) = (m)->map; (e) < (m)->map + (m)->nr; (e)++)

/*
 * Append a raw range as the loader reported it, not yet sanitised. A zero
 * length is ignored; a range running past 2^64 is clipped to end at ~0.
 * Returns 0, or -1 if the table is full (the range is dropped; what is
 * already there can still be sanitised).
 */
int memmap_add(struct memmap *m, u64 base, u64 len, u32 type);

/*
 * Sort, resolve overlaps (the more restrictive type wins), drop empty
 * entries and merge touching entries of one type. O(n^2), no allocation,
 * about 3.4 KiB of stack. Returns 0, or -1 if the result needed more than
 * MEMMAP_MAX entries and the highest ranges were dropped (an absent range
 * is never usable, so this loses RAM, never hands out reserved memory).
 */
int memmap_sanitize(struct memmap *m);

/*
 * Mark [start, end) reserved (ranges already of a more restrictive type
 * keep theirs) and leave the map sanitised. Works on a full table. Returns
 * what memmap_sanitize() returns.
 */
int memmap_reserve(struct memmap *m, u64 start, u64 end);

/* Bytes covered by entries of the given type. */
u64 memmap_total(const struct memmap *m, u32 type);

/*
 * The least usable RAM the kernel boots with: QEMU's -m 4M leaves 3583
 * KiB, and with that the whole boot-time suite passes in every mode
 * (cases that need more memory skip). Below it start_kernel refuses.
 */
#define MIN_USABLE_RAM (3328ULL << 10)

/*
 * "usable", "reserved", "ACPI reclaimable", "ACPI NVS", "bad RAM", or
 * "type N" for an unknown type (that one in a static buffer, valid until
 * the next call with an unknown type).
 */
const char *memmap_type_name(u32 type);

/*
 * Format a byte count for people: "640 KiB", "127 MiB", "4 GiB", with one
 * decimal when not a whole number of the unit ("1.5 KiB"). Truncates, never
 * rounds up. No 64-bit division. Returns buf.
 */
char *memmap_format_size(char *buf, size_t size, u64 bytes);

/* One printk line per entry: "  [mem 0x...-0x...]    639 KiB usable". */
void memmap_print(const struct memmap *m);

#endif
