// SPDX-License-Identifier: MIT
/*
 * The boot information this boot actually got (the global boot_info,
 * filled from the loader's structures before the tests run) looks like
 * what a PC and a Multiboot loader give.
 */
#include <kernel/bootinfo.h>
#include <kernel/ktest.h>
#include <kernel/memmap.h>
#include <kernel/monitor.h>
#include <kernel/string.h>

#define SZ_1M 0x100000ULL
#define SZ_4G 0x100000000ULL
#define LOWMEM_END 0xa0000ULL /* 640 KiB: the VGA window and ROMs follow */

static bool contains(const char *s, const char *needle)
{
	size_t n = strlen(needle);

	for (; *s; s++)
		if (strncmp(s, needle, n) == 0)
			return true;
	return n == 0;
}

/*
 * True if every byte of [start, end) is in an entry of type usable or
 * reserved: the loader's own data sits in RAM it reported (and the kernel
 * may since have reserved it).
 */
static bool in_ram(const struct memmap *m, u64 start, u64 end)
{
	const struct memmap_entry *e;

	if (start >= end)
		return true;
	for_each_memmap_entry (e, m) {
		if (e->end <= start)
			continue;
		if (e->start > start)
			return false; /* a hole */
		if (e->type != MEMMAP_USABLE && e->type != MEMMAP_RESERVED)
			return false;
		if (e->end >= end)
			return true;
		start = e->end;
	}
	return false;
}

KTEST(bootinfo, protocol)
{
	EXPECT_TRUE(t, boot_info.protocol == 1 || boot_info.protocol == 2);
}

KTEST(bootinfo, strings_terminated)
{
	EXPECT_LT(t, strnlen(boot_info.cmdline, BOOT_CMDLINE_MAX),
		  (size_t)BOOT_CMDLINE_MAX);
	EXPECT_LT(t, strnlen(boot_info.loader_name, BOOT_LOADER_NAME_MAX),
		  (size_t)BOOT_LOADER_NAME_MAX);
	for (unsigned int i = 0; i < boot_info.nr_modules; i++)
		EXPECT_LT(t,
			  strnlen(boot_info.modules[i].cmdline,
				  BOOT_MODULE_CMDLINE_MAX),
			  (size_t)BOOT_MODULE_CMDLINE_MAX);
}

/* GRUB always names itself; Multiboot 1 loaders may not (QEMU does). */
KTEST(bootinfo, loader_name)
{
	ktest_log(t, "loader \"%s\"", boot_info.loader_name);
	if (boot_info.protocol == 2)
		EXPECT_NE(t, boot_info.loader_name[0], '\0');
}

/* We run because the command line asked for tests (or the monitor's test). */
KTEST(bootinfo, cmdline_has_ktest)
{
	if (monitor_active) {
		ktest_skip(t, "run by the monitor's test command");
		return;
	}
	ktest_log(t, "command line \"%s\"", boot_info.cmdline);
	EXPECT_TRUE(t, contains(boot_info.cmdline, "ktest"));
}

KTEST(bootinfo, map_sorted_and_disjoint)
{
	const struct memmap *m = &boot_info.mem;

	ASSERT_GT(t, m->nr, 0u);
	ASSERT_LE(t, m->nr, (unsigned int)MEMMAP_MAX);
	for (unsigned int i = 0; i < m->nr; i++) {
		const struct memmap_entry *e = &m->map[i];

		EXPECT_LT(t, e->start, e->end);
		if (i == 0)
			continue;
		EXPECT_LE(t, e[-1].end, e->start);
		if (e[-1].end == e->start) /* touching: must differ */
			EXPECT_NE(t, e[-1].type, e->type);
	}
}

KTEST(bootinfo, usable_above_1m)
{
	const struct memmap_entry *e;
	u64 above = 0;

	for_each_memmap_entry (e, &boot_info.mem)
		if (e->type == MEMMAP_USABLE && e->end > SZ_1M)
			above += e->end - max(e->start, SZ_1M);
	EXPECT_GT(t, above, 0ull);
}

/*
 * At least the kernel's minimum (it refuses to boot with less), and at
 * most what the physical address space holds.
 */
KTEST(bootinfo, usable_total_plausible)
{
	u64 usable = memmap_total(&boot_info.mem, MEMMAP_USABLE);

	ktest_log(t, "%llu KiB usable", (unsigned long long)(usable >> 10));
	EXPECT_GE(t, usable, MIN_USABLE_RAM);
	EXPECT_LE(t, usable, 1ULL << 52);
}

/*
 * Below 1 MiB, usable RAM (if the loader reports any) is conventional
 * memory: within [0, 640 KiB), never the VGA window or the ROMs above.
 */
KTEST(bootinfo, low_memory)
{
	const struct memmap_entry *e;
	u64 low = 0;

	for_each_memmap_entry (e, &boot_info.mem) {
		if (e->type != MEMMAP_USABLE || e->start >= SZ_1M)
			continue;
		EXPECT_LE(t, e->end, LOWMEM_END);
		low += min(e->end, LOWMEM_END) - e->start;
	}
	ktest_log(t, "%llu KiB usable below 640 KiB",
		  (unsigned long long)(low >> 10));
	EXPECT_LE(t, low, LOWMEM_END);
}

/* The information structure was below 4 GiB (EBX), in reported RAM. */
KTEST(bootinfo, info_range)
{
	u64 start = boot_info.info_start, end = boot_info.info_end;

	EXPECT_LT(t, start, end);
	EXPECT_LE(t, end, SZ_4G);
	if (boot_info.protocol == 1)
		EXPECT_EQ(t, end - start, 116ull);
	else
		EXPECT_LE(t, end - start, 0x10000ull);
	EXPECT_TRUE(t, in_ram(&boot_info.mem, start, end));
}

KTEST(bootinfo, modules)
{
	EXPECT_LE(t, boot_info.nr_modules, (unsigned int)BOOT_MODULES_MAX);
	for (unsigned int i = 0; i < boot_info.nr_modules; i++) {
		const struct boot_module *mod = &boot_info.modules[i];

		ktest_log(t, "module %u: [0x%llx-0x%llx) \"%s\"", i,
			  (unsigned long long)mod->start,
			  (unsigned long long)mod->end, mod->cmdline);
		EXPECT_LE(t, mod->start, mod->end);
		EXPECT_LE(t, mod->end, SZ_4G);
		EXPECT_TRUE(t, in_ram(&boot_info.mem, mod->start, mod->end));
	}
}
