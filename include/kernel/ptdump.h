/* SPDX-License-Identifier: MIT */
/*
 * ptdump: the mappings of a PGD as merged ranges, labelled by the regions
 * of the kernel map (asm/layout.h), in the format of Linux's x86 ptdump
 * plus the physical address:
 *
 *   ---[ direct map ]---
 *   0xc0000000-0xc009f000     636K 0x0000000000 pte     RW         GLB NX
 *   0xc0200000-0xc7e00000     124M 0x0000200000 pmd     RW         GLB NX
 *
 * Adjacent leaves merge into one range when they have the same level and
 * flags (PTDUMP_FLAGS) and map contiguous physical memory. The walk skips
 * the x86_64 non-canonical hole. `ptdump` on the kernel command line
 * prints init_mm at boot. Also here: the W^X check of every boot.
 */
#ifndef KERNEL_PTDUMP_H
#define KERNEL_PTDUMP_H

#include <asm/layout.h>
#include <asm/pgtable.h>
#include <kernel/types.h>

/* The entry bits ptdump shows and compares; A and D change with use. */
#define PTDUMP_FLAGS                                                     \
	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | _PAGE_PWT | _PAGE_PCD | \
	 _PAGE_GLOBAL | _PAGE_NX)

struct ptdump_range {
	unsigned long start, end; /* virtual; end 0: the top of the space */
	phys_addr_t phys;	  /* where start maps to */
	enum pg_level level;	  /* the size of each leaf */
	pteval_t flags;		  /* PTDUMP_FLAGS bits of the leaves */
	const struct layout_region *region; /* where start lies; may be NULL */
};

struct ptdump_totals {
	unsigned long leaves[PG_LEVEL_NUM]; /* present leaves, by level */
	unsigned long ranges;		    /* merged ranges reported */
};

struct ptdump_ops {
	/* Each merged range, in address order; non-zero stops the walk. */
	int (*range)(const struct ptdump_range *r, void *priv);
	/* Optional: each layout region the walk enters, in address order. */
	void (*region)(const struct layout_region *region, void *priv);
};

/*
 * Walk [start, end) of pgd, both page-aligned (end 0: to the top; start
 * == end == 0: the whole address space), and report the merged ranges,
 * clipped to [start, end). totals (may be NULL) is zeroed, then counted.
 * Returns what a callback returned, what the walker returned (-EINVAL),
 * or 0.
 */
int ptdump_walk_ranges(pgd_t *pgd, unsigned long start, unsigned long end,
		       const struct ptdump_ops *ops, void *priv,
		       struct ptdump_totals *totals);

/* Print [start, end) of pgd with printk: region headers, ranges, totals. */
void ptdump_walk(pgd_t *pgd, unsigned long start, unsigned long end);

/* "RW     GLB NX" etc.: the flags of r as ptdump prints them, into buf. */
void ptdump_format_flags(char *buf, size_t size, pteval_t flags);

/* "pte", "pmd", "pud": the level a leaf of this size sits at. */
const char *ptdump_level_name(enum pg_level level);

/* ---- W^X (arch/x86/mm/wx.c) -------------------------------------------- */

struct wx_result {
	bool nx;		 /* NX exists here: W+X pages can be avoided */
	unsigned long checked;	 /* kernel pages looked at */
	unsigned long wx;	 /* of which writable and executable */
	unsigned long bad_image; /* image pages with the wrong permissions */
};

/*
 * Check the kernel half of pgd: count W+X pages (only when NX exists:
 * without it every writable page is executable) and check the image:
 * text read-only and executable, rodata read-only, data writable, both
 * NX when NX exists. Prints each offending range; never panics.
 */
void wx_scan(pgd_t *pgd, struct wx_result *res);

/*
 * The boot check of init_mm: one summary line, or the offending ranges
 * and panic("W^X: ...").
 */
void wx_check(void);

#endif
