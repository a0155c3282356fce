// SPDX-License-Identifier: MIT
/*
 * Host tests of kernel/multiboot.c. The loader's structures are built in a
 * fake physical memory: FAKE_PHYS_SIZE bytes at physical FAKE_PHYS_BASE.
 * Multiboot 1 fields hold 32-bit physical addresses, so an identity
 * mapping of host pointers would not do; boot_phys_to_virt() below returns
 * NULL outside the fake memory, as the kernel's does outside its early
 * mapping.
 */
#include <kernel/bootinfo.h>
#include <kernel/ktest.h>
#include <kernel/multiboot.h>
#include <kernel/string.h>

#define FAKE_PHYS_BASE 0x100000u
#define FAKE_PHYS_SIZE 0x40000u

#define KB(x) ((u64)(x) << 10)
#define MB(x) ((u64)(x) << 20)
#define GB(x) ((u64)(x) << 30)

static u8 fake_phys[FAKE_PHYS_SIZE] __aligned(4096);

void *boot_phys_to_virt(phys_addr_t pa, size_t len)
{
	if (pa < FAKE_PHYS_BASE || len > FAKE_PHYS_SIZE ||
	    pa - FAKE_PHYS_BASE > FAKE_PHYS_SIZE - len)
		return NULL;
	return fake_phys + (pa - FAKE_PHYS_BASE);
}

/* Physical address of an offset into the fake memory. */
static u32 pa(u32 off)
{
	return FAKE_PHYS_BASE + off;
}

static void *at(u32 off)
{
	return fake_phys + off;
}

static u32 put_str(u32 off, const char *s)
{
	memcpy(at(off), s, strlen(s) + 1);
	return pa(off);
}

static void reset(struct boot_info *bi)
{
	memset(fake_phys, 0xa5, sizeof(fake_phys));
	memset(bi, 0x5a, sizeof(*bi)); /* the parser must clear it */
}

#define EXPECT_RANGE(t, bi, i, s, e, ty)                        \
	do {                                                    \
		ASSERT_LT(t, (unsigned int)(i), (bi)->mem.nr);  \
		EXPECT_EQ(t, (bi)->mem.map[i].start, (u64)(s)); \
		EXPECT_EQ(t, (bi)->mem.map[i].end, (u64)(e));   \
		EXPECT_EQ(t, (bi)->mem.map[i].type, (u32)(ty)); \
	} while (0)

/* ---- Multiboot 1 builders --------------------------------------------- */

#define MB1_INFO 0x0
#define MB1_CMDLINE 0x1000
#define MB1_LOADER 0x1800
#define MB1_MODS 0x2000
#define MB1_MMAP 0x3000

static struct multiboot_info *mb1_info(u32 flags)
{
	struct multiboot_info *mbi = at(MB1_INFO);

	memset(mbi, 0, sizeof(*mbi));
	mbi->flags = flags;
	return mbi;
}

/* Write a memory map of entries of the given size field; returns length. */
static u32 mb1_put_mmap(u32 off, u32 entry_size, const u64 (*r)[3],
			unsigned int n)
{
	u32 pos = off;

	for (unsigned int i = 0; i < n; i++) {
		struct multiboot_mmap_entry e = {
			.size = entry_size,
			.addr = r[i][0],
			.len = r[i][1],
			.type = (u32)r[i][2],
		};

		memcpy(at(pos), &e, sizeof(e));
		pos += entry_size + 4;
	}
	return pos - off;
}

/* QEMU's map for -m 128M, as (base, length, type). */
static const u64 qemu_map[][3] = {
	{ 0, 0x9fc00, 1 },	   { 0x9fc00, 0x400, 2 },
	{ 0xf0000, 0x10000, 2 },   { 0x100000, 0x7ee0000, 1 },
	{ 0x7fe0000, 0x20000, 2 }, { 0xfffc0000, 0x40000, 2 },
};

static void expect_qemu_map(struct ktest *t, const struct boot_info *bi)
{
	EXPECT_EQ(t, bi->mem.nr, 6u);
	EXPECT_RANGE(t, bi, 0, 0, 0x9fc00, MEMMAP_USABLE);
	EXPECT_RANGE(t, bi, 1, 0x9fc00, 0xa0000, MEMMAP_RESERVED);
	EXPECT_RANGE(t, bi, 2, 0xf0000, 0x100000, MEMMAP_RESERVED);
	EXPECT_RANGE(t, bi, 3, 0x100000, 0x7fe0000, MEMMAP_USABLE);
	EXPECT_RANGE(t, bi, 4, 0x7fe0000, 0x8000000, MEMMAP_RESERVED);
	EXPECT_RANGE(t, bi, 5, 0xfffc0000, GB(4), MEMMAP_RESERVED);
}

KTEST(multiboot, mb1_full)
{
	struct boot_info bi;
	struct multiboot_info *mbi;
	struct multiboot_mod_list *mods = at(MB1_MODS);

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_CMDLINE |
		       MULTIBOOT_INFO_MODS | MULTIBOOT_INFO_MEM_MAP |
		       MULTIBOOT_INFO_BOOT_LOADER_NAME);
	mbi->mem_lower = 639;
	mbi->mem_upper = 129920;
	mbi->cmdline =
		put_str(MB1_CMDLINE, "kernel.elf ktest ktest.filter=mm.*");
	mbi->boot_loader_name = put_str(MB1_LOADER, "qemu");
	mbi->mods_count = 2;
	mbi->mods_addr = pa(MB1_MODS);
	mods[0] = (struct multiboot_mod_list){ 0x200000, 0x201234,
					       put_str(0x2100, "initrd"), 0 };
	mods[1] =
		(struct multiboot_mod_list){ 0x300000, 0x300000,
					     put_str(0x2200, "empty x=1"), 0 };
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length =
		mb1_put_mmap(MB1_MMAP, 20, qemu_map, ARRAY_SIZE(qemu_map));

	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.protocol, 1);
	EXPECT_STREQ(t, bi.cmdline, "kernel.elf ktest ktest.filter=mm.*");
	EXPECT_STREQ(t, bi.loader_name, "qemu");
	EXPECT_EQ(t, bi.info_start, (u64)pa(MB1_INFO));
	EXPECT_EQ(t, bi.info_end, (u64)pa(MB1_INFO) + 116);
	ASSERT_EQ(t, bi.nr_modules, 2u);
	EXPECT_EQ(t, bi.modules[0].start, 0x200000ull);
	EXPECT_EQ(t, bi.modules[0].end, 0x201234ull);
	EXPECT_STREQ(t, bi.modules[0].cmdline, "initrd");
	EXPECT_EQ(t, bi.modules[1].start, bi.modules[1].end);
	EXPECT_STREQ(t, bi.modules[1].cmdline, "empty x=1");
	expect_qemu_map(t, &bi);
}

/* The size field may exceed 20: entries are size + 4 bytes apart. */
KTEST(multiboot, mb1_mmap_large_entry_size)
{
	struct boot_info bi;
	struct multiboot_info *mbi;

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP | MULTIBOOT_INFO_MEMORY);
	mbi->mem_lower = 1; /* ignored: there is a map */
	mbi->mem_upper = 1;
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length =
		mb1_put_mmap(MB1_MMAP, 36, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	expect_qemu_map(t, &bi);
	EXPECT_STREQ(t, bi.cmdline, "");
	EXPECT_STREQ(t, bi.loader_name, "");
	EXPECT_EQ(t, bi.nr_modules, 0u);
}

/* A bad size field ends the walk; earlier entries are kept. */
KTEST(multiboot, mb1_mmap_malformed)
{
	struct boot_info bi;
	struct multiboot_info *mbi;
	struct multiboot_mmap_entry *e = at(MB1_MMAP);

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP);
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length =
		mb1_put_mmap(MB1_MMAP, 20, qemu_map, ARRAY_SIZE(qemu_map));
	e[2].size = 12; /* too small for the fields */
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 2u);
	EXPECT_RANGE(t, &bi, 1, 0x9fc00, 0xa0000, MEMMAP_RESERVED);

	/* The second entry claims to run past mmap_length. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP);
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length =
		mb1_put_mmap(MB1_MMAP, 20, qemu_map, ARRAY_SIZE(qemu_map));
	e[1].size = 0xfffffff0;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 1u);
	EXPECT_RANGE(t, &bi, 0, 0, 0x9fc00, MEMMAP_USABLE);

	/* mmap_length not a whole number of entries: the tail is ignored. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP);
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length =
		mb1_put_mmap(MB1_MMAP, 20, qemu_map, ARRAY_SIZE(qemu_map)) - 1;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 5u);
}

/* A map running off the end of reachable memory gives what it can. */
KTEST(multiboot, mb1_mmap_unmapped)
{
	struct boot_info bi;
	struct multiboot_info *mbi;
	u32 off = FAKE_PHYS_SIZE - 2 * 24 - 10;

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP);
	mbi->mmap_addr = pa(off);
	mb1_put_mmap(off, 20, qemu_map, 2);
	mbi->mmap_length = 6 * 24;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 2u);

	/* Absurd mmap_length: bounded, and the walk stops at the edge. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEM_MAP);
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length = 0xffffffff;
	mb1_put_mmap(MB1_MMAP, 20, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_LE(t, bi.mem.nr, (unsigned int)MEMMAP_MAX);
}

KTEST(multiboot, mb1_basic_meminfo_fallback)
{
	struct boot_info bi;
	struct multiboot_info *mbi;

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEMORY);
	mbi->mem_lower = 639;
	mbi->mem_upper = 130048;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 2u);
	EXPECT_RANGE(t, &bi, 0, 0, KB(639), MEMMAP_USABLE);
	EXPECT_RANGE(t, &bi, 1, MB(1), MB(1) + KB(130048), MEMMAP_USABLE);

	/* mem_lower past 640 KiB is clipped: it must not cover the ROMs. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEMORY);
	mbi->mem_lower = 0xffffffff;
	mbi->mem_upper = 0;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 1u);
	EXPECT_RANGE(t, &bi, 0, 0, KB(640), MEMMAP_USABLE);

	/* A map that yields nothing also falls back. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MEMORY | MULTIBOOT_INFO_MEM_MAP);
	mbi->mem_lower = 600;
	mbi->mem_upper = 1024;
	mbi->mmap_addr = pa(MB1_MMAP);
	mbi->mmap_length = 0;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.mem.nr, 2u);
	EXPECT_EQ(t, memmap_total(&bi.mem, MEMMAP_USABLE), KB(600) + MB(1));
}

KTEST(multiboot, mb1_no_flags)
{
	struct boot_info bi;
	struct multiboot_info *mbi;

	reset(&bi);
	mbi = mb1_info(0);
	mbi->cmdline = put_str(MB1_CMDLINE, "not flagged");
	mbi->mem_lower = 639;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.protocol, 1);
	EXPECT_STREQ(t, bi.cmdline, "");
	EXPECT_EQ(t, bi.mem.nr, 0u);
	EXPECT_EQ(t, bi.nr_modules, 0u);
}

KTEST(multiboot, mb1_strings_bounded)
{
	static char long_line[2000];
	struct boot_info bi;
	struct multiboot_info *mbi;
	u32 edge = FAKE_PHYS_SIZE - 3;

	reset(&bi);
	memset(long_line, 'x', sizeof(long_line) - 1);
	mbi = mb1_info(MULTIBOOT_INFO_CMDLINE |
		       MULTIBOOT_INFO_BOOT_LOADER_NAME);
	mbi->cmdline = put_str(MB1_CMDLINE, long_line);
	/* The last three bytes of reachable memory, no NUL after them. */
	memcpy(at(edge), "abc", 3);
	mbi->boot_loader_name = pa(edge);
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, strlen(bi.cmdline), (size_t)BOOT_CMDLINE_MAX - 1);
	EXPECT_STREQ(t, bi.loader_name, "abc");

	/* Strings that are not reachable at all. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_CMDLINE |
		       MULTIBOOT_INFO_BOOT_LOADER_NAME);
	mbi->cmdline = 0x1000;
	mbi->boot_loader_name = 0xfffffff0;
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_STREQ(t, bi.cmdline, "");
	EXPECT_STREQ(t, bi.loader_name, "");
}

/* A string crossing a page boundary is copied whole. */
KTEST(multiboot, mb1_string_across_page)
{
	struct boot_info bi;
	struct multiboot_info *mbi;

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_CMDLINE);
	mbi->cmdline = put_str(0x1ffc, "across a page");
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_STREQ(t, bi.cmdline, "across a page");
}

KTEST(multiboot, mb1_modules_bounded)
{
	struct boot_info bi;
	struct multiboot_info *mbi;
	struct multiboot_mod_list *mods = at(MB1_MODS);

	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MODS);
	mbi->mods_count = 20;
	mbi->mods_addr = pa(MB1_MODS);
	for (unsigned int i = 0; i < 20; i++)
		mods[i] = (struct multiboot_mod_list){
			0x400000 + i * 0x1000, 0x400000 + i * 0x1000 + 10,
			i == 3 ? 0 : put_str(0x2800, "mod"), 0
		};
	mods[1].mod_end = 0; /* ends before it starts: dropped */
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	ASSERT_EQ(t, bi.nr_modules, (unsigned int)BOOT_MODULES_MAX);
	EXPECT_EQ(t, bi.modules[0].start, 0x400000ull);
	/* modules[1] was dropped: the rest moved up. */
	EXPECT_EQ(t, bi.modules[1].start, 0x402000ull);
	EXPECT_STREQ(t, bi.modules[1].cmdline, "mod");
	EXPECT_EQ(t, bi.modules[2].start, 0x403000ull);
	EXPECT_STREQ(t, bi.modules[2].cmdline, ""); /* cmdline 0: none */
	EXPECT_EQ(t, bi.modules[7].start, 0x408000ull);

	/* A module list running off reachable memory. */
	reset(&bi);
	mbi = mb1_info(MULTIBOOT_INFO_MODS);
	mbi->mods_count = 0xffffffff;
	mbi->mods_addr = pa(FAKE_PHYS_SIZE - 16);
	memset(at(FAKE_PHYS_SIZE - 16), 0, 16);
	ASSERT_EQ(
		t,
		multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, pa(MB1_INFO), &bi),
		0);
	EXPECT_EQ(t, bi.nr_modules, 1u);
}

KTEST(multiboot, mb1_info_unmapped)
{
	struct boot_info bi;

	reset(&bi);
	EXPECT_EQ(t, multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC, 0x1000, &bi),
		  -1);
	EXPECT_EQ(t,
		  multiboot_parse(MULTIBOOT_BOOTLOADER_MAGIC,
				  pa(FAKE_PHYS_SIZE - 100), &bi),
		  -1);
}

/* ---- Multiboot 2 builders --------------------------------------------- */

#define MB2_INFO 0x8000

struct mb2_builder {
	u32 start, off; /* offsets into fake_phys */
};

static void mb2_begin(struct mb2_builder *b, u32 start)
{
	b->start = start;
	b->off = start + 8;
}

static void *mb2_tag(struct mb2_builder *b, u32 type, u32 size)
{
	struct multiboot2_tag *tag = at(b->off);

	tag->type = type;
	tag->size = size;
	b->off += ALIGN_UP(size, 8u);
	return tag;
}

static void mb2_string(struct mb2_builder *b, u32 type, const char *s)
{
	struct multiboot2_tag_string *tag =
		mb2_tag(b, type, 8 + (u32)strlen(s) + 1);

	memcpy(tag->string, s, strlen(s) + 1);
}

static void mb2_module(struct mb2_builder *b, u32 start, u32 end, const char *s)
{
	struct multiboot2_tag_module *tag =
		mb2_tag(b, MULTIBOOT2_TAG_MODULE, 16 + (u32)strlen(s) + 1);

	tag->mod_start = start;
	tag->mod_end = end;
	memcpy(tag->cmdline, s, strlen(s) + 1);
}

static void mb2_meminfo(struct mb2_builder *b, u32 lower, u32 upper)
{
	struct multiboot2_tag_basic_meminfo *tag =
		mb2_tag(b, MULTIBOOT2_TAG_BASIC_MEMINFO, 16);

	tag->mem_lower = lower;
	tag->mem_upper = upper;
}

static void mb2_mmap(struct mb2_builder *b, u32 entry_size, const u64 (*r)[3],
		     unsigned int n)
{
	struct multiboot2_tag_mmap *tag =
		mb2_tag(b, MULTIBOOT2_TAG_MMAP, 16 + n * entry_size);
	u8 *p = (u8 *)tag + 16;

	tag->entry_size = entry_size;
	tag->entry_version = 0;
	memset(p, 0xee, n * entry_size);
	for (unsigned int i = 0; i < n; i++) {
		struct multiboot2_mmap_entry e = { r[i][0], r[i][1],
						   (u32)r[i][2], 0 };

		memcpy(p + i * entry_size, &e, sizeof(e));
	}
}

/* Close with the end tag; total_size covers everything written. */
static u32 mb2_end(struct mb2_builder *b)
{
	struct multiboot2_info *hdr = at(b->start);

	mb2_tag(b, MULTIBOOT2_TAG_END, 8);
	hdr->total_size = b->off - b->start;
	hdr->reserved = 0;
	return pa(b->start);
}

static int mb2_parse(struct boot_info *bi, u32 info)
{
	return multiboot_parse(MULTIBOOT2_BOOTLOADER_MAGIC, info, bi);
}

KTEST(multiboot, mb2_full)
{
	struct mb2_builder b;
	struct boot_info bi;
	u32 info;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "ktest ktest.filter=mm.*");
	mb2_string(&b, MULTIBOOT2_TAG_BOOT_LOADER_NAME, "GRUB 2.06-13+deb12u1");
	mb2_tag(&b, MULTIBOOT2_TAG_FRAMEBUFFER, 38); /* ignored, odd size */
	mb2_module(&b, 0x200000, 0x280000, "initrd");
	mb2_meminfo(&b, 639, 129920);
	mb2_tag(&b, MULTIBOOT2_TAG_BOOTDEV, 20);
	mb2_mmap(&b, 24, qemu_map, ARRAY_SIZE(qemu_map));
	mb2_module(&b, 0x300000, 0x300100, "");
	mb2_tag(&b, 0x1234, 8); /* unknown tag type */
	info = mb2_end(&b);

	ASSERT_EQ(t, mb2_parse(&bi, info), 0);
	EXPECT_EQ(t, bi.protocol, 2);
	EXPECT_STREQ(t, bi.cmdline, "ktest ktest.filter=mm.*");
	EXPECT_STREQ(t, bi.loader_name, "GRUB 2.06-13+deb12u1");
	EXPECT_EQ(t, bi.info_start, (u64)info);
	EXPECT_EQ(t, bi.info_end, (u64)pa(b.off));
	ASSERT_EQ(t, bi.nr_modules, 2u);
	EXPECT_EQ(t, bi.modules[0].start, 0x200000ull);
	EXPECT_EQ(t, bi.modules[0].end, 0x280000ull);
	EXPECT_STREQ(t, bi.modules[0].cmdline, "initrd");
	EXPECT_STREQ(t, bi.modules[1].cmdline, "");
	expect_qemu_map(t, &bi);
	bootinfo_print(&bi);
}

KTEST(multiboot, mb2_mmap_large_entry_size)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 40, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	expect_qemu_map(t, &bi);

	/* Not a multiple of 8: later entries are misaligned, still read. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 28, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	expect_qemu_map(t, &bi);
}

/* entry_size too small to hold an entry: the map is ignored. */
KTEST(multiboot, mb2_mmap_bad_entry_size)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 16, qemu_map, ARRAY_SIZE(qemu_map));
	mb2_meminfo(&b, 639, 1024);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_EQ(t, bi.mem.nr, 2u);
	EXPECT_RANGE(t, &bi, 1, MB(1), MB(2), MEMMAP_USABLE);

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 0, qemu_map, 0);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_EQ(t, bi.mem.nr, 0u);
}

KTEST(multiboot, mb2_basic_meminfo_fallback)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_meminfo(&b, 639, 130048);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_EQ(t, bi.mem.nr, 2u);
	EXPECT_RANGE(t, &bi, 0, 0, KB(639), MEMMAP_USABLE);
	EXPECT_RANGE(t, &bi, 1, MB(1), MB(128), MEMMAP_USABLE);
	EXPECT_STREQ(t, bi.loader_name, "");

	/* With a map, meminfo is not used. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_meminfo(&b, 1, 1);
	mb2_mmap(&b, 24, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	expect_qemu_map(t, &bi);

	/* A meminfo tag too short to hold its fields is ignored. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_tag(&b, MULTIBOOT2_TAG_BASIC_MEMINFO, 12);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_EQ(t, bi.mem.nr, 0u);
}

/* A tag shorter than its header ends the walk; earlier tags are kept. */
KTEST(multiboot, mb2_tag_too_small)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "before");
	mb2_tag(&b, MULTIBOOT2_TAG_BOOTDEV, 4);
	b.off += 8; /* the builder advanced by 8 for it; skip on */
	mb2_string(&b, MULTIBOOT2_TAG_BOOT_LOADER_NAME, "after");
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_STREQ(t, bi.cmdline, "before");
	EXPECT_STREQ(t, bi.loader_name, "");

	/* Size 0 would loop forever if it were accepted. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_tag(&b, MULTIBOOT2_TAG_CMDLINE, 0);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_STREQ(t, bi.cmdline, "");
}

KTEST(multiboot, mb2_tag_past_total_size)
{
	struct mb2_builder b;
	struct boot_info bi;
	struct multiboot2_tag *tag;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "kept");
	tag = mb2_tag(&b, MULTIBOOT2_TAG_MMAP, 16);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_STREQ(t, bi.cmdline, "kept");

	tag->size = 0x10000; /* well past total_size */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "kept");
	tag = mb2_tag(&b, MULTIBOOT2_TAG_MMAP, 16);
	mb2_end(&b);
	tag->size = 0xfffffff8;
	ASSERT_EQ(t, mb2_parse(&bi, pa(MB2_INFO)), 0);
	EXPECT_STREQ(t, bi.cmdline, "kept");
	EXPECT_EQ(t, bi.mem.nr, 0u);

	/* The last tag's size runs one byte past the end. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "kept");
	tag = mb2_tag(&b, MULTIBOOT2_TAG_BOOT_LOADER_NAME, 16);
	memcpy((u8 *)tag + 8, "loader!", 8);
	((struct multiboot2_info *)at(MB2_INFO))->total_size =
		b.off - MB2_INFO - 1;
	ASSERT_EQ(t, mb2_parse(&bi, pa(MB2_INFO)), 0);
	EXPECT_STREQ(t, bi.cmdline, "kept");
	EXPECT_STREQ(t, bi.loader_name, "");
}

/* No end tag: the walk stops at total_size, keeping every whole tag. */
KTEST(multiboot, mb2_no_end_tag)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "no end");
	mb2_mmap(&b, 24, qemu_map, ARRAY_SIZE(qemu_map));
	((struct multiboot2_info *)at(MB2_INFO))->total_size = b.off - MB2_INFO;
	ASSERT_EQ(t, mb2_parse(&bi, pa(MB2_INFO)), 0);
	EXPECT_STREQ(t, bi.cmdline, "no end");
	expect_qemu_map(t, &bi);

	/* The last tag is not padded to 8 and total_size ends with it. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "abc");
	((struct multiboot2_info *)at(MB2_INFO))->total_size = 8 + 12;
	ASSERT_EQ(t, mb2_parse(&bi, pa(MB2_INFO)), 0);
	EXPECT_STREQ(t, bi.cmdline, "abc");
}

KTEST(multiboot, mb2_total_size_bounds)
{
	struct mb2_builder b;
	struct boot_info bi;

	/* Absurdly large: only MULTIBOOT2_INFO_MAX bytes are looked at. */
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "big");
	mb2_end(&b);
	((struct multiboot2_info *)at(MB2_INFO))->total_size = 0xfffffff8;
	ASSERT_EQ(t, mb2_parse(&bi, pa(MB2_INFO)), 0);
	EXPECT_STREQ(t, bi.cmdline, "big");
	EXPECT_EQ(t, bi.info_end - bi.info_start, (u64)MULTIBOOT2_INFO_MAX);

	/* The same, where the capped range is not reachable: refused. */
	reset(&bi);
	mb2_begin(&b, FAKE_PHYS_SIZE - 64);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "edge");
	mb2_end(&b);
	((struct multiboot2_info *)at(FAKE_PHYS_SIZE - 64))->total_size =
		0x100000;
	EXPECT_EQ(t, mb2_parse(&bi, pa(FAKE_PHYS_SIZE - 64)), -1);

	/* Smaller than its own header: nothing to parse, nothing read. */
	for (u32 size = 0; size <= 8; size += 4) {
		reset(&bi);
		mb2_begin(&b, FAKE_PHYS_SIZE - 8);
		((struct multiboot2_info *)at(FAKE_PHYS_SIZE - 8))->total_size =
			size;
		EXPECT_EQ(t, mb2_parse(&bi, pa(FAKE_PHYS_SIZE - 8)), 0);
		EXPECT_EQ(t, bi.mem.nr, 0u);
		EXPECT_STREQ(t, bi.cmdline, "");
	}
}

/* Strings are bounded by their tag and by the destination. */
KTEST(multiboot, mb2_strings_bounded)
{
	static char long_name[300];
	struct mb2_builder b;
	struct boot_info bi;
	struct multiboot2_tag_string *tag;

	reset(&bi);
	memset(long_name, 'n', sizeof(long_name) - 1);
	mb2_begin(&b, MB2_INFO);
	tag = mb2_tag(&b, MULTIBOOT2_TAG_CMDLINE, 8 + 5);
	memcpy(tag->string, "hello", 5); /* no NUL inside the tag */
	mb2_string(&b, MULTIBOOT2_TAG_BOOT_LOADER_NAME, long_name);
	mb2_module(&b, 0x500000, 0x600000, long_name);
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_STREQ(t, bi.cmdline, "hello");
	EXPECT_EQ(t, strlen(bi.loader_name), (size_t)BOOT_LOADER_NAME_MAX - 1);
	ASSERT_EQ(t, bi.nr_modules, 1u);
	EXPECT_EQ(t, strlen(bi.modules[0].cmdline),
		  (size_t)BOOT_MODULE_CMDLINE_MAX - 1);
}

KTEST(multiboot, mb2_modules_malformed)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_tag(&b, MULTIBOOT2_TAG_MODULE, 12); /* too small: ignored */
	mb2_module(&b, 0x600000, 0x500000, "backwards");
	for (int i = 0; i < 10; i++)
		mb2_module(&b, 0x700000 + i * 0x1000, 0x700800 + i * 0x1000,
			   "m");
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	ASSERT_EQ(t, bi.nr_modules, (unsigned int)BOOT_MODULES_MAX);
	EXPECT_EQ(t, bi.modules[0].start, 0x700000ull);
	EXPECT_EQ(t, bi.modules[7].end, 0x707800ull);
}

/* Multiboot 2 only promises 8-byte alignment; be safe without it. */
KTEST(multiboot, mb2_unaligned_info)
{
	struct mb2_builder b;
	struct boot_info bi;

	reset(&bi);
	mb2_begin(&b, MB2_INFO + 4);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "odd");
	mb2_mmap(&b, 24, qemu_map, ARRAY_SIZE(qemu_map));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_STREQ(t, bi.cmdline, "odd");
	expect_qemu_map(t, &bi);
}

/* More raw entries than the table holds: merging makes room. */
KTEST(multiboot, mb2_mmap_many_entries)
{
	static u64 r[300][3];
	struct mb2_builder b;
	struct boot_info bi;

	for (unsigned int i = 0; i < ARRAY_SIZE(r); i++) {
		r[i][0] = MB(1) + i * KB(4);
		r[i][1] = KB(4);
		r[i][2] = MEMMAP_USABLE;
	}
	r[150][2] = MEMMAP_RESERVED;
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 24, (const u64(*)[3])r, ARRAY_SIZE(r));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_EQ(t, bi.mem.nr, 3u);
	EXPECT_RANGE(t, &bi, 1, MB(1) + 150 * KB(4), MB(1) + 151 * KB(4),
		     MEMMAP_RESERVED);
	EXPECT_EQ(t, memmap_total(&bi.mem, MEMMAP_USABLE), 299 * KB(4));

	/* Alternating types cannot merge: reserved ranges are still kept. */
	for (unsigned int i = 0; i < ARRAY_SIZE(r); i++) {
		r[i][0] = MB(1) + i * KB(8);
		r[i][2] = i & 1 ? MEMMAP_RESERVED : MEMMAP_USABLE;
	}
	/* One usable range under everything, reported last. */
	r[299][0] = 0;
	r[299][1] = GB(1);
	r[299][2] = MEMMAP_USABLE;
	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_mmap(&b, 24, (const u64(*)[3])r, ARRAY_SIZE(r));
	ASSERT_EQ(t, mb2_parse(&bi, mb2_end(&b)), 0);
	EXPECT_LE(t, bi.mem.nr, (unsigned int)MEMMAP_MAX);
	for (unsigned int i = 0; i < bi.mem.nr; i++) {
		const struct memmap_entry *e = &bi.mem.map[i];

		if (e->type != MEMMAP_USABLE)
			continue;
		for (unsigned int j = 1; j < 299; j += 2)
			EXPECT_TRUE(t, e->end <= r[j][0] ||
					       e->start >= r[j][0] + KB(4));
	}
}

KTEST(multiboot, bad_magic)
{
	struct boot_info bi;
	struct mb2_builder b;
	u32 info;

	reset(&bi);
	mb2_begin(&b, MB2_INFO);
	mb2_string(&b, MULTIBOOT2_TAG_CMDLINE, "x");
	info = mb2_end(&b);
	EXPECT_EQ(t, multiboot_parse(0, info, &bi), -1);
	EXPECT_EQ(t, multiboot_parse(MULTIBOOT_HEADER_MAGIC, info, &bi), -1);
	EXPECT_EQ(t, multiboot_parse(MULTIBOOT2_HEADER_MAGIC, info, &bi), -1);
	EXPECT_EQ(t, multiboot_parse(0x36d76288, info, &bi), -1);
	EXPECT_EQ(t, bi.protocol, 0);
}
