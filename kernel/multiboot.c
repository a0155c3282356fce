// SPDX-License-Identifier: MIT
/*
 * Reading the Multiboot 1 or 2 boot information into struct boot_info.
 *
 * Everything needed is copied: strings into fixed buffers, the memory map
 * into bi->mem, module ranges into bi->modules. bi->info_start/info_end
 * cover only the information structure itself: for Multiboot 1 that is
 * the fixed struct, while its memory map, strings and module list are
 * wherever the loader put them (QEMU's -kernel puts them right after the
 * kernel image). The caller must not rely on any of it once the page
 * allocator starts: nothing in *bi points back into it. Module contents
 * are not copied; the allocator must reserve bi->modules[] itself.
 *
 * The input is treated as hostile. Every read is bounded by a size the
 * structure declares, checked before use, and by MULTIBOOT2_INFO_MAX or
 * MULTIBOOT1_MMAP_MAX; a malformed part ends the walk of that part with a
 * message, and what was read before it is kept.
 */
#include <kernel/multiboot.h>
#include <kernel/printk.h>
#include <kernel/string.h>

/* Nothing else bounds the Multiboot 1 memory map: cap it (2730 entries). */
#define MULTIBOOT1_MMAP_MAX (64 * 1024)

/* Strings are mapped a page at a time: the early mapping is page-granular. */
#define MB_PAGE_SIZE 4096u

#define MB_1MIB 0x100000ULL
#define MB_LOWMEM_MAX_KB 640u

/* One parse: where the results go, and what had to be left out. */
struct mb_parse {
	struct boot_info *bi;
	bool map_full;		     /* full even after sanitising */
	unsigned int usable_dropped; /* and the top of the map may be cut */
	unsigned int modules_dropped;
	bool have_meminfo; /* mem_lower/mem_upper valid */
	u32 mem_lower, mem_upper;
};

/* ---- helpers ---------------------------------------------------------- */

/*
 * Copy at most srclen bytes of src, up to its NUL, into dst[size] (size >
 * 0), always NUL-terminated. Returns false if the string was cut short.
 */
static bool mb_copy_string(char *dst, size_t size, const char *src,
			   size_t srclen)
{
	size_t n = 0;

	while (n < srclen && src[n] != '\0' && n + 1 < size) {
		dst[n] = src[n];
		n++;
	}
	dst[n] = '\0';
	return n == srclen || src[n] == '\0';
}

/*
 * Copy the NUL-terminated string at physical pa into dst[size], mapping
 * it a page at a time so that a short string near the end of the early
 * mapping is still reachable. what names it in messages.
 */
static void mb_copy_phys_string(char *dst, size_t size, phys_addr_t pa,
				const char *what)
{
	size_t n = 0;

	dst[0] = '\0';
	while (n + 1 < size) {
		phys_addr_t p = pa + n;
		size_t chunk = MB_PAGE_SIZE - (size_t)(p & (MB_PAGE_SIZE - 1));
		const char *s;

		chunk = min(chunk, size - 1 - n);
		s = boot_phys_to_virt(p, chunk);
		if (!s) {
			pr_warn("multiboot: %s at 0x%llx unmapped\n", what,
				(unsigned long long)pa);
			return;
		}
		for (size_t i = 0; i < chunk; i++) {
			dst[n] = s[i];
			if (s[i] == '\0')
				return;
			n++;
		}
		dst[n] = '\0';
	}
	pr_warn("multiboot: %s longer than %zu bytes, truncated\n", what,
		size - 1);
}

/*
 * Add a range the loader reported. When the table is full, sanitising
 * usually makes room. If not, a usable range is dropped (losing RAM is
 * safe) and any other is entered as reserved, which memmap_reserve() can
 * do even on a full table (cutting the top of the map if it must).
 */
static void mb_add_range(struct mb_parse *p, u64 base, u64 len, u32 type)
{
	struct memmap *m = &p->bi->mem;

	if (!p->map_full && memmap_add(m, base, len, type) == 0)
		return;
	if (!p->map_full) {
		memmap_sanitize(m);
		if (memmap_add(m, base, len, type) == 0)
			return;
		p->map_full = true;
	}
	if (type == MEMMAP_USABLE) {
		p->usable_dropped++;
		return;
	}
	memmap_reserve(m, base, base + len < base ? ~0ULL : base + len);
}

/* Synthesise the map from the basic lower/upper memory sizes (in KiB). */
static void mb_add_basic_meminfo(struct mb_parse *p)
{
	u32 lower = p->mem_lower;

	pr_info("multiboot: no map; mem_lower %u KiB, mem_upper %u KiB\n",
		p->mem_lower, p->mem_upper);
	if (lower > MB_LOWMEM_MAX_KB) {
		pr_warn("multiboot: mem_lower past 640 KiB, clipped\n");
		lower = MB_LOWMEM_MAX_KB;
	}
	mb_add_range(p, 0, (u64)lower << 10, MEMMAP_USABLE);
	mb_add_range(p, MB_1MIB, (u64)p->mem_upper << 10, MEMMAP_USABLE);
}

/* Append a module; NULL if it ends before it starts, or if there is no room. */
static struct boot_module *mb_add_module(struct mb_parse *p, u32 start, u32 end)
{
	struct boot_info *bi = p->bi;
	struct boot_module *mod;

	if (end < start) {
		pr_warn("multiboot: module [0x%x-0x%x) inverted, ignored\n",
			start, end);
		return NULL;
	}
	if (bi->nr_modules == BOOT_MODULES_MAX) {
		p->modules_dropped++;
		return NULL;
	}
	mod = &bi->modules[bi->nr_modules++];
	mod->start = start;
	mod->end = end;
	mod->cmdline[0] = '\0';
	return mod;
}

/* ---- Multiboot 1 ------------------------------------------------------ */

/* The module list: mods_count entries of 16 bytes at mods_addr. */
static void multiboot1_modules(struct mb_parse *p,
			       const struct multiboot_info *mbi)
{
	for (u32 i = 0; i < mbi->mods_count; i++) {
		phys_addr_t pa = mbi->mods_addr +
				 (u64)i * sizeof(struct multiboot_mod_list);
		const struct multiboot_mod_list *ml;
		struct boot_module *mod;

		if (p->bi->nr_modules == BOOT_MODULES_MAX) {
			p->modules_dropped += mbi->mods_count - i;
			return;
		}
		ml = boot_phys_to_virt(pa, sizeof(*ml));
		if (!ml) {
			pr_warn("multiboot: module list 0x%llx unmapped\n",
				(unsigned long long)pa);
			return;
		}
		mod = mb_add_module(p, ml->mod_start, ml->mod_end);
		if (mod && ml->cmdline)
			mb_copy_phys_string(mod->cmdline, sizeof(mod->cmdline),
					    ml->cmdline, "module command line");
	}
}

/*
 * The memory map: entries of size + 4 bytes, mmap_length bytes in all.
 * Each entry is mapped on its own, so a map that the early mapping only
 * partly reaches still gives what it can.
 */
static void multiboot1_mmap(struct mb_parse *p,
			    const struct multiboot_info *mbi)
{
	u32 length = mbi->mmap_length, off = 0;

	if (length > MULTIBOOT1_MMAP_MAX) {
		pr_warn("multiboot: mmap_length %u, using %u bytes\n", length,
			MULTIBOOT1_MMAP_MAX);
		length = MULTIBOOT1_MMAP_MAX;
	}
	while (length - off >= sizeof(struct multiboot_mmap_entry)) {
		phys_addr_t pa = (u64)mbi->mmap_addr + off;
		const struct multiboot_mmap_entry *e;

		e = boot_phys_to_virt(pa, sizeof(*e));
		if (!e) {
			pr_warn("multiboot: mmap entry 0x%llx unmapped\n",
				(unsigned long long)pa);
			return;
		}
		if (e->size < sizeof(*e) - sizeof(e->size) ||
		    e->size > length - off - sizeof(e->size)) {
			pr_warn("multiboot: mmap entry size %u, stopping\n",
				e->size);
			return;
		}
		mb_add_range(p, e->addr, e->len, e->type);
		off += e->size + sizeof(e->size);
	}
}

/* The fixed structure and what its flags say is valid. -1 if unmapped. */
static int multiboot1_parse(struct mb_parse *p, phys_addr_t info)
{
	const struct multiboot_info *mbi =
		boot_phys_to_virt(info, sizeof(*mbi));
	struct boot_info *bi = p->bi;

	if (!mbi) {
		pr_err("multiboot: info at 0x%llx unmapped\n",
		       (unsigned long long)info);
		return -1;
	}
	bi->protocol = 1;
	bi->info_start = info;
	bi->info_end = info + sizeof(*mbi);
	if ((mbi->flags & MULTIBOOT_INFO_CMDLINE) && mbi->cmdline)
		mb_copy_phys_string(bi->cmdline, sizeof(bi->cmdline),
				    mbi->cmdline, "command line");
	if ((mbi->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME) &&
	    mbi->boot_loader_name)
		mb_copy_phys_string(bi->loader_name, sizeof(bi->loader_name),
				    mbi->boot_loader_name, "boot loader name");
	if (mbi->flags & MULTIBOOT_INFO_MODS)
		multiboot1_modules(p, mbi);
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
		multiboot1_mmap(p, mbi);
	if (mbi->flags & MULTIBOOT_INFO_MEMORY) {
		p->have_meminfo = true;
		p->mem_lower = mbi->mem_lower;
		p->mem_upper = mbi->mem_upper;
	}
	return 0;
}

/* ---- Multiboot 2 ------------------------------------------------------ */

/* A module tag: range, then its command line up to the end of the tag. */
static void multiboot2_module(struct mb_parse *p,
			      const struct multiboot2_tag *tag)
{
	const struct multiboot2_tag_module *mt = (const void *)tag;
	struct boot_module *mod;

	if (tag->size < sizeof(*mt)) {
		pr_warn("multiboot2: module tag size %u, ignored\n", tag->size);
		return;
	}
	mod = mb_add_module(p, mt->mod_start, mt->mod_end);
	if (mod)
		mb_copy_string(mod->cmdline, sizeof(mod->cmdline), mt->cmdline,
			       tag->size - sizeof(*mt));
}

/* Entries follow the tag header, entry_size bytes apart. */
static void multiboot2_mmap(struct mb_parse *p,
			    const struct multiboot2_tag *tag)
{
	const struct multiboot2_tag_mmap *mt = (const void *)tag;
	const u8 *entries = (const u8 *)tag + sizeof(*mt);
	u32 bytes, off;

	if (tag->size < sizeof(*mt)) {
		pr_warn("multiboot2: mmap tag size %u, ignored\n", tag->size);
		return;
	}
	if (mt->entry_size < sizeof(struct multiboot2_mmap_entry)) {
		pr_warn("multiboot2: mmap entry_size %u, ignored\n",
			mt->entry_size);
		return;
	}
	bytes = tag->size - sizeof(*mt);
	for (off = 0; bytes - off >= mt->entry_size; off += mt->entry_size) {
		const struct multiboot2_mmap_entry *e =
			(const void *)(entries + off);

		mb_add_range(p, e->addr, e->len, e->type);
	}
}

/* One tag, already checked to lie within the information structure. */
static void multiboot2_tag(struct mb_parse *p, const struct multiboot2_tag *tag)
{
	const struct multiboot2_tag_string *s = (const void *)tag;
	const struct multiboot2_tag_basic_meminfo *mi = (const void *)tag;
	struct boot_info *bi = p->bi;

	switch (tag->type) {
	case MULTIBOOT2_TAG_CMDLINE:
		if (!mb_copy_string(bi->cmdline, sizeof(bi->cmdline), s->string,
				    tag->size - sizeof(*s)))
			pr_warn("multiboot2: cmdline cut to %zu bytes\n",
				sizeof(bi->cmdline) - 1);
		break;
	case MULTIBOOT2_TAG_BOOT_LOADER_NAME:
		mb_copy_string(bi->loader_name, sizeof(bi->loader_name),
			       s->string, tag->size - sizeof(*s));
		break;
	case MULTIBOOT2_TAG_MODULE:
		multiboot2_module(p, tag);
		break;
	case MULTIBOOT2_TAG_BASIC_MEMINFO:
		if (tag->size < sizeof(*mi)) {
			pr_warn("multiboot2: meminfo tag size %u, ignored\n",
				tag->size);
			break;
		}
		p->have_meminfo = true;
		p->mem_lower = mi->mem_lower;
		p->mem_upper = mi->mem_upper;
		break;
	case MULTIBOOT2_TAG_MMAP:
		multiboot2_mmap(p, tag);
		break;
	}
}

/*
 * Walk the tags: each starts 8-byte aligned after the previous one, and
 * all lie within total_size (itself capped at MULTIBOOT2_INFO_MAX). A tag
 * shorter than its header or running past the end stops the walk.
 */
static int multiboot2_parse(struct mb_parse *p, phys_addr_t info)
{
	const struct multiboot2_info *hdr =
		boot_phys_to_virt(info, sizeof(*hdr));
	struct boot_info *bi = p->bi;
	const u8 *base;
	u32 total, off = sizeof(*hdr);

	if (!hdr) {
		pr_err("multiboot2: info at 0x%llx unmapped\n",
		       (unsigned long long)info);
		return -1;
	}
	bi->protocol = 2;
	total = hdr->total_size;
	if (total > MULTIBOOT2_INFO_MAX) {
		pr_warn("multiboot2: total_size %u, using %u bytes\n", total,
			MULTIBOOT2_INFO_MAX);
		total = MULTIBOOT2_INFO_MAX;
	}
	if (total < sizeof(*hdr)) {
		pr_warn("multiboot2: total_size %u is too small, no tags\n",
			total);
		total = sizeof(*hdr);
	}
	base = boot_phys_to_virt(info, total);
	if (!base) {
		pr_err("multiboot2: info [0x%llx+%u] unmapped\n",
		       (unsigned long long)info, total);
		return -1;
	}
	bi->info_start = info;
	bi->info_end = info + total;

	for (;;) {
		const struct multiboot2_tag *tag = (const void *)(base + off);
		u32 step;

		if (total - off < sizeof(*tag)) {
			pr_warn("multiboot2: no end tag within %u bytes\n",
				total);
			break;
		}
		if (tag->size < sizeof(*tag) || tag->size > total - off) {
			pr_warn("multiboot2: tag %u: bad size %u, stopping\n",
				tag->type, tag->size);
			break;
		}
		if (tag->type == MULTIBOOT2_TAG_END)
			break;
		multiboot2_tag(p, tag);
		step = ALIGN_UP(tag->size, MULTIBOOT2_TAG_ALIGN);
		off = step > total - off ? total : off + step;
	}
	return 0;
}

/* ---- entry points ----------------------------------------------------- */

/* Dispatch on magic, then settle the memory map and report what was lost. */
int multiboot_parse(u32 magic, phys_addr_t info, struct boot_info *bi)
{
	struct mb_parse p = { .bi = bi };
	int ret;

	memset(bi, 0, sizeof(*bi));
	switch (magic) {
	case MULTIBOOT_BOOTLOADER_MAGIC:
		ret = multiboot1_parse(&p, info);
		break;
	case MULTIBOOT2_BOOTLOADER_MAGIC:
		ret = multiboot2_parse(&p, info);
		break;
	default:
		pr_err("multiboot: bad magic 0x%08x: no Multiboot loader\n",
		       magic);
		return -1;
	}
	if (ret)
		return ret;

	/* A missing map, or one that gave nothing: fall back on meminfo. */
	if (bi->mem.nr == 0 && p.have_meminfo)
		mb_add_basic_meminfo(&p);
	if (memmap_sanitize(&bi->mem) || p.map_full)
		pr_warn("multiboot: map over %d entries, lost %u usable\n",
			MEMMAP_MAX, p.usable_dropped);
	if (bi->mem.nr == 0)
		pr_warn("multiboot: the loader gave no memory information\n");
	if (p.modules_dropped)
		pr_warn("multiboot: %u modules over %d, ignored\n",
			p.modules_dropped, BOOT_MODULES_MAX);
	return 0;
}

/*
 * One "boot: what: [mem 0x...-0x...] size "name"" line, the range with an
 * inclusive end as memmap_print() writes it; name may be NULL.
 */
static void bootinfo_print_range(const char *what, phys_addr_t start,
				 phys_addr_t end, const char *name)
{
	char range[64], size[16] = "empty";

	if (end > start) {
		snprintf(range, sizeof(range), "0x%016llx-0x%016llx",
			 (unsigned long long)start,
			 (unsigned long long)(end - 1));
		memmap_format_size(size, sizeof(size), end - start);
	} else {
		snprintf(range, sizeof(range), "0x%016llx",
			 (unsigned long long)start);
	}
	printk("boot: %s: [mem %s] %s%s%s%s\n", what, range, size,
	       name ? " \"" : "", name ? name : "", name ? "\"" : "");
}

/* The boot information as one table: loader, command line, map, modules. */
void bootinfo_print(const struct boot_info *bi)
{
	char size[16];

	if (bi->loader_name[0])
		printk("boot: multiboot%d from \"%s\"\n", bi->protocol,
		       bi->loader_name);
	else
		printk("boot: multiboot%d, loader unnamed\n", bi->protocol);
	printk("boot: command line \"%s\"\n", bi->cmdline);
	memmap_format_size(size, sizeof(size),
			   memmap_total(&bi->mem, MEMMAP_USABLE));
	printk("boot: memory map (%u entries, %s usable):\n", bi->mem.nr, size);
	memmap_print(&bi->mem);
	bootinfo_print_range("information", bi->info_start, bi->info_end, NULL);
	for (unsigned int i = 0; i < bi->nr_modules; i++) {
		char what[16];

		snprintf(what, sizeof(what), "module %u", i);
		bootinfo_print_range(what, bi->modules[i].start,
				     bi->modules[i].end,
				     bi->modules[i].cmdline);
	}
}
