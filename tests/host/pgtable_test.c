// SPDX-License-Identifier: MIT
/*
 * Host tests of the generic page-table code (mm/memory.c, mm/mprotect.c,
 * mm/pagewalk.c) in one paging format: tests/host/tests.mk builds this file
 * five times, as pgtable_2level_test (i386), pgtable_3level_test (PAE),
 * pgtable_4level_test (x86_64 built 4-level only, p4d folded at compile
 * time), pgtable_5level_test (x86_64, LA57) and pgtable_5level_no5lvl_test
 * (the same kernel on a CPU without LA57: p4d folded at run time), each
 * against the real format headers of arch/x86/include/asm/ and the
 * kernel's real address layout.
 *
 * Page tables live in simulated RAM: an mmap()ed buffer whose offset is
 * the physical address (tests/host/pgtable/include/asm/page.h), inside a
 * 4 GiB PROT_NONE reservation so that following a leaf's address as if it
 * were a table faults. pgtable_alloc() hands out its pages, counts them,
 * can be told to fail after N allocations, catches double frees, and
 * poisons free pages for ASan, so the code under test cannot touch a table
 * it freed.
 *
 * Every result is checked twice: through the API (lookup_address_in_pgd,
 * walk_page_range) and through hw_walk(), a translation written from the
 * SDM that reads the raw entries the way the MMU does, including reserved
 * bits and the effective RW/US/NX of the whole walk. Each case ends by
 * freeing every table reachable from its PGD, by the same raw reading, and
 * expects the table count to reach zero: a table the code lost is a leak.
 */
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include <asm/page.h>
#include <asm/pgtable.h>
#include <asm/setup.h>
#include <kernel/errno.h>
#include <kernel/mm_types.h>
#include <kernel/ktest.h>
#include <kernel/pgtable.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define KB(x) ((unsigned long)(x) << 10)
#define MB(x) ((unsigned long)(x) << 20)
#define GB(x) ((unsigned long)(x) << 30)

/* ---- the format as the MMU reads it (SDM Vol. 3A, 4.3 to 4.5) ---------- */

#ifndef HOST_PGTABLE_L5
#define HOST_PGTABLE_L5 0
#endif
#if CONFIG_PGTABLE_LEVELS == 5
/* The kernel's run-time choice, made here at compile time per binary. */
#define HW_LEVELS (HOST_PGTABLE_L5 ? 5 : 4)
unsigned int __pgtable_l5_enabled = HOST_PGTABLE_L5;
unsigned long page_offset_base =
	HOST_PGTABLE_L5 ? PAGE_OFFSET_L5 : PAGE_OFFSET_L4;
unsigned long direct_map_size = HOST_PGTABLE_L5 ? MAXMEM_L5 : MAXMEM_L4;
unsigned long vmalloc_base =
	HOST_PGTABLE_L5 ? VMALLOC_START_L5 : VMALLOC_START_L4;
unsigned long vmalloc_end = HOST_PGTABLE_L5 ? VMALLOC_END_L5 : VMALLOC_END_L4;
unsigned long kernel_half_start =
	HOST_PGTABLE_L5 ? KERNEL_HALF_START_L5 : KERNEL_HALF_START_L4;
#else
#define HW_LEVELS CONFIG_PGTABLE_LEVELS
#endif
#if CONFIG_PGTABLE_LEVELS == 5
/*
 * The code under test reads the layout and the shifts at run time
 * (page_offset_base, pgtable_l5_enabled(), ...); this file's static
 * tables need them as constants: the same values, fixed per binary
 * (kernel_address_split checks that the two agree).
 */
#undef PAGE_OFFSET
#undef MAXMEM
#undef VMALLOC_START
#undef VMALLOC_END
#undef KERNEL_HALF_START
#undef PGDIR_SHIFT
#define PAGE_OFFSET (HOST_PGTABLE_L5 ? PAGE_OFFSET_L5 : PAGE_OFFSET_L4)
#define MAXMEM (HOST_PGTABLE_L5 ? MAXMEM_L5 : MAXMEM_L4)
#define VMALLOC_START (HOST_PGTABLE_L5 ? VMALLOC_START_L5 : VMALLOC_START_L4)
#define VMALLOC_END (HOST_PGTABLE_L5 ? VMALLOC_END_L5 : VMALLOC_END_L4)
#define KERNEL_HALF_START \
	(HOST_PGTABLE_L5 ? KERNEL_HALF_START_L5 : KERNEL_HALF_START_L4)
#define PGDIR_SHIFT (HOST_PGTABLE_L5 ? PGDIR_SHIFT_L5 : PGDIR_SHIFT_L4)
#endif
/* Hardware levels of PUD and PMD entries, top down (x86_64: 1 and 2, or 2 and 3). */
#define HW_PUD_LVL (HW_LEVELS - 3U)
#define HW_PMD_LVL (HW_LEVELS - 2U)
/* Bits of a canonical x86_64 address: 48 (4-level) or 57 (5-level). */
#define HW_VA_BITS (HW_LEVELS == 5 ? 57 : 48)

/*
 * Per hardware level, top down: the shift of the bits of va that index
 * it, entries per table, and the generic level its entries are seen as.
 */
#if HW_LEVELS == 2
static const unsigned int hw_shift[] = { 22, 12 };
static const unsigned int hw_ptrs[] = { 1024, 1024 };
static const enum pgt_level hw_pgt[] = { PGT_PMD, PGT_PTE };
#define HW_ADDR_MASK 0xfffff000ULL
#define HW_NAME "i386 2-level"
#elif HW_LEVELS == 3
static const unsigned int hw_shift[] = { 30, 21, 12 };
static const unsigned int hw_ptrs[] = { 4, 512, 512 };
static const enum pgt_level hw_pgt[] = { PGT_PUD, PGT_PMD, PGT_PTE };
#define HW_ADDR_MASK 0x000ffffffffff000ULL
#define HW_NAME "i386 PAE"
#elif HW_LEVELS == 4
static const unsigned int hw_shift[] = { 39, 30, 21, 12 };
static const unsigned int hw_ptrs[] = { 512, 512, 512, 512 };
static const enum pgt_level hw_pgt[] = { PGT_P4D, PGT_PUD, PGT_PMD, PGT_PTE };
#define HW_ADDR_MASK 0x000ffffffffff000ULL
#if CONFIG_PGTABLE_LEVELS == 5
#define HW_NAME "x86_64 4-level (p4d folded at run time)"
#else
#define HW_NAME "x86_64 4-level"
#endif
#else
static const unsigned int hw_shift[] = { 48, 39, 30, 21, 12 };
static const unsigned int hw_ptrs[] = { 512, 512, 512, 512, 512 };
static const enum pgt_level hw_pgt[] = { PGT_PGD, PGT_P4D, PGT_PUD, PGT_PMD,
					 PGT_PTE };
#define HW_ADDR_MASK 0x000ffffffffff000ULL
#define HW_NAME "x86_64 5-level"
#endif

/* Entry bits, written down again from the SDM rather than taken from the headers. */
#define HW_P 0x001ULL
#define HW_RW 0x002ULL
#define HW_US 0x004ULL
#define HW_PS 0x080ULL
#define HW_G 0x100ULL
#define HW_NX (1ULL << 63)
/* PAE PDPT entry: bits 2:1, 8:5 and 63:52 are reserved (SDM Table 4-8). */
#define HW_PDPTE_RSVD 0xfff00000000001e6ULL

/* Physical address of the first leaf target: 1 GiB, aligned for every leaf size. */
#define PHYS GB(1)
/* A user address (the i386 ELF text) and kernel ones of every region. */
#define USER_VA 0x08048000UL
#define DIRECT_VA (PAGE_OFFSET + MB(16))

#define PAGE_USER_RW __pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_NX)

/* ---- what the kernel would provide ------------------------------------ */

#define SIM_RAM MB(64)
#define SIM_PAGES (SIM_RAM / PAGE_SIZE)
#define SIM_RESERVE (GB(4) + SIM_RAM)

unsigned char *host_phys_base;
unsigned long nr_pgtable_pages;
pteval_t __supported_pte_mask = ~(pteval_t)0;
struct cpu_features boot_cpu;
/* pgtable_map_pages takes struct pages: page_to_phys() needs a mem_map. */
struct page *mem_map;

/*
 * The kernel copies init_mm's top-level entries into other PGDs here
 * (mm/pgtable.c); the host records the calls, for the tests that a
 * changed top-level entry is always reported.
 */
static struct {
	unsigned long added, changed; /* calls with was_present false / true */
	void *entry;		      /* of the last call */
	unsigned long addr;
} top_set;

void pgtable_top_level_set(void *entry, unsigned long addr, bool was_present)
{
	if (was_present)
		top_set.changed++;
	else
		top_set.added++;
	top_set.entry = entry;
	top_set.addr = addr;
}
static struct page sim_pages[SIM_PAGES * 17]; /* pfns up to PHYS + SIM_RAM */

static unsigned char sim_live[SIM_PAGES]; /* 1: handed out as a table */
static unsigned long sim_next;		  /* next-fit cursor */
static long alloc_fail_after = -1; /* allocations before failing; -1: never */
static unsigned long nr_allocs;	   /* successful pgtable_alloc() calls */
static unsigned long bad_frees;	   /* frees of pages that were not tables */

static bool sim_is_table(phys_addr_t pa)
{
	unsigned long pfn = PFN_DOWN(pa);

	return IS_ALIGNED(pa, (phys_addr_t)PAGE_SIZE) && pfn &&
	       pfn < SIM_PAGES && sim_live[pfn];
}

/*
 * Zeroed pages from the simulated RAM, next fit so that a freed table is
 * not handed out again at once. Page 0 is never used: 0 means failure.
 */
phys_addr_t pgtable_alloc(void)
{
	unsigned long i, pfn;
	void *p;

	if (alloc_fail_after == 0)
		return 0;
	if (alloc_fail_after > 0)
		alloc_fail_after--;
	for (i = 1; i < SIM_PAGES; i++) {
		pfn = sim_next;
		sim_next = sim_next + 1 < SIM_PAGES ? sim_next + 1 : 1;
		if (sim_live[pfn])
			continue;
		sim_live[pfn] = 1;
		p = __va(PFN_PHYS(pfn));
		ASAN_UNPOISON_MEMORY_REGION(p, PAGE_SIZE);
		memset(p, 0, PAGE_SIZE);
		nr_pgtable_pages++;
		nr_allocs++;
		return PFN_PHYS(pfn);
	}
	return 0;
}

void pgtable_free(phys_addr_t table)
{
	if (!sim_is_table(table)) {
		printk("    # pgtable_free: %#llx is not a live table\n",
		       (unsigned long long)table);
		bad_frees++;
		return;
	}
	sim_live[PFN_DOWN(table)] = 0;
	ASAN_POISON_MEMORY_REGION(__va(table), PAGE_SIZE);
	nr_pgtable_pages--;
}

/* Map the simulated RAM once; poison it all (every page starts free). */
static void sim_init(void)
{
	void *p;

	if (host_phys_base)
		return;
	p = mmap(NULL, SIM_RESERVE, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED || mprotect(p, SIM_RAM, PROT_READ | PROT_WRITE)) {
		perror("pgtable_test: simulated RAM");
		exit(2);
	}
	host_phys_base = p;
	ASAN_POISON_MEMORY_REGION(p, SIM_RAM);
}

/* Free every page a previous case left behind (it may have ended early). */
static void sim_reset(void)
{
	unsigned long pfn;

	sim_init();
	for (pfn = 1; pfn < SIM_PAGES; pfn++)
		if (sim_live[pfn])
			pgtable_free(PFN_PHYS(pfn));
	nr_pgtable_pages = 0;
	nr_allocs = 0;
	bad_frees = 0;
	alloc_fail_after = -1;
	sim_next = 1;
}

/* ---- hw_walk: the translation the MMU would do ------------------------ */

/* Entry idx of the table at physical address table. */
static u64 hw_entry(phys_addr_t table, unsigned long idx)
{
	if (HW_LEVELS == 2)
		return ((const u32 *)__va(table))[idx];
	return ((const u64 *)__va(table))[idx];
}

static unsigned long hw_index(unsigned int lvl, unsigned long va)
{
	return (va >> hw_shift[lvl]) & (hw_ptrs[lvl] - 1);
}

/* Does a PS entry at this hardware level map a page, given the CPU's features? */
static bool hw_leaf_level(unsigned int lvl)
{
	if (HW_LEVELS == 2)
		return lvl == 0 && boot_cpu.pse; /* with CR4.PSE */
	if (HW_LEVELS == 3)
		return lvl == 1;
	return lvl == HW_PMD_LVL || (lvl == HW_PUD_LVL && boot_cpu.gbpages);
}

/* Could a PS entry at this hardware level ever be a leaf in this format? */
static bool hw_format_leaf_level(unsigned int lvl)
{
	return (HW_LEVELS == 2 && lvl == 0) || (HW_LEVELS == 3 && lvl == 1) ||
	       (HW_LEVELS >= 4 && (lvl == HW_PUD_LVL || lvl == HW_PMD_LVL));
}

struct hw_walk {
	u64 entry[HW_LEVELS]; /* the entries read, top down */
	unsigned int leaf;    /* hardware level of the entry mapping va */
	unsigned long size;   /* bytes that entry maps */
	phys_addr_t pa;	      /* what va translates to */
	bool rw, user, nx;    /* effective rights of the walk (SDM 4.6) */
	const char *bad; /* why the MMU would fault or misbehave, or NULL */
};

/* Translate va through pgd as the MMU would; false if it is not mapped. */
static bool hw_walk(pgd_t *pgd, unsigned long va, struct hw_walk *w)
{
	phys_addr_t table = __pa(pgd);
	unsigned int lvl;

	memset(w, 0, sizeof(*w));
	w->rw = w->user = true;
	if (HW_LEVELS >= 4 && (long)va >> (HW_VA_BITS - 1) != 0 &&
	    (long)va >> (HW_VA_BITS - 1) != -1) {
		w->bad = "non-canonical address";
		return false;
	}
	for (lvl = 0; lvl < HW_LEVELS; lvl++) {
		bool pdpte = HW_LEVELS == 3 && lvl == 0;
		u64 e;

		if (lvl && !sim_is_table(table)) {
			w->bad =
				"an entry points at a page that is not a table";
			return false;
		}
		e = w->entry[lvl] = hw_entry(table, hw_index(lvl, va));
		if (!(e & HW_P))
			return false;
		if (pdpte && (e & HW_PDPTE_RSVD))
			w->bad = "reserved bits set in a PDPT entry";
		if (HW_LEVELS >= 4 && lvl + 3 < HW_LEVELS && (e & HW_PS))
			w->bad = "PS set in a PML4 or PML5 entry";
		if (HW_LEVELS >= 4 && lvl == HW_PUD_LVL && (e & HW_PS) &&
		    !boot_cpu.gbpages)
			w->bad = "1 GiB page on a CPU without them";
		if (HW_LEVELS > 2 && !pdpte && (e & HW_NX) &&
		    !(__supported_pte_mask & _PAGE_NX))
			w->bad = "NX set with EFER.NXE clear";
		if (!pdpte) {
			w->rw = w->rw && (e & HW_RW);
			w->user = w->user && (e & HW_US);
			w->nx = w->nx || (HW_LEVELS > 2 && (e & HW_NX));
		}
		if (lvl == HW_LEVELS - 1 ||
		    ((e & HW_PS) && hw_leaf_level(lvl))) {
			w->leaf = lvl;
			w->size = 1UL << hw_shift[lvl];
			/* Bit 12 of a large leaf is PAT; the rest below the size is reserved. */
			if (HW_LEVELS > 2 && w->size > PAGE_SIZE &&
			    (e & HW_ADDR_MASK & (w->size - 1) & ~0x1000ULL))
				w->bad = "address bits below a large page";
			w->pa = (e & HW_ADDR_MASK & ~(u64)(w->size - 1)) +
				(va & (w->size - 1));
			return true;
		}
		table = e & HW_ADDR_MASK;
	}
	return false;
}

/* The level-lvl table the MMU goes through to translate va, or 0. */
static phys_addr_t hw_table_at(pgd_t *pgd, unsigned long va, unsigned int lvl)
{
	phys_addr_t table = __pa(pgd);
	unsigned int l;
	u64 e;

	for (l = 0; l < lvl; l++) {
		e = hw_entry(table, hw_index(l, va));
		if (!(e & HW_P) || ((e & HW_PS) && hw_format_leaf_level(l)))
			return 0;
		table = e & HW_ADDR_MASK;
	}
	return table;
}

/* The raw top-level entry for va. */
static u64 hw_top(pgd_t *pgd, unsigned long va)
{
	return hw_entry(__pa(pgd), hw_index(0, va));
}

struct hw_table {
	phys_addr_t pa;
	unsigned int lvl; /* hardware level of the entries it holds */
};

/* Append the tables below table (a level-lvl table) to list, depth first. */
static unsigned int hw_tables_below(phys_addr_t table, unsigned int lvl,
				    struct hw_table *list, unsigned int n,
				    unsigned int max)
{
	unsigned long i;
	u64 e;

	if (lvl == HW_LEVELS - 1)
		return n;
	for (i = 0; i < hw_ptrs[lvl]; i++) {
		e = hw_entry(table, i);
		if (!(e & HW_P) || ((e & HW_PS) && hw_format_leaf_level(lvl)))
			continue;
		if (n < max)
			list[n] =
				(struct hw_table){ e & HW_ADDR_MASK, lvl + 1 };
		n = hw_tables_below(e & HW_ADDR_MASK, lvl + 1, list, n + 1,
				    max);
	}
	return n;
}

/* Free the tables below table and then table itself, by raw reading. */
static void hw_free_tables(phys_addr_t table, unsigned int lvl)
{
	unsigned long i;
	u64 e;

	for (i = 0; lvl < HW_LEVELS - 1 && i < hw_ptrs[lvl]; i++) {
		e = hw_entry(table, i);
		if ((e & HW_P) && !((e & HW_PS) && hw_format_leaf_level(lvl)))
			hw_free_tables(e & HW_ADDR_MASK, lvl + 1);
	}
	pgtable_free(table);
}

/* Bytes of [start, end) that translate, by raw walks. */
static unsigned long hw_mapped_bytes(pgd_t *pgd, unsigned long start,
				     unsigned long end)
{
	unsigned long va = start, mapped = 0, step;
	struct hw_walk w;

	while (va < end) {
		if (hw_walk(pgd, va, &w)) {
			step = min(w.size - (va & (w.size - 1)), end - va);
			mapped += step;
		} else {
			step = PAGE_SIZE - (va & (PAGE_SIZE - 1));
		}
		va += step;
	}
	return mapped;
}

/* ---- per-case fixture ------------------------------------------------- */

struct pt {
	pgd_t *pgd;
	unsigned long tables; /* nr_pgtable_pages with only the PGD */
};

/* A fresh PGD, a CPU with every feature, every bit supported. */
static void pt_init(struct ktest *t, struct pt *pt)
{
	phys_addr_t pgd;

	sim_reset();
	boot_cpu = (struct cpu_features){ .pse = true,
					  .pae = HW_LEVELS > 2,
					  .pge = true,
					  .nx = HW_LEVELS > 2,
					  .gbpages = true,
					  .lm = HW_LEVELS >= 4 };
	__supported_pte_mask = ~(pteval_t)0;
	pgd = pgtable_alloc();
	ASSERT_NE(t, pgd, 0);
	pt->pgd = __va(pgd);
	/* A PAE PDPT is 4 entries: anything past them is off limits. */
	if (HW_LEVELS == 3)
		ASAN_POISON_MEMORY_REGION((char *)pt->pgd + 32, PAGE_SIZE - 32);
	pt->tables = nr_pgtable_pages;
}

/* Tear the PGD down by raw reading: every table must be reachable. */
static void pt_fini(struct ktest *t, struct pt *pt)
{
	if (HW_LEVELS == 3)
		ASAN_UNPOISON_MEMORY_REGION(pt->pgd, PAGE_SIZE);
	hw_free_tables(__pa(pt->pgd), 0);
	EXPECT_EQ(t, bad_frees, 0UL);
	EXPECT_EQ(t, nr_pgtable_pages, 0UL); /* else tables were lost */
}

/* Tables that stay when [start, end) is unmapped: see table_kept() in mm/memory.c. */
static unsigned long kept_tables(unsigned long start, unsigned long end)
{
	if (HW_LEVELS != 3 && !pgtable_kernel_address(start))
		return 0;
	return hw_index(0, end - 1) - hw_index(0, start) + 1;
}

static int map(struct pt *pt, unsigned long va, unsigned long size,
	       phys_addr_t pa, pgprot_t prot, unsigned long max_page)
{
	return pgtable_map_range(pt->pgd, va, va + size, pa, prot, max_page);
}

static enum pg_level size_level(unsigned long size)
{
	if (size == PAGE_SIZE)
		return PG_LEVEL_4K;
	return size == PMD_SIZE ? PG_LEVEL_2M : PG_LEVEL_1G;
}

/* The flags a leaf of `size` bytes must hold for prot, every bit supported. */
static pteval_t leaf_flags(pgprot_t prot, unsigned long size)
{
	return pgprot_val(prot) | (size == PAGE_SIZE ? 0 : _PAGE_PSE);
}

/*
 * Is va mapped by a leaf of `size` bytes, to pa, with exactly `flags`,
 * seen the same by lookup_address_in_pgd and by the MMU?
 */
static bool check_leaf(struct ktest *t, pgd_t *pgd, unsigned long va,
		       phys_addr_t pa, unsigned long size, pteval_t flags)
{
	bool was_failed = t->failed;
	enum pg_level level;
	pteval_t *e = lookup_address_in_pgd(pgd, va, &level);
	struct hw_walk w;
	bool mapped = hw_walk(pgd, va, &w);

	EXPECT_NOT_NULL(t, e);
	EXPECT_EQ(t, level, size_level(size));
	if (e) {
		EXPECT_EQ(t, *e & PTE_FLAGS_MASK, flags);
		EXPECT_EQ(t,
			  (*e & PTE_PFN_MASK & ~(pteval_t)(size - 1)) +
				  (va & (size - 1)),
			  pa);
	}
	EXPECT_TRUE(t, mapped);
	EXPECT_NULL(t, w.bad);
	if (w.bad)
		ktest_log(t, "hw_walk: %s", w.bad);
	EXPECT_EQ(t, w.size, size);
	EXPECT_EQ(t, w.pa, pa);
	EXPECT_EQ(t, w.rw, !!(flags & _PAGE_RW));
	EXPECT_EQ(t, w.user, !!(flags & _PAGE_USER));
	EXPECT_EQ(t, w.nx, !!(flags & _PAGE_NX));
	return t->failed == was_failed;
}

/* Is nothing mapped at va, for lookup and for the MMU? */
static bool check_hole(struct ktest *t, pgd_t *pgd, unsigned long va)
{
	bool was_failed = t->failed;
	enum pg_level level;
	struct hw_walk w;

	EXPECT_NULL(t, lookup_address_in_pgd(pgd, va, &level));
	EXPECT_EQ(t, level, PG_LEVEL_NONE);
	EXPECT_FALSE(t, hw_walk(pgd, va, &w));
	EXPECT_NULL(t, w.bad);
	return t->failed == was_failed;
}

#define EXPECT_LEAF(t, pgd, va, pa, size, flags)                       \
	do {                                                           \
		unsigned long va_ = (va);                              \
		if (!check_leaf(t, pgd, va_, pa, size, flags))         \
			ktest_log(t, "... for va %#lx, at %s:%d", va_, \
				  __FILE__, __LINE__);                 \
	} while (0)

#define EXPECT_HOLE(t, pgd, va)                                        \
	do {                                                           \
		unsigned long va_ = (va);                              \
		if (!check_hole(t, pgd, va_))                          \
			ktest_log(t, "... for va %#lx, at %s:%d", va_, \
				  __FILE__, __LINE__);                 \
	} while (0)

/* Every page of [va, va + size) maps pa + offset with 4 KiB pages and flags. */
static bool check_pages(struct ktest *t, pgd_t *pgd, unsigned long va,
			unsigned long size, phys_addr_t pa, pteval_t flags)
{
	unsigned long off;

	for (off = 0; off < size; off += PAGE_SIZE)
		if (!check_leaf(t, pgd, va + off, pa + off, PAGE_SIZE, flags)) {
			ktest_log(t, "... for va %#lx", va + off);
			return false;
		}
	return true;
}

/* ---- walk_page_range bookkeeping -------------------------------------- */

#define WALK_MAX 4096

struct walk_log {
	unsigned int nleaves, ntables;
	/* The leaf callback returns 7 after this many leaves (0: never). */
	unsigned int stop_after;
	struct {
		unsigned long addr;
		enum pg_level level;
		pteval_t entry;
	} leaf[WALK_MAX];
	struct {
		unsigned long addr;
		enum pgt_level level;
		phys_addr_t table;
	} table[WALK_MAX];
};

static struct walk_log wl;

static int log_leaf(unsigned long addr, enum pg_level level, pteval_t entry,
		    void *priv)
{
	struct walk_log *l = priv;

	if (l->nleaves < WALK_MAX)
		l->leaf[l->nleaves] =
			(typeof(l->leaf[0])){ addr, level, entry };
	l->nleaves++;
	return l->stop_after && l->nleaves == l->stop_after ? 7 : 0;
}

static int log_table(unsigned long addr, enum pgt_level level,
		     phys_addr_t table, void *priv)
{
	struct walk_log *l = priv;

	if (l->ntables < WALK_MAX)
		l->table[l->ntables] =
			(typeof(l->table[0])){ addr, level, table };
	l->ntables++;
	return 0;
}

static const struct pgtable_walk_ops log_ops = { log_leaf, log_table };

static void walk_log_reset(struct walk_log *l, unsigned int stop_after)
{
	memset(l, 0, offsetof(struct walk_log, leaf));
	l->stop_after = stop_after;
}

/* Walk all of the address space (both halves of it in 4-level). */
static int walk_all(pgd_t *pgd, struct walk_log *l)
{
#if HW_LEVELS >= 4
	int ret = walk_page_range(pgd, 0, 1UL << (HW_VA_BITS - 1), &log_ops, l);

	return ret ? ret
		   : walk_page_range(pgd, -(1UL << (HW_VA_BITS - 1)), 0,
				     &log_ops, l);
#else
	return walk_page_range(pgd, 0, 1UL << 32, &log_ops, l);
#endif
}

/* Leaves the walker reports in [start, end). */
static unsigned int walk_count(pgd_t *pgd, unsigned long start,
			       unsigned long end)
{
	walk_log_reset(&wl, 0);
	walk_page_range(pgd, start, end, &log_ops, &wl);
	return wl.nleaves;
}

/* ---- the kernel's layout ---------------------------------------------- */

KTEST(pgtable, kernel_address_split)
{
	ktest_log(t, "%s: TASK_SIZE %#lx, kernel half %#lx, PAGE_OFFSET %#lx",
		  HW_NAME, (unsigned long)TASK_SIZE,
		  (unsigned long)KERNEL_HALF_START, (unsigned long)PAGE_OFFSET);
#if CONFIG_PGTABLE_LEVELS == 5
	/* The kernel's run-time layout is this binary's constants. */
	EXPECT_EQ(t, pgtable_l5_enabled(), (bool)HOST_PGTABLE_L5);
	EXPECT_EQ(t, page_offset_base, PAGE_OFFSET);
	EXPECT_EQ(t, vmalloc_base, VMALLOC_START);
	EXPECT_EQ(t, vmalloc_end, VMALLOC_END);
	EXPECT_EQ(t, kernel_half_start, KERNEL_HALF_START);
	EXPECT_EQ(t, 1UL << PGDIR_SHIFT, (unsigned long)PGDIR_SIZE);
	EXPECT_EQ(t, pgd_index(VMALLOC_START), hw_index(0, VMALLOC_START));
	EXPECT_EQ(t, (unsigned long)PTRS_PER_P4D,
		  HOST_PGTABLE_L5 ? 512UL : 1UL);
#endif
	EXPECT_FALSE(t, pgtable_kernel_address(0));
	EXPECT_FALSE(t, pgtable_kernel_address(USER_VA));
	EXPECT_FALSE(t, pgtable_kernel_address(TASK_SIZE - 1));
	EXPECT_FALSE(t, pgtable_kernel_address(KERNEL_HALF_START - 1));
	EXPECT_TRUE(t, pgtable_kernel_address(KERNEL_HALF_START));
	EXPECT_TRUE(t, pgtable_kernel_address(PAGE_OFFSET));
	EXPECT_TRUE(t, pgtable_kernel_address(VMALLOC_START));
	EXPECT_TRUE(t, pgtable_kernel_address(VMALLOC_END - 1));
	EXPECT_TRUE(t, pgtable_kernel_address(FIXADDR_START));
	EXPECT_TRUE(t, pgtable_kernel_address(__START_KERNEL_map));
	/* The layout's regions fall in distinct top-level slots where they can. */
	EXPECT_EQ(t, hw_index(0, PAGE_OFFSET),
		  HW_LEVELS == 2   ? 768UL
		  : HW_LEVELS == 3 ? 3UL
				   : 273UL);
	if (HW_LEVELS >= 4) {
		EXPECT_EQ(t, hw_index(0, VMALLOC_START),
			  HW_LEVELS == 5 ? 416UL : 402UL);
		EXPECT_EQ(t, hw_index(0, VMALLOC_END - 1),
			  HW_LEVELS == 5 ? 479UL : 465UL);
		EXPECT_EQ(t, hw_index(0, __START_KERNEL_map), 511UL);
		/* Many top-level slots, so that the lazy sync has work. */
		EXPECT_EQ(t, (VMALLOC_END - VMALLOC_START) / PGDIR_SIZE, 64UL);
	}
	if (HW_LEVELS == 5) /* the image: pgd 511, p4d 511, pud 510 */
		EXPECT_EQ(t, hw_index(1, __START_KERNEL_map), 511UL);
}

/* One boundary: user ranges end at TASK_SIZE, the kernel's top-level slots start at KERNEL_PGD_BOUNDARY. */
KTEST(pgtable, user_kernel_boundary)
{
	EXPECT_EQ(t, KERNEL_PGD_BOUNDARY,
		  HW_LEVELS == 2   ? 768UL
		  : HW_LEVELS == 3 ? 3UL
				   : 256UL);
	EXPECT_EQ(t, hw_index(0, KERNEL_HALF_START), KERNEL_PGD_BOUNDARY);
	/* 5-level: user space stays 47-bit, in slot 0 of the lower half. */
	EXPECT_EQ(t,
		  hw_index(0, (HW_LEVELS == 5 ? 1UL << 56 : TASK_SIZE) - 1) + 1,
		  KERNEL_PGD_BOUNDARY);
	if (HW_LEVELS == 5)
		EXPECT_EQ(t, hw_index(0, TASK_SIZE - 1), 0UL);
	EXPECT_TRUE(t, user_range_ok(0, PAGE_SIZE));
	EXPECT_TRUE(t, user_range_ok(TASK_SIZE - PAGE_SIZE, PAGE_SIZE));
	EXPECT_TRUE(t, user_range_ok(0, TASK_SIZE));
	EXPECT_FALSE(t, user_range_ok(0, 0));
	EXPECT_FALSE(t, user_range_ok(TASK_SIZE - PAGE_SIZE, 2 * PAGE_SIZE));
	EXPECT_FALSE(t, user_range_ok(TASK_SIZE, PAGE_SIZE));
	EXPECT_FALSE(t, user_range_ok(PAGE_SIZE, ~0UL));	     /* wraps */
	EXPECT_FALSE(t, user_range_ok(~0UL & PAGE_MASK, PAGE_SIZE)); /* wraps */
}

/*
 * The last user page gets user tables, freed by unmap; the first kernel
 * page gets kernel tables, kept by unmap. (x86_64 once drew the line at
 * PAGE_OFFSET, so [KERNEL_HALF_START, PAGE_OFFSET) got user tables.)
 */
KTEST(pgtable, tables_at_the_boundary)
{
	const unsigned long last_user = TASK_SIZE - PAGE_SIZE;
	const unsigned long first_kernel = KERNEL_HALF_START;
	struct hw_walk w;
	struct pt pt;
	u64 top;

	pt_init(t, &pt);
	ASSERT_EQ(t,
		  map(&pt, last_user, PAGE_SIZE, PHYS, PAGE_USER_RW, PAGE_SIZE),
		  0);
	EXPECT_TRUE(t, hw_walk(pt.pgd, last_user, &w));
	EXPECT_TRUE(t, w.user);
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, last_user, TASK_SIZE), 0);
	/* PAE: the user PMD under a PDPT entry is pinned for the PGD's life. */
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + (HW_LEVELS == 3));

	ASSERT_EQ(
		t,
		map(&pt, first_kernel, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
		0);
	EXPECT_TRUE(t, hw_walk(pt.pgd, first_kernel, &w));
	EXPECT_FALSE(t, w.user);
	EXPECT_EQ(t, w.entry[HW_LEVELS == 3 ? 1 : 0] & HW_US, 0ULL);
	top = hw_top(pt.pgd, first_kernel);
	EXPECT_EQ(t,
		  pgtable_unmap_range(pt.pgd, first_kernel,
				      first_kernel + PAGE_SIZE),
		  0);
	EXPECT_EQ(t, hw_top(pt.pgd, first_kernel), top);
	EXPECT_TRUE(t, sim_is_table(top & HW_ADDR_MASK));
	pt_fini(t, &pt);
}

/*
 * Every write of a kernel top-level entry reaches pgtable_top_level_set,
 * which copies init_mm's into the other PGDs: a new one as "added", and
 * (2-level, where 4 MiB leaves are top-level entries) a leaf protected,
 * split or unmapped as "changed". Elsewhere a PMD leaf is below the top.
 */
KTEST(pgtable, top_level_leaf_changes_reported)
{
	const unsigned long va = PAGE_OFFSET + 2 * PMD_SIZE;
	const unsigned long changes = PGTABLE_TOP_LEVEL == PGT_PMD;
	void *slot;
	struct pt pt;

	pt_init(t, &pt);
	slot = pgd_offset_pgd(pt.pgd, va);
	memset(&top_set, 0, sizeof(top_set));
	ASSERT_EQ(t, map(&pt, va, 2 * PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE),
		  0);
	/* 2-level: two leaves; else one new table under the top level. */
	EXPECT_EQ(t, top_set.added, changes ? 2UL : 1UL);
	EXPECT_PTR_EQ(t, top_set.entry,
		      changes ? (void *)((pgd_t *)slot + 1) : slot);
	EXPECT_EQ(t, top_set.changed, 0UL);

	/* Protect a whole leaf, then split the other by protecting half. */
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + PMD_SIZE, 0, _PAGE_RW),
		  0);
	EXPECT_EQ(t, top_set.changed, changes);
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PMD_SIZE,
					va + PMD_SIZE + PAGE_SIZE, 0, _PAGE_RW),
		  0);
	EXPECT_EQ(t, top_set.changed, 2 * changes);
	/* Unmap the whole first leaf: cleared. */
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va, va + PMD_SIZE), 0);
	EXPECT_EQ(t, top_set.changed, 3 * changes);
	if (changes) {
		EXPECT_PTR_EQ(t, top_set.entry, slot);
		EXPECT_EQ(t, hw_top(pt.pgd, va), 0ULL);
	}
	/* The user half's entries are nobody else's business. */
	memset(&top_set, 0, sizeof(top_set));
	ASSERT_EQ(t, map(&pt, 0, PMD_SIZE, PHYS, PAGE_USER_RW, PMD_SIZE), 0);
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, 0, PMD_SIZE), 0);
	EXPECT_EQ(t, top_set.added + top_set.changed, 0UL);
	pt_fini(t, &pt);
}

/* ---- map, lookup, unmap: 4 KiB pages ---------------------------------- */

/* Scattered pages, as vmalloc maps them; clear keeps the tables. */
KTEST(pgtable, map_pages_and_clear)
{
	const unsigned long va = VMALLOC_START + MB(4) - 2 * PAGE_SIZE;
	const unsigned long pfns[5] = { 0x40010, 0x40003, 0x40100, 0x40011,
					0x40002 };
	pteval_t flags = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct page *pages[5];
	unsigned long tables;
	unsigned int i;
	struct pt pt;

	mem_map = sim_pages;
	for (i = 0; i < 5; i++)
		pages[i] = &mem_map[pfns[i]];
	pt_init(t, &pt);
	/* Crosses a 2 MiB (and, in 2-level, a 4 MiB) boundary. */
	ASSERT_EQ(t, pgtable_map_pages(pt.pgd, va, pages, 5, PAGE_KERNEL), 0);
	for (i = 0; i < 5; i++)
		EXPECT_LEAF(t, pt.pgd, va + i * PAGE_SIZE,
			    (phys_addr_t)pfns[i] << PAGE_SHIFT, PAGE_SIZE,
			    flags);
	EXPECT_EQ(t,
		  pgtable_map_pages(pt.pgd, va + PAGE_SIZE, pages, 1,
				    PAGE_KERNEL),
		  -EEXIST);
	EXPECT_EQ(t, pgtable_map_pages(pt.pgd, va, pages, 0, PAGE_KERNEL),
		  -EINVAL);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t, pgtable_clear_range(pt.pgd, va, va + 5 * PAGE_SIZE), 0);
	for (i = 0; i < 5; i++)
		EXPECT_HOLE(t, pt.pgd, va + i * PAGE_SIZE);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	pt_fini(t, &pt);
}

KTEST(pgtable, map_4k_every_offset)
{
	const unsigned long va = DIRECT_VA + 0x123000UL;
	pteval_t flags = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct pt pt;
	unsigned long off;
	enum pg_level level;
	pteval_t *e;

	pt_init(t, &pt);
	ASSERT_EQ(t,
		  map(&pt, va, 3 * PAGE_SIZE, PHYS + KB(8), PAGE_KERNEL,
		      PUD_SIZE),
		  0);
	/* A fresh path: one table per level below the PGD. */
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + HW_LEVELS - 1);
	for (off = 0; off < 3 * PAGE_SIZE; off += PAGE_SIZE)
		EXPECT_LEAF(t, pt.pgd, va + off, PHYS + KB(8) + off, PAGE_SIZE,
			    flags);
	EXPECT_HOLE(t, pt.pgd, va - PAGE_SIZE);
	EXPECT_HOLE(t, pt.pgd, va + 3 * PAGE_SIZE);
	/* Every byte of a page finds the same entry. */
	e = lookup_address_in_pgd(pt.pgd, va + PAGE_SIZE, &level);
	for (off = 0; off < PAGE_SIZE; off++) {
		if (lookup_address_in_pgd(pt.pgd, va + PAGE_SIZE + off,
					  &level) != e ||
		    level != PG_LEVEL_4K) {
			EXPECT_PTR_EQ(
				t,
				lookup_address_in_pgd(
					pt.pgd, va + PAGE_SIZE + off, &level),
				e);
			ktest_log(t, "at byte offset %#lx", off);
			break;
		}
	}
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va, va + 3 * PAGE_SIZE), 0);
	for (off = 0; off < 3 * PAGE_SIZE; off += PAGE_SIZE)
		EXPECT_HOLE(t, pt.pgd, va + off);
	pt_fini(t, &pt);
}

KTEST(pgtable, flags_masked_by_cpu)
{
	const unsigned long va = VMALLOC_START;
	struct pt pt;
	struct hw_walk w;

	pt_init(t, &pt);
	/* Entry width and NX exist exactly where the format has them. */
	EXPECT_EQ(t, sizeof(pteval_t), HW_LEVELS == 2 ? 4UL : 8UL);
	EXPECT_EQ(t, (u64)_PAGE_NX, HW_LEVELS == 2 ? 0 : HW_NX);
	ASSERT_EQ(t, map(&pt, va, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE), 0);
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PAGE_SIZE, (pteval_t)__PAGE_KERNEL);
	EXPECT_TRUE(t, hw_walk(pt.pgd, va, &w));
	EXPECT_EQ(t, w.nx, HW_LEVELS > 2);
	EXPECT_EQ(t, w.entry[HW_LEVELS - 1] & HW_G, HW_G);

	/* A CPU without NX (EFER.NXE clear) or PGE: neither bit is written. */
	__supported_pte_mask &= ~(_PAGE_NX | _PAGE_GLOBAL);
	ASSERT_EQ(t,
		  map(&pt, va + PAGE_SIZE, PAGE_SIZE, PHYS, PAGE_KERNEL,
		      PAGE_SIZE),
		  0);
	EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS, PAGE_SIZE,
		    (pteval_t)(__PAGE_KERNEL & ~(_PAGE_NX | _PAGE_GLOBAL)));
	ASSERT_EQ(
		t,
		map(&pt, va + PMD_SIZE, PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE),
		0);
	EXPECT_LEAF(t, pt.pgd, va + PMD_SIZE, PHYS, PMD_SIZE,
		    (pteval_t)((__PAGE_KERNEL & ~(_PAGE_NX | _PAGE_GLOBAL)) |
			       _PAGE_PSE));
	/* ... and protect cannot set them either. */
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PAGE_SIZE,
					va + 2 * PAGE_SIZE,
					_PAGE_NX | _PAGE_GLOBAL, 0),
		  0);
	EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS, PAGE_SIZE,
		    (pteval_t)(__PAGE_KERNEL & ~(_PAGE_NX | _PAGE_GLOBAL)));
	/* A physical address above 4 GiB, where the format can hold one. */
	if (HW_LEVELS > 2) {
		phys_addr_t high = 0x2345678000ULL;

		ASSERT_EQ(t,
			  map(&pt, va + 2 * PAGE_SIZE, PAGE_SIZE, high,
			      PAGE_KERNEL, PAGE_SIZE),
			  0);
		EXPECT_TRUE(t, hw_walk(pt.pgd, va + 2 * PAGE_SIZE + 5, &w));
		EXPECT_EQ(t, w.pa, high + 5);
	}
	pt_fini(t, &pt);
}

/*
 * The MMU ANDs U/S and R/W over the whole walk (SDM 4.6): tables above a
 * user page must allow user access, tables of the kernel half must not,
 * whichever mapping created the table.
 */
KTEST(pgtable, table_entries_rights)
{
	struct pt pt;
	struct hw_walk w;

	pt_init(t, &pt);
	ASSERT_EQ(t,
		  map(&pt, USER_VA, PAGE_SIZE, PHYS, PAGE_USER_RW, PAGE_SIZE),
		  0);
	EXPECT_LEAF(t, pt.pgd, USER_VA, PHYS, PAGE_SIZE,
		    leaf_flags(PAGE_USER_RW, PAGE_SIZE));
	ASSERT_EQ(t,
		  map(&pt, DIRECT_VA, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
		  0);
	EXPECT_TRUE(t, hw_walk(pt.pgd, DIRECT_VA, &w));
	EXPECT_FALSE(t, w.user);
	EXPECT_EQ(t, w.entry[HW_LEVELS == 3 ? 1 : 0] & HW_US, 0ULL);

	/*
	 * A kernel-only page in the user half first, then a user page in the
	 * same tables: the user page must still be reachable from ring 3.
	 */
	ASSERT_EQ(t,
		  map(&pt, USER_VA + MB(64), PAGE_SIZE, PHYS, PAGE_KERNEL,
		      PAGE_SIZE),
		  0);
	ASSERT_EQ(t,
		  map(&pt, USER_VA + MB(64) + PAGE_SIZE, PAGE_SIZE, PHYS,
		      PAGE_USER_RW, PAGE_SIZE),
		  0);
	EXPECT_TRUE(t, hw_walk(pt.pgd, USER_VA + MB(64) + PAGE_SIZE, &w));
	EXPECT_TRUE(t, w.user);
	EXPECT_TRUE(t, w.rw);
	EXPECT_TRUE(t, hw_walk(pt.pgd, USER_VA + MB(64), &w));
	EXPECT_FALSE(t, w.user);
	pt_fini(t, &pt);
}

/* ---- large leaves ----------------------------------------------------- */

KTEST(pgtable, pmd_leaf)
{
	const unsigned long va = DIRECT_VA + 4 * PMD_SIZE;
	const phys_addr_t pa = PHYS + 4 * PMD_SIZE;
	pteval_t flags = leaf_flags(PAGE_KERNEL, PMD_SIZE);
	struct pt pt;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, 2 * PMD_SIZE, pa, PAGE_KERNEL, PMD_SIZE), 0);
	/* No PTE table: the path stops one level up. */
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + HW_LEVELS - 2);
	EXPECT_LEAF(t, pt.pgd, va, pa, PMD_SIZE, flags);
	EXPECT_LEAF(t, pt.pgd, va + PMD_SIZE / 2 + 0x321,
		    pa + PMD_SIZE / 2 + 0x321, PMD_SIZE, flags);
	EXPECT_LEAF(t, pt.pgd, va + 2 * PMD_SIZE - 1, pa + 2 * PMD_SIZE - 1,
		    PMD_SIZE, flags);
	EXPECT_HOLE(t, pt.pgd, va + 2 * PMD_SIZE);
	EXPECT_EQ(t, walk_count(pt.pgd, va, va + 2 * PMD_SIZE), 2U);
	EXPECT_EQ(t, PMD_SIZE, HW_LEVELS == 2 ? MB(4) : MB(2));
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va, va + 2 * PMD_SIZE), 0);
	EXPECT_HOLE(t, pt.pgd, va);
	/* 2-level: the leaves were the top-level entries, no table to keep. */
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + (HW_LEVELS == 2 ? 0 : 1));
	pt_fini(t, &pt);
}

/* 2-level needs CR4.PSE for 4 MiB pages; PAE and 64-bit always have 2 MiB. */
KTEST(pgtable, pmd_leaf_needs_pse)
{
	const unsigned long va = VMALLOC_START;
	struct pt pt;

	pt_init(t, &pt);
	boot_cpu.pse = false;
	ASSERT_EQ(t, map(&pt, va, PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE), 0);
	if (HW_LEVELS == 2) {
		check_pages(t, pt.pgd, va, PMD_SIZE, PHYS,
			    leaf_flags(PAGE_KERNEL, PAGE_SIZE));
		EXPECT_EQ(t, nr_pgtable_pages, pt.tables + 1);
		EXPECT_EQ(t, walk_count(pt.pgd, va, va + PMD_SIZE), 1024U);
	} else {
		EXPECT_LEAF(t, pt.pgd, va + 0x5000, PHYS + 0x5000, PMD_SIZE,
			    leaf_flags(PAGE_KERNEL, PMD_SIZE));
	}
	pt_fini(t, &pt);
}

/* 1 GiB leaves: only 4-level, only with gbpages; elsewhere the largest PMD leaves. */
KTEST(pgtable, pud_leaf_needs_gbpages)
{
	const unsigned long va = PAGE_OFFSET, size = GB(1);
	bool gb;
	struct pt pt;

	for (gb = false;; gb = true) {
		unsigned long leaf = HW_LEVELS >= 4 && gb ? GB(1) : PMD_SIZE;
		pteval_t flags = leaf_flags(PAGE_KERNEL_RX, leaf);

		pt_init(t, &pt);
		boot_cpu.gbpages = gb;
		ASSERT_EQ(t, map(&pt, va, size, PHYS, PAGE_KERNEL_RX, PUD_SIZE),
			  0);
		EXPECT_LEAF(t, pt.pgd, va, PHYS, leaf, flags);
		EXPECT_LEAF(t, pt.pgd, va + 0x1234567, PHYS + 0x1234567, leaf,
			    flags);
		EXPECT_LEAF(t, pt.pgd, va + size - 1, PHYS + size - 1, leaf,
			    flags);
		EXPECT_EQ(t, walk_count(pt.pgd, va, va + size),
			  (unsigned int)(size / leaf));
		EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, va - MB(4), va + size),
			  size);
		/* 4-level: PUD table (+ PMD table); PAE: PMD table; 2-level: none. */
		EXPECT_EQ(t, nr_pgtable_pages,
			  pt.tables + (leaf == GB(1) ? HW_LEVELS - 3
						     : HW_LEVELS - 2));
		pt_fini(t, &pt);
		if (gb)
			break;
	}
}

/* A leaf needs virtual and physical alignment and a range covering it. */
KTEST(pgtable, misaligned_falls_back)
{
	const unsigned long a = VMALLOC_START + 2 * PMD_SIZE;
	pteval_t f4k = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	pteval_t fbig = leaf_flags(PAGE_KERNEL, PMD_SIZE);
	struct pt pt;

	/* Physical address off by a page: 4 KiB pages throughout. */
	pt_init(t, &pt);
	ASSERT_EQ(
		t,
		map(&pt, a, PMD_SIZE, PHYS + PAGE_SIZE, PAGE_KERNEL, PUD_SIZE),
		0);
	check_pages(t, pt.pgd, a, PMD_SIZE, PHYS + PAGE_SIZE, f4k);
	pt_fini(t, &pt);

	/* A page short of a leaf: 4 KiB pages. */
	pt_init(t, &pt);
	ASSERT_EQ(
		t,
		map(&pt, a, PMD_SIZE - PAGE_SIZE, PHYS, PAGE_KERNEL, PUD_SIZE),
		0);
	check_pages(t, pt.pgd, a, PMD_SIZE - PAGE_SIZE, PHYS, f4k);
	EXPECT_HOLE(t, pt.pgd, a + PMD_SIZE - PAGE_SIZE);
	pt_fini(t, &pt);

	/* Unaligned head and tail, aligned middle: page, leaf, page. */
	pt_init(t, &pt);
	ASSERT_EQ(t,
		  map(&pt, a - PAGE_SIZE, PMD_SIZE + 2 * PAGE_SIZE,
		      PHYS - PAGE_SIZE, PAGE_KERNEL, PUD_SIZE),
		  0);
	EXPECT_LEAF(t, pt.pgd, a - PAGE_SIZE, PHYS - PAGE_SIZE, PAGE_SIZE, f4k);
	EXPECT_LEAF(t, pt.pgd, a, PHYS, PMD_SIZE, fbig);
	EXPECT_LEAF(t, pt.pgd, a + PMD_SIZE - 1, PHYS + PMD_SIZE - 1, PMD_SIZE,
		    fbig);
	EXPECT_LEAF(t, pt.pgd, a + PMD_SIZE, PHYS + PMD_SIZE, PAGE_SIZE, f4k);
	EXPECT_HOLE(t, pt.pgd, a + PMD_SIZE + PAGE_SIZE);
	EXPECT_EQ(t, walk_count(pt.pgd, a - PMD_SIZE, a + 2 * PMD_SIZE), 3U);
	pt_fini(t, &pt);
}

KTEST(pgtable, max_page_honoured)
{
	const unsigned long va = PAGE_OFFSET;
	struct pt pt;

	/* PAGE_SIZE: 4 KiB pages even where a leaf would fit. */
	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PMD_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE), 0);
	check_pages(t, pt.pgd, va, PMD_SIZE, PHYS,
		    leaf_flags(PAGE_KERNEL, PAGE_SIZE));
	pt_fini(t, &pt);

	/* PMD_SIZE: no 1 GiB leaf even with gbpages. */
	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PUD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE), 0);
	EXPECT_LEAF(t, pt.pgd, va + PUD_SIZE - PAGE_SIZE,
		    PHYS + PUD_SIZE - PAGE_SIZE, PMD_SIZE,
		    leaf_flags(PAGE_KERNEL, PMD_SIZE));
	EXPECT_EQ(t, walk_count(pt.pgd, va, va + PUD_SIZE),
		  (unsigned int)(PUD_SIZE / PMD_SIZE));
	pt_fini(t, &pt);
}

/* ---- ranges across table boundaries ----------------------------------- */

/* Where a table of each level ends, in the user and kernel halves. */
static const struct {
	const char *what;
	unsigned long addr;
} boundaries[] = {
#if HW_LEVELS == 2
	{ "PGD entry (4 MiB), user", MB(128) },
	{ "PGD entry (4 MiB), direct map", PAGE_OFFSET + MB(8) },
	{ "PGD entry (4 MiB), vmalloc", VMALLOC_START + PGDIR_SIZE },
#elif HW_LEVELS == 3
	{ "PDPT entry (1 GiB), user", GB(1) },
	{ "PDPT entry (1 GiB), user", GB(2) },
	{ "PMD entry (2 MiB), user", MB(128) },
	{ "PMD entry (2 MiB), vmalloc", VMALLOC_START + PMD_SIZE },
#elif HW_LEVELS == 5
	{ "PML5 entry (256 TiB), user", 1UL << 48 },
	{ "PML5 entry (256 TiB), vmalloc", VMALLOC_START + PGDIR_SIZE },
	{ "PML4 entry (512 GiB), user", 1UL << 39 },
	{ "PML4 entry (512 GiB), vmalloc", VMALLOC_START + P4D_SIZE },
	{ "PUD entry (1 GiB), user", GB(1) },
	{ "PUD entry (1 GiB), vmalloc", VMALLOC_START + PUD_SIZE },
	{ "PMD entry (2 MiB), direct map", PAGE_OFFSET + 2 * PMD_SIZE },
#else
	{ "PML4 entry (512 GiB), user", 1UL << 39 },
	{ "PML4 entry (512 GiB), vmalloc", VMALLOC_START + PGDIR_SIZE },
	{ "PUD entry (1 GiB), user", GB(1) },
	{ "PUD entry (1 GiB), vmalloc", VMALLOC_START + PUD_SIZE },
	{ "PMD entry (2 MiB), direct map", PAGE_OFFSET + 2 * PMD_SIZE },
#endif
};

/*
 * 5.5 MiB of 4 KiB pages starting 2 MiB + 12 KiB below each boundary, as
 * vmalloc would map it: every page must translate (the mapping that
 * faults at base + 4 MiB is exactly what this project exists to avoid).
 */
KTEST(pgtable, cross_boundaries_4k)
{
	const unsigned long size = MB(5) + KB(512);
	unsigned int i;
	struct pt pt;

	for (i = 0; i < ARRAY_SIZE(boundaries); i++) {
		unsigned long b = boundaries[i].addr,
			      start = b - MB(2) - KB(12);
		pgprot_t prot =
			pgtable_kernel_address(b) ? PAGE_KERNEL : PAGE_USER_RW;
		bool was_failed = t->failed;

		pt_init(t, &pt);
		ASSERT_EQ(t, map(&pt, start, size, PHYS, prot, PAGE_SIZE), 0);
		check_pages(t, pt.pgd, start, size, PHYS,
			    leaf_flags(prot, PAGE_SIZE));
		EXPECT_HOLE(t, pt.pgd, start - PAGE_SIZE);
		EXPECT_HOLE(t, pt.pgd, start + size);
		EXPECT_EQ(
			t,
			walk_count(pt.pgd, start - MB(4), start + size + MB(4)),
			(unsigned int)(size / PAGE_SIZE));
		EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, start, start + size),
			  0);
		EXPECT_EQ(t,
			  hw_mapped_bytes(pt.pgd, start - MB(4),
					  start + size + MB(4)),
			  0UL);
		EXPECT_EQ(t, nr_pgtable_pages,
			  pt.tables + kept_tables(start, start + size));
		pt_fini(t, &pt);
		if (t->failed != was_failed)
			ktest_log(t, "... across the %s boundary at %#lx",
				  boundaries[i].what, b);
	}
}

/* The same with large leaves allowed: leaves where aligned, pages around. */
KTEST(pgtable, cross_boundaries_large)
{
	const unsigned long size = MB(5) + KB(512);
	unsigned int i;
	struct pt pt;

	for (i = 0; i < ARRAY_SIZE(boundaries); i++) {
		unsigned long b = boundaries[i].addr,
			      start = b - MB(2) - KB(12);
		pgprot_t prot =
			pgtable_kernel_address(b) ? PAGE_KERNEL : PAGE_USER_RW;
		/* Physical congruent to virtual modulo the leaf size. */
		phys_addr_t pa = PHYS + (start & (PMD_SIZE - 1));
		bool was_failed = t->failed;
		unsigned long va, leaves = 0;
		struct hw_walk w;

		pt_init(t, &pt);
		ASSERT_EQ(t, map(&pt, start, size, pa, prot, PUD_SIZE), 0);
		for (va = start; va < start + size;
		     va += w.size - (va & (w.size - 1))) {
			if (!hw_walk(pt.pgd, va, &w) ||
			    w.pa != pa + (va - start) || w.bad) {
				EXPECT_LEAF(t, pt.pgd, va, pa + (va - start),
					    PAGE_SIZE,
					    leaf_flags(prot, PAGE_SIZE));
				break;
			}
			/* A leaf lies wholly inside the range. */
			EXPECT_GE(t, va & ~(w.size - 1), start);
			EXPECT_LE(t, (va & ~(w.size - 1)) + w.size,
				  start + size);
			leaves += w.size > PAGE_SIZE;
		}
		/* 2-level: no whole 4 MiB inside; PAE and 64-bit: two 2 MiB leaves. */
		EXPECT_EQ(t, leaves, HW_LEVELS == 2 ? 0UL : 2UL);
		EXPECT_EQ(t,
			  hw_mapped_bytes(pt.pgd, start - MB(4),
					  start + size + MB(4)),
			  size);
		EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, start, start + size),
			  0);
		EXPECT_EQ(t, nr_pgtable_pages,
			  pt.tables + kept_tables(start, start + size));
		pt_fini(t, &pt);
		if (t->failed != was_failed)
			ktest_log(t, "... across the %s boundary at %#lx",
				  boundaries[i].what, b);
	}
}

/* ---- unmap and the tables it frees ------------------------------------ */

KTEST(pgtable, unmap_frees_user_tables)
{
	struct pt pt;

	pt_init(t, &pt);
	ASSERT_EQ(
		t,
		map(&pt, USER_VA, 3 * PAGE_SIZE, PHYS, PAGE_USER_RW, PAGE_SIZE),
		0);
	ASSERT_EQ(t,
		  map(&pt, GB(1) + PMD_SIZE, PMD_SIZE, PHYS, PAGE_USER_RW,
		      PMD_SIZE),
		  0);
	EXPECT_GT(t, nr_pgtable_pages, pt.tables);
	EXPECT_EQ(t,
		  pgtable_unmap_range(pt.pgd, USER_VA, USER_VA + 3 * PAGE_SIZE),
		  0);
	EXPECT_EQ(t,
		  pgtable_unmap_range(pt.pgd, GB(1) + PMD_SIZE,
				      GB(1) + 2 * PMD_SIZE),
		  0);
	if (HW_LEVELS == 3) {
		/* PAE: the PMD tables under PDPT entries are pinned for the PGD's life. */
		EXPECT_EQ(t, nr_pgtable_pages, pt.tables + 2);
		EXPECT_EQ(t, hw_top(pt.pgd, USER_VA) & HW_P, HW_P);
		EXPECT_EQ(t, hw_top(pt.pgd, GB(1)) & HW_P, HW_P);
	} else {
		EXPECT_EQ(t, nr_pgtable_pages, pt.tables);
		EXPECT_EQ(t, hw_top(pt.pgd, USER_VA), 0ULL);
		EXPECT_EQ(t, hw_top(pt.pgd, GB(1)), 0ULL);
	}
	pt_fini(t, &pt);
}

/*
 * Tables hanging off kernel top-level entries stay (other PGDs may hold
 * copies of the entry): the entry is unchanged after the unmap, and a new
 * mapping there reuses its table.
 */
KTEST(pgtable, unmap_keeps_kernel_top_level)
{
	const unsigned long vas[] = { DIRECT_VA, VMALLOC_START, FIXADDR_START,
				      __START_KERNEL_map + MB(2) };
	unsigned int i;
	struct pt pt;

	for (i = 0; i < ARRAY_SIZE(vas); i++) {
		unsigned long va = vas[i];
		u64 top;

		pt_init(t, &pt);
		ASSERT_EQ(t,
			  map(&pt, va, 5 * PAGE_SIZE, PHYS, PAGE_KERNEL,
			      PAGE_SIZE),
			  0);
		top = hw_top(pt.pgd, va);
		EXPECT_EQ(t, top & HW_P, HW_P);
		EXPECT_EQ(t,
			  pgtable_unmap_range(pt.pgd, va, va + 5 * PAGE_SIZE),
			  0);
		EXPECT_EQ(t, hw_top(pt.pgd, va), top);
		EXPECT_TRUE(t, sim_is_table(top & HW_ADDR_MASK));
		EXPECT_EQ(t, nr_pgtable_pages, pt.tables + 1);
		EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, va, va + 5 * PAGE_SIZE),
			  0UL);
		/* Mapping again allocates only below the kept table. */
		ASSERT_EQ(t,
			  map(&pt, va, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
			  0);
		EXPECT_EQ(t, hw_top(pt.pgd, va), top);
		EXPECT_EQ(t, nr_pgtable_pages, pt.tables + HW_LEVELS - 1);
		pt_fini(t, &pt);
		if (t->failed)
			ktest_log(t, "... for va %#lx", va);
	}
}

KTEST(pgtable, unmap_partial_keeps_table)
{
	pteval_t flags = leaf_flags(PAGE_USER_RW, PAGE_SIZE);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(
		t,
		map(&pt, USER_VA, 4 * PAGE_SIZE, PHYS, PAGE_USER_RW, PAGE_SIZE),
		0);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t,
		  pgtable_unmap_range(pt.pgd, USER_VA + PAGE_SIZE,
				      USER_VA + 3 * PAGE_SIZE),
		  0);
	EXPECT_LEAF(t, pt.pgd, USER_VA, PHYS, PAGE_SIZE, flags);
	EXPECT_HOLE(t, pt.pgd, USER_VA + PAGE_SIZE);
	EXPECT_HOLE(t, pt.pgd, USER_VA + 2 * PAGE_SIZE);
	EXPECT_LEAF(t, pt.pgd, USER_VA + 3 * PAGE_SIZE, PHYS + 3 * PAGE_SIZE,
		    PAGE_SIZE, flags);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	EXPECT_EQ(t,
		  pgtable_unmap_range(pt.pgd, USER_VA, USER_VA + 4 * PAGE_SIZE),
		  0);
	EXPECT_EQ(t, nr_pgtable_pages,
		  pt.tables + kept_tables(USER_VA, USER_VA + 1));
	pt_fini(t, &pt);
}

/*
 * Unmapping one page of the largest leaf splits it (and, in 4-level, the
 * 2 MiB leaf under it again): everything else stays mapped, same flags.
 */
KTEST(pgtable, unmap_splits_large_leaf)
{
	const unsigned long va = PAGE_OFFSET,
			    hole = va + PUD_SIZE / 2 + PAGE_SIZE;
	unsigned long big = HW_LEVELS >= 4 ? PUD_SIZE : PMD_SIZE, off;
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PUD_SIZE, PHYS, PAGE_KERNEL_RX, PUD_SIZE), 0);
	EXPECT_LEAF(t, pt.pgd, hole, PHYS + (hole - va), big,
		    leaf_flags(PAGE_KERNEL_RX, big));
	tables = nr_pgtable_pages;
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, hole, hole + PAGE_SIZE), 0);
	EXPECT_HOLE(t, pt.pgd, hole);
	/* One table per level split: PUD -> PMD -> PTE in 4-level. */
	EXPECT_EQ(t, nr_pgtable_pages, tables + (HW_LEVELS >= 4 ? 2 : 1));
	check_pages(t, pt.pgd, hole & PMD_MASK, hole - (hole & PMD_MASK),
		    PHYS + ((hole & PMD_MASK) - va),
		    leaf_flags(PAGE_KERNEL_RX, PAGE_SIZE));
	check_pages(t, pt.pgd, hole + PAGE_SIZE,
		    ((hole | (PMD_SIZE - 1)) + 1) - hole - PAGE_SIZE,
		    PHYS + (hole + PAGE_SIZE - va),
		    leaf_flags(PAGE_KERNEL_RX, PAGE_SIZE));
	for (off = 0; off < PUD_SIZE; off += PMD_SIZE)
		if ((va + off) != (hole & PMD_MASK))
			EXPECT_LEAF(t, pt.pgd, va + off + 0x1234,
				    PHYS + off + 0x1234, PMD_SIZE,
				    leaf_flags(PAGE_KERNEL_RX, PMD_SIZE));
	EXPECT_EQ(t, walk_count(pt.pgd, va, va + PUD_SIZE),
		  (unsigned int)(PUD_SIZE / PMD_SIZE - 1 + PTRS_PER_PTE - 1));
	EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, va, va + PUD_SIZE),
		  PUD_SIZE - PAGE_SIZE);
	pt_fini(t, &pt);
}

/* ---- protect ---------------------------------------------------------- */

KTEST(pgtable, protect_4k)
{
	const unsigned long va = VMALLOC_START + KB(20);
	pteval_t rw = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	pteval_t ro_x = rw & ~(_PAGE_RW | _PAGE_NX);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, 4 * PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
		  0);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PAGE_SIZE,
					va + 3 * PAGE_SIZE, 0,
					_PAGE_RW | _PAGE_NX),
		  0);
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PAGE_SIZE, rw);
	EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS + PAGE_SIZE, PAGE_SIZE,
		    ro_x);
	EXPECT_LEAF(t, pt.pgd, va + 2 * PAGE_SIZE, PHYS + 2 * PAGE_SIZE,
		    PAGE_SIZE, ro_x);
	EXPECT_LEAF(t, pt.pgd, va + 3 * PAGE_SIZE, PHYS + 3 * PAGE_SIZE,
		    PAGE_SIZE, rw);
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + 4 * PAGE_SIZE,
					_PAGE_RW | _PAGE_NX, 0),
		  0);
	check_pages(t, pt.pgd, va, 4 * PAGE_SIZE, PHYS, rw);
	/* The address and the PS/PAT bit cannot be cleared through protect. */
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + PAGE_SIZE, 0,
					PTE_PFN_MASK | _PAGE_PSE),
		  0);
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PAGE_SIZE, rw);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	pt_fini(t, &pt);
}

/* A leaf the range covers whole stays a leaf; one it covers in part is split. */
KTEST(pgtable, protect_large_leaf)
{
	const unsigned long va = DIRECT_VA;
	pteval_t big_rw = leaf_flags(PAGE_KERNEL, PMD_SIZE);
	pteval_t small_rw = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, 2 * PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE),
		  0);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + PMD_SIZE, 0, _PAGE_RW),
		  0);
	EXPECT_LEAF(t, pt.pgd, va + 0x4321, PHYS + 0x4321, PMD_SIZE,
		    big_rw & ~_PAGE_RW);
	EXPECT_LEAF(t, pt.pgd, va + PMD_SIZE, PHYS + PMD_SIZE, PMD_SIZE,
		    big_rw);
	EXPECT_EQ(t, nr_pgtable_pages, tables);

	/* One page in the middle of the second leaf. */
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PMD_SIZE + PAGE_SIZE,
					va + PMD_SIZE + 2 * PAGE_SIZE, 0,
					_PAGE_RW),
		  0);
	EXPECT_EQ(t, nr_pgtable_pages, tables + 1);
	EXPECT_LEAF(t, pt.pgd, va + PMD_SIZE, PHYS + PMD_SIZE, PAGE_SIZE,
		    small_rw);
	EXPECT_LEAF(t, pt.pgd, va + PMD_SIZE + PAGE_SIZE,
		    PHYS + PMD_SIZE + PAGE_SIZE, PAGE_SIZE,
		    small_rw & ~_PAGE_RW);
	check_pages(t, pt.pgd, va + PMD_SIZE + 2 * PAGE_SIZE,
		    PMD_SIZE - 2 * PAGE_SIZE, PHYS + PMD_SIZE + 2 * PAGE_SIZE,
		    small_rw);
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PMD_SIZE, big_rw & ~_PAGE_RW);
	pt_fini(t, &pt);
}

/* 4-level: a 1 GiB leaf, whole and in part; elsewhere the same range of PMD leaves. */
KTEST(pgtable, protect_pud_leaf)
{
	const unsigned long va = PAGE_OFFSET;
	unsigned long big = HW_LEVELS >= 4 ? PUD_SIZE : PMD_SIZE, part;
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PUD_SIZE, PHYS, PAGE_KERNEL, PUD_SIZE), 0);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + PUD_SIZE, _PAGE_NX,
					_PAGE_RW),
		  0);
	EXPECT_LEAF(t, pt.pgd, va + PUD_SIZE - 1, PHYS + PUD_SIZE - 1, big,
		    leaf_flags(PAGE_KERNEL, big) & ~_PAGE_RW);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	/*
	 * The last PMD_SIZE + 4 KiB (2-level: the last 2 MiB): the leaf
	 * before the last PMD's is split, the 1 GiB leaf first in 4-level.
	 */
	part = PUD_SIZE > PMD_SIZE ? PMD_SIZE + PAGE_SIZE : PMD_SIZE / 2;
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PUD_SIZE - part,
					va + PUD_SIZE, _PAGE_RW, 0),
		  0);
	EXPECT_EQ(t, nr_pgtable_pages, tables + (HW_LEVELS >= 4 ? 2 : 1));
	if (PUD_SIZE > PMD_SIZE) {
		EXPECT_LEAF(t, pt.pgd, va + PUD_SIZE - PMD_SIZE,
			    PHYS + PUD_SIZE - PMD_SIZE, PMD_SIZE,
			    leaf_flags(PAGE_KERNEL, PMD_SIZE));
		EXPECT_LEAF(t, pt.pgd, va, PHYS, PMD_SIZE,
			    leaf_flags(PAGE_KERNEL, PMD_SIZE) & ~_PAGE_RW);
	}
	EXPECT_LEAF(t, pt.pgd, va + PUD_SIZE - part, PHYS + PUD_SIZE - part,
		    PAGE_SIZE, leaf_flags(PAGE_KERNEL, PAGE_SIZE));
	EXPECT_LEAF(t, pt.pgd, va + PUD_SIZE - part - PAGE_SIZE,
		    PHYS + PUD_SIZE - part - PAGE_SIZE, PAGE_SIZE,
		    leaf_flags(PAGE_KERNEL, PAGE_SIZE) & ~_PAGE_RW);
	EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, va, va + PUD_SIZE), PUD_SIZE);
	pt_fini(t, &pt);
}

KTEST(pgtable, protect_hole_efault)
{
	const unsigned long va = VMALLOC_START;
	pteval_t rw = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, 2 * PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
		  0);
	ASSERT_EQ(t,
		  map(&pt, va + 3 * PAGE_SIZE, PAGE_SIZE, PHYS, PAGE_KERNEL,
		      PAGE_SIZE),
		  0);
	tables = nr_pgtable_pages;
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va, va + 4 * PAGE_SIZE, 0,
					_PAGE_RW),
		  -EFAULT);
	/* The leaves before the hole were changed (documented), the ones after not. */
	EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS + PAGE_SIZE, PAGE_SIZE,
		    rw & ~_PAGE_RW);
	EXPECT_HOLE(t, pt.pgd, va + 2 * PAGE_SIZE);
	EXPECT_LEAF(t, pt.pgd, va + 3 * PAGE_SIZE, PHYS, PAGE_SIZE, rw);
	/* A hole at every level: nothing is allocated to find it. */
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, USER_VA, USER_VA + PAGE_SIZE, 0,
					_PAGE_RW),
		  -EFAULT);
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PMD_SIZE,
					va + PMD_SIZE + PAGE_SIZE, 0, _PAGE_RW),
		  -EFAULT);
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + 1, va + PAGE_SIZE, 0,
					_PAGE_RW),
		  -EINVAL);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	pt_fini(t, &pt);
}

/* ---- errors ----------------------------------------------------------- */

/* -EEXIST leaves the mapping that was there alone, and nothing new. */
KTEST(pgtable, map_eexist_keeps_existing)
{
	const unsigned long va = VMALLOC_START + 2 * PMD_SIZE + KB(40);
	const unsigned long big = DIRECT_VA + 2 * PMD_SIZE;
	pteval_t f4k = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE), 0);
	ASSERT_EQ(t, map(&pt, big, PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE), 0);
	tables = nr_pgtable_pages;

	EXPECT_EQ(t,
		  map(&pt, va, PAGE_SIZE, PHYS + MB(1), PAGE_KERNEL, PAGE_SIZE),
		  -EEXIST);
	EXPECT_EQ(t,
		  map(&pt, va - 2 * PAGE_SIZE, 4 * PAGE_SIZE, PHYS + MB(1),
		      PAGE_KERNEL, PAGE_SIZE),
		  -EEXIST);
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PAGE_SIZE, f4k);
	EXPECT_HOLE(t, pt.pgd, va - 2 * PAGE_SIZE);
	EXPECT_HOLE(t, pt.pgd, va - PAGE_SIZE);
	EXPECT_HOLE(t, pt.pgd, va + PAGE_SIZE);

	/* Over, into and across a large leaf. */
	EXPECT_EQ(t, map(&pt, big, PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE),
		  -EEXIST);
	EXPECT_EQ(t,
		  map(&pt, big + PAGE_SIZE, PAGE_SIZE, PHYS, PAGE_KERNEL,
		      PAGE_SIZE),
		  -EEXIST);
	EXPECT_EQ(t,
		  map(&pt, big - PAGE_SIZE, 2 * PAGE_SIZE, PHYS, PAGE_KERNEL,
		      PAGE_SIZE),
		  -EEXIST);
	EXPECT_LEAF(t, pt.pgd, big, PHYS, PMD_SIZE,
		    leaf_flags(PAGE_KERNEL, PMD_SIZE));
	EXPECT_HOLE(t, pt.pgd, big - PAGE_SIZE);
	/* 2-level: the PTE table made for big - 4 KiB hangs off a kernel PGD entry: kept. */
	EXPECT_EQ(t, nr_pgtable_pages, tables + (HW_LEVELS == 2 ? 1 : 0));
	pt_fini(t, &pt);
}

KTEST(pgtable, map_einval)
{
	const unsigned long va = VMALLOC_START;
	struct pt pt;

	pt_init(t, &pt);
	EXPECT_EQ(t,
		  pgtable_map_range(pt.pgd, va + 1, va + PAGE_SIZE, PHYS,
				    PAGE_KERNEL, PAGE_SIZE),
		  -EINVAL);
	EXPECT_EQ(t,
		  pgtable_map_range(pt.pgd, va, va + PAGE_SIZE + 8, PHYS,
				    PAGE_KERNEL, PAGE_SIZE),
		  -EINVAL);
	EXPECT_EQ(t,
		  pgtable_map_range(pt.pgd, va, va + PAGE_SIZE, PHYS + 0x800,
				    PAGE_KERNEL, PAGE_SIZE),
		  -EINVAL);
	EXPECT_EQ(
		t,
		pgtable_map_range(pt.pgd, va, va, PHYS, PAGE_KERNEL, PAGE_SIZE),
		-EINVAL);
	EXPECT_EQ(t, nr_allocs, 1UL); /* the PGD */
	EXPECT_HOLE(t, pt.pgd, va);
	pt_fini(t, &pt);
}

/*
 * Run out of page-table pages after every possible number of allocations
 * while mapping [start, start + size): -ENOMEM, nothing of the range
 * mapped, and the table count back to what it was before.
 */
static void enomem_at_every_step(struct ktest *t, unsigned long start,
				 unsigned long size, phys_addr_t pa,
				 unsigned long max_page)
{
	unsigned long before, needed, n;
	struct pt pt;

	pt_init(t, &pt);
	/* A cold PGD: only the tables of kept top-level entries may stay. */
	alloc_fail_after = HW_LEVELS - 2;
	EXPECT_EQ(t, map(&pt, start, size, pa, PAGE_KERNEL, max_page), -ENOMEM);
	alloc_fail_after = -1;
	EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, start, start + size), 0UL);
	EXPECT_LE(t, nr_pgtable_pages,
		  pt.tables + kept_tables(start, start + size));

	/* Warm: count what a successful map allocates, then fail at each step. */
	ASSERT_EQ(t, map(&pt, start, size, pa, PAGE_KERNEL, max_page), 0);
	ASSERT_EQ(t, pgtable_unmap_range(pt.pgd, start, start + size), 0);
	before = nr_pgtable_pages;
	ASSERT_EQ(t, map(&pt, start, size, pa, PAGE_KERNEL, max_page), 0);
	needed = nr_pgtable_pages - before;
	ASSERT_EQ(t, pgtable_unmap_range(pt.pgd, start, start + size), 0);
	ASSERT_EQ(t, nr_pgtable_pages, before);
	/* (2-level kernel 4 KiB pages: 0, every table hangs off a kept entry.) */
	for (n = 0; n < needed; n++) {
		alloc_fail_after = (long)n;
		EXPECT_EQ(t, map(&pt, start, size, pa, PAGE_KERNEL, max_page),
			  -ENOMEM);
		alloc_fail_after = -1;
		EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, start, start + size), 0UL);
		EXPECT_EQ(t, nr_pgtable_pages, before);
		if (t->failed) {
			ktest_log(t, "... failing after %lu of %lu allocations",
				  n, needed);
			break;
		}
	}
	pt_fini(t, &pt);
}

KTEST(pgtable, map_enomem_unwinds)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(boundaries) && !t->failed; i++) {
		unsigned long start = boundaries[i].addr - MB(2) - KB(12);

		enomem_at_every_step(t, start, MB(5) + KB(512), PHYS,
				     PAGE_SIZE);
		enomem_at_every_step(t, start, MB(5) + KB(512),
				     PHYS + (start & (PMD_SIZE - 1)), PUD_SIZE);
		if (t->failed)
			ktest_log(t, "... across the %s boundary at %#lx",
				  boundaries[i].what, boundaries[i].addr);
	}
}

/* A split that finds no memory fails before changing anything. */
KTEST(pgtable, split_enomem_keeps_leaf)
{
	const unsigned long va = PAGE_OFFSET;
	unsigned long big = HW_LEVELS >= 4 ? PUD_SIZE : PMD_SIZE;
	pteval_t flags = leaf_flags(PAGE_KERNEL, big);
	struct pt pt;
	unsigned long tables;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, PUD_SIZE, PHYS, PAGE_KERNEL, PUD_SIZE), 0);
	tables = nr_pgtable_pages;
	alloc_fail_after = 0;
	EXPECT_EQ(
		t,
		pgtable_unmap_range(pt.pgd, va + PAGE_SIZE, va + 2 * PAGE_SIZE),
		-ENOMEM);
	EXPECT_EQ(t,
		  pgtable_protect_range(pt.pgd, va + PAGE_SIZE,
					va + 2 * PAGE_SIZE, 0, _PAGE_RW),
		  -ENOMEM);
	alloc_fail_after = -1;
	EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS + PAGE_SIZE, big, flags);
	EXPECT_EQ(t, nr_pgtable_pages, tables);
	if (HW_LEVELS >= 4) {
		/* The 1 GiB leaf splits, then the 2 MiB one cannot. */
		alloc_fail_after = 1;
		EXPECT_EQ(t,
			  pgtable_unmap_range(pt.pgd, va + PAGE_SIZE,
					      va + 2 * PAGE_SIZE),
			  -ENOMEM);
		alloc_fail_after = -1;
		EXPECT_LEAF(t, pt.pgd, va + PAGE_SIZE, PHYS + PAGE_SIZE,
			    PMD_SIZE, leaf_flags(PAGE_KERNEL, PMD_SIZE));
		EXPECT_EQ(t, hw_mapped_bytes(pt.pgd, va, va + PUD_SIZE),
			  PUD_SIZE);
	}
	pt_fini(t, &pt);
}

/* Empty and unaligned ranges touch nothing. */
KTEST(pgtable, empty_and_unaligned_ranges)
{
	const unsigned long va = VMALLOC_START + KB(8);
	pteval_t rw = leaf_flags(PAGE_KERNEL, PAGE_SIZE);
	struct pt pt;

	pt_init(t, &pt);
	ASSERT_EQ(t, map(&pt, va, 2 * PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE),
		  0);
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va, va), 0);
	EXPECT_EQ(t, pgtable_protect_range(pt.pgd, va, va, 0, _PAGE_RW), 0);
	EXPECT_EQ(t, walk_count(pt.pgd, va, va), 0U);
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va, va + 0x800), -EINVAL);
	EXPECT_EQ(t, pgtable_unmap_range(pt.pgd, va + 0x800, va + PAGE_SIZE),
		  -EINVAL);
	EXPECT_EQ(t, walk_page_range(pt.pgd, va, va + 0x800, &log_ops, &wl),
		  -EINVAL);
	check_pages(t, pt.pgd, va, 2 * PAGE_SIZE, PHYS, rw);
	pt_fini(t, &pt);
}

/* ---- walk_page_range -------------------------------------------------- */

/* A top-level boundary inside vmalloc is this far from its start (PAE: a PMD's). */
#define TOP_STEP (HW_LEVELS == 3 ? PMD_SIZE : PGDIR_SIZE)

/* A mix of every leaf size, across a top-level boundary, in both halves. */
struct expect_leaf {
	unsigned long addr, size;
};

static unsigned int map_mix(struct ktest *t, struct pt *pt,
			    struct expect_leaf *exp)
{
	const unsigned long b = VMALLOC_START + TOP_STEP;
	unsigned int n = 0;
	unsigned long va;

	/* 3 user pages. */
	if (map(pt, USER_VA, 3 * PAGE_SIZE, PHYS, PAGE_USER_RW, PAGE_SIZE))
		return 0;
	for (va = USER_VA; va < USER_VA + 3 * PAGE_SIZE; va += PAGE_SIZE)
		exp[n++] = (struct expect_leaf){ va, PAGE_SIZE };
	/* 2 large leaves in the direct map, and a 1 GiB one where it exists. */
	if (map(pt, PAGE_OFFSET, 2 * PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE))
		return 0;
	exp[n++] = (struct expect_leaf){ PAGE_OFFSET, PMD_SIZE };
	exp[n++] = (struct expect_leaf){ PAGE_OFFSET + PMD_SIZE, PMD_SIZE };
	if (HW_LEVELS >= 4) {
		if (map(pt, PAGE_OFFSET + GB(1), GB(1), PHYS, PAGE_KERNEL,
			PUD_SIZE))
			return 0;
		exp[n++] = (struct expect_leaf){ PAGE_OFFSET + GB(1), GB(1) };
	}
	/* 4 pages across the top-level boundary in vmalloc (in PAE, a PMD's). */
	if (map(pt, b - 2 * PAGE_SIZE, 4 * PAGE_SIZE, PHYS, PAGE_KERNEL,
		PUD_SIZE))
		return 0;
	for (va = b - 2 * PAGE_SIZE; va < b + 2 * PAGE_SIZE; va += PAGE_SIZE)
		exp[n++] = (struct expect_leaf){ va, PAGE_SIZE };
	ASSERT_EQ(t, n, HW_LEVELS >= 4 ? 10U : 9U);
	return n;
}

KTEST(pgtable, walk_leaves_in_order)
{
	struct expect_leaf exp[16];
	unsigned int n, i;
	struct pt pt;

	pt_init(t, &pt);
	n = map_mix(t, &pt, exp);
	ASSERT_NE(t, n, 0U);
	walk_log_reset(&wl, 0);
	EXPECT_EQ(t, walk_all(pt.pgd, &wl), 0);
	EXPECT_EQ(t, wl.nleaves, n);
	for (i = 0; i < n && i < wl.nleaves; i++) {
		enum pg_level level;
		pteval_t *e =
			lookup_address_in_pgd(pt.pgd, exp[i].addr, &level);

		EXPECT_EQ(t, wl.leaf[i].addr, exp[i].addr);
		EXPECT_EQ(t, wl.leaf[i].level, size_level(exp[i].size));
		EXPECT_TRUE(t, e && wl.leaf[i].entry == *e);
		if (t->failed) {
			ktest_log(t, "... leaf %u: expected %#lx", i,
				  exp[i].addr);
			break;
		}
	}
	/* A walk that starts inside a leaf reports the whole leaf. */
	EXPECT_EQ(t,
		  walk_count(pt.pgd, PAGE_OFFSET + PMD_SIZE / 2,
			     PAGE_OFFSET + PMD_SIZE + PAGE_SIZE),
		  2U);
	EXPECT_EQ(t, wl.leaf[0].addr, (unsigned long)PAGE_OFFSET);
	pt_fini(t, &pt);
}

/* The table callback sees every table below the PGD, once, at its level. */
KTEST(pgtable, walk_tables)
{
	static struct hw_table hw[WALK_MAX];
	struct expect_leaf exp[16];
	unsigned int nhw, i, j;
	struct pt pt;

	pt_init(t, &pt);
	ASSERT_NE(t, map_mix(t, &pt, exp), 0U);
	nhw = hw_tables_below(__pa(pt.pgd), 0, hw, 0, WALK_MAX);
	EXPECT_EQ(t, nhw, nr_pgtable_pages - 1);
	walk_log_reset(&wl, 0);
	EXPECT_EQ(t, walk_all(pt.pgd, &wl), 0);
	EXPECT_EQ(t, wl.ntables, nhw);
	for (i = 0; i < wl.ntables; i++) {
		for (j = 0; j < nhw && hw[j].pa != wl.table[i].table; j++)
			;
		if (j == nhw) {
			ktest_log(t, "table %#llx reported, not in the tree",
				  (unsigned long long)wl.table[i].table);
			EXPECT_LT(t, j, nhw);
			continue;
		}
		EXPECT_EQ(t, wl.table[i].level, hw_pgt[hw[j].lvl]);
		/* It is the table that translates the address it comes with. */
		EXPECT_EQ(t, hw_table_at(pt.pgd, wl.table[i].addr, hw[j].lvl),
			  wl.table[i].table);
		for (j = 0; j < i; j++)
			EXPECT_NE(t, wl.table[j].table, wl.table[i].table);
	}
	pt_fini(t, &pt);
}

/* A non-zero return from a callback stops the walk and is returned. */
KTEST(pgtable, walk_stops)
{
	struct expect_leaf exp[16];
	struct pt pt;

	pt_init(t, &pt);
	ASSERT_NE(t, map_mix(t, &pt, exp), 0U);
	walk_log_reset(&wl, 4);
	EXPECT_EQ(t, walk_all(pt.pgd, &wl), 7);
	EXPECT_EQ(t, wl.nleaves, 4U);
	EXPECT_EQ(t, wl.leaf[3].addr, exp[3].addr);
	EXPECT_EQ(t, wl.leaf[3].level, PG_LEVEL_2M);
	pt_fini(t, &pt);
}

/* ---- pgtable_alloc_pte ------------------------------------------------ */

KTEST(pgtable, alloc_pte_path)
{
	const unsigned long va = FIXADDR_START + 3 * PAGE_SIZE;
	struct pt pt;
	struct hw_walk w;
	enum pg_level level;
	pte_t *pte;
	unsigned long n;

	/* Out of memory at each level: NULL. */
	for (n = 0; n < HW_LEVELS - 1; n++) {
		pt_init(t, &pt);
		alloc_fail_after = (long)n;
		EXPECT_NULL(t, pgtable_alloc_pte(pt.pgd, va));
		pt_fini(t, &pt);
	}

	pt_init(t, &pt);
	pte = pgtable_alloc_pte(pt.pgd, va);
	ASSERT_NOT_NULL(t, pte);
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + HW_LEVELS - 1);
	EXPECT_TRUE(t, pte_none(*pte));
	EXPECT_FALSE(t, hw_walk(pt.pgd, va, &w));
	EXPECT_NULL(t, w.bad); /* e.g. no reserved bit in a PAE PDPT entry */
	/* It is the PTE the MMU would use: set it, and va translates. */
	set_pte(pte, pfn_pte(PFN_DOWN(PHYS), PAGE_KERNEL));
	EXPECT_LEAF(t, pt.pgd, va, PHYS, PAGE_SIZE,
		    leaf_flags(PAGE_KERNEL, PAGE_SIZE));
	EXPECT_PTR_EQ(t, lookup_address_in_pgd(pt.pgd, va, &level), pte);
	EXPECT_PTR_EQ(t, pgtable_alloc_pte(pt.pgd, va), pte);
	EXPECT_PTR_EQ(t, pgtable_alloc_pte(pt.pgd, va + PAGE_SIZE), pte + 1);
	EXPECT_EQ(t, nr_pgtable_pages, pt.tables + HW_LEVELS - 1);
	/* A large leaf maps the address: NULL, nothing allocated. */
	ASSERT_EQ(t, map(&pt, DIRECT_VA, PMD_SIZE, PHYS, PAGE_KERNEL, PMD_SIZE),
		  0);
	n = nr_pgtable_pages;
	EXPECT_NULL(t, pgtable_alloc_pte(pt.pgd, DIRECT_VA + PAGE_SIZE));
	EXPECT_EQ(t, nr_pgtable_pages, n);
	pt_fini(t, &pt);
}

/* ---- the folded levels ------------------------------------------------ */

/*
 * A folded level's offset function returns the entry above it; the value
 * read through the folded accessors is the hardware entry of the PGD page.
 */
KTEST(pgtable, folded_levels)
{
	const unsigned long va = PAGE_OFFSET;
	unsigned long top = hw_index(0, va);
	struct pt pt;
	pgd_t *pgd;
	p4d_t *p4d;
	pud_t *pud;
	pmd_t *pmd;
	pte_t *pte;
	u64 e;

	pt_init(t, &pt);
	/* Before mapping, a folded level is "present" and never "none". */
	pgd = pgd_offset_pgd(pt.pgd, va);
	EXPECT_EQ(t, pgd_present(*pgd), HW_LEVELS < 5);
	EXPECT_EQ(t, pgd_none(*pgd), HW_LEVELS == 5);
	if (HW_LEVELS < 4) {
		EXPECT_TRUE(t, p4d_present(*p4d_offset(pgd, va)));
		EXPECT_FALSE(t, p4d_none(*p4d_offset(pgd, va)));
	}

	ASSERT_EQ(t, map(&pt, va, PAGE_SIZE, PHYS, PAGE_KERNEL, PAGE_SIZE), 0);
	p4d = p4d_offset(pgd, va);
	pud = pud_offset(p4d, va);
	pmd = pmd_offset(pud, va);
	pte = pte_offset_kernel(pmd, va);
	if (HW_LEVELS < 5)
		EXPECT_PTR_EQ(t, p4d, pgd);
	else
		EXPECT_PTR_NE(t, (void *)p4d, (void *)pgd);
	if (HW_LEVELS < 4)
		EXPECT_PTR_EQ(t, pud, p4d);
	if (HW_LEVELS < 3)
		EXPECT_PTR_EQ(t, pmd, pud);
	EXPECT_EQ(t, pte_val(*pte),
		  (pteval_t)(PHYS | (__PAGE_KERNEL & __supported_pte_mask)));

#if HW_LEVELS == 2
	/* The PGD entry is the pmd: ((u32 *)pgd)[768] points at the PTE table. */
	e = ((u32 *)pt.pgd)[768];
	EXPECT_EQ(t, top, 768UL);
	EXPECT_EQ(t, e & HW_P, HW_P);
	EXPECT_EQ(t, e & HW_ADDR_MASK, __pa(pte - pte_index(va)));
	EXPECT_EQ(t, (u64)pmd_val(*pmd), e);
	EXPECT_EQ(t, (u64)pud_val(*pud), e);
	EXPECT_EQ(t, (u64)p4d_val(*p4d), e);
#elif HW_LEVELS == 3
	/* The PDPT entry is the pud: only P, pointing at the PMD table. */
	e = ((u64 *)pt.pgd)[3];
	EXPECT_EQ(t, top, 3UL);
	EXPECT_EQ(t, e & ~HW_ADDR_MASK, HW_P);
	EXPECT_EQ(t, e & HW_ADDR_MASK, __pa(pmd - pmd_index(va)));
	EXPECT_EQ(t, (u64)pud_val(*pud), e);
	EXPECT_EQ(t, (u64)p4d_val(*p4d), e);
	EXPECT_EQ(t, ((u64 *)__va(e & HW_ADDR_MASK))[0] & HW_ADDR_MASK,
		  __pa(pte - pte_index(va)));
#elif HW_LEVELS == 5
	/* The PML5 entry is the pgd, pointing at the p4d (PML4) table. */
	e = ((u64 *)pt.pgd)[273];
	EXPECT_EQ(t, top, 273UL);
	EXPECT_EQ(t, e & HW_P, HW_P);
	EXPECT_EQ(t, e & HW_ADDR_MASK, __pa(p4d - p4d_index(va)));
	EXPECT_EQ(t, (u64)pgd_val(*pgd), e);
	EXPECT_EQ(t, PTRS_PER_P4D, 512);
	/* Its entry p4d_index(va) points at the PUD table. */
	EXPECT_EQ(t, (u64)p4d_val(*p4d) & HW_ADDR_MASK,
		  __pa(pud - pud_index(va)));
#else
	/* The PML4 entry is the p4d, pointing at the PUD table. */
	e = ((u64 *)pt.pgd)[273];
	EXPECT_EQ(t, top, 273UL);
	EXPECT_EQ(t, e & HW_P, HW_P);
	EXPECT_EQ(t, e & HW_ADDR_MASK, __pa(pud - pud_index(va)));
	EXPECT_EQ(t, (u64)p4d_val(*p4d), e);
	EXPECT_EQ(t, (u64)pgd_val(*pgd), e);
#endif
	/* Nothing else in the PGD page was written. */
	for (top = 0; top < hw_ptrs[0]; top++)
		if (top != hw_index(0, va))
			EXPECT_EQ(t, hw_entry(__pa(pt.pgd), top), 0ULL);
	pt_fini(t, &pt);
}
