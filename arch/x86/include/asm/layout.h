/* SPDX-License-Identifier: MIT */
/*
 * The kernel's virtual map as data: one row per region, in address order
 * (arch/x86/mm/layout.c). ptdump prints a header when its walk enters a
 * region, the W^X check and the tests find the kernel image by it, and
 * docs/memory-map.md draws the same rows. The constants are asm/page.h's.
 *
 * A row either follows the rows before it or lies wholly inside one of
 * them (nested: the kernel image and the ISA hole inside the direct map
 * on i386): the region of an address is the last row that contains it,
 * and the enclosing row resumes after a nested one ends.
 */
#ifndef ASM_LAYOUT_H
#define ASM_LAYOUT_H

#include <asm/page.h>
#include <kernel/types.h>

/*
 * x86_64: bits 63..47 (4-level) or 63..56 (5-level) all equal; between
 * the halves lies no address. User space ends at TASK_SIZE in both.
 */
#define USER_SPACE_END TASK_SIZE
#define KERNEL_SPACE_START KERNEL_HALF_START
#define USER_HALF_END_L5 (1UL << 56) /* end of the 5-level lower half */

/* The physical range of the legacy VGA and BIOS area, mapped uncached. */
#define ISA_START 0xa0000UL
#define ISA_END 0x100000UL

/* What a row is; a mode has at most one row of each, except unused. */
enum layout_id {
	LAYOUT_USER,	     /* user space: the kernel maps nothing here */
	LAYOUT_NONCANONICAL, /* no address translates: walks skip it */
	LAYOUT_UNUSED,	     /* kernel space the kernel does not use */
	LAYOUT_DIRECT_MAP,   /* lowmem at PAGE_OFFSET + physical address */
	LAYOUT_ISA,	     /* the legacy VGA/BIOS hole, uncached */
	LAYOUT_KERNEL_IMAGE, /* x86_64: the -2 GiB the image is linked in */
	LAYOUT_TEXT,	     /* _text.._rodata: read-only, executable */
	LAYOUT_RODATA,	     /* _rodata.._data: read-only, NX */
	LAYOUT_DATA,	     /* _data.._end (data and bss): RW, NX */
	LAYOUT_GAP,	     /* unmapped: catches overruns of the direct map */
	LAYOUT_VMALLOC,	     /* VMALLOC_START..VMALLOC_END */
	LAYOUT_FIXMAP,	     /* FIXADDR_START..FIXADDR_END: kmap slots */
};

struct layout_region {
	enum layout_id id;
	const char *name;
	unsigned long start;
	unsigned long end; /* exclusive; 0 is the top of the address space */
};

/* The rows of the paging format chosen at boot (x86_64: 4- or 5-level). */
extern const struct layout_region *kernel_layout;
extern unsigned int kernel_layout_count;

/*
 * Pick the rows and the layout variables (asm/page.h) of the format
 * boot/head_64.asm chose. Called from there, before start_kernel.
 */
void layout_init(void);

/*
 * The region of addr (the innermost row containing it; NULL if none) and,
 * in *next, where the stretch of addr in that region ends: the next
 * address whose region is another one (0: the top of the address space).
 */
const struct layout_region *layout_region_at(unsigned long addr,
					     unsigned long *next);

/* The first row of kind id, or NULL if the mode has none. */
const struct layout_region *layout_find(enum layout_id id);

/* Print the table, one row a line (boot, with `ptdump`). */
void layout_print(void);

#endif
