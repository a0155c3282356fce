// SPDX-License-Identifier: MIT
/*
 * W^X, checked at every boot: no kernel page is writable and executable
 * at once, and each section of the kernel image has the permissions
 * paging_init gave it (text RO+X, rodata RO+NX, data/bss RW+NX). A W+X
 * page is where injected code runs; a writable text page is where
 * running code gets patched.
 *
 * Without NX (2-level entries have no such bit; PAE and 64-bit entries
 * have it only if the CPU does) every page is executable, so only the
 * write permissions can be checked.
 */
#include <asm/layout.h>
#include <asm/setup.h>
#include <kernel/mm.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/ptdump.h>

struct wx_walk {
	struct wx_result *res;
	const char *what;     /* the section checked */
	pteval_t set, clear;  /* the flags its pages must have, and not */
	unsigned long mapped; /* bytes of it mapped */
};

static void wx_report(const char *what, const struct ptdump_range *r)
{
	const int w = (int)sizeof(unsigned long) * 2;
	char flags[32];

	ptdump_format_flags(flags, sizeof(flags), r->flags);
	printk("wx: %s: 0x%0*lx-0x%0*lx %s %s (%s)\n", what, w, r->start, w,
	       r->end, ptdump_level_name(r->level), flags,
	       r->region ? r->region->name : "?");
}

static int wx_kernel_range(const struct ptdump_range *r, void *priv)
{
	struct wx_walk *w = priv;
	unsigned long pages = (r->end - r->start) >> PAGE_SHIFT;

	w->res->checked += pages;
	if (w->res->nx && (r->flags & _PAGE_RW) && !(r->flags & _PAGE_NX)) {
		w->res->wx += pages;
		wx_report("W+X mapping", r);
	}
	return 0;
}

static int wx_section_range(const struct ptdump_range *r, void *priv)
{
	struct wx_walk *w = priv;

	w->mapped += r->end - r->start;
	if ((r->flags & w->set) != w->set || (r->flags & w->clear)) {
		w->res->bad_image += (r->end - r->start) >> PAGE_SHIFT;
		wx_report(w->what, r);
	}
	return 0;
}

/* Every page of the image section `id` mapped, with set and without clear. */
static void wx_check_section(pgd_t *pgd, enum layout_id id, pteval_t set,
			     pteval_t clear, struct wx_result *res)
{
	static const struct ptdump_ops ops = { .range = wx_section_range };
	const struct layout_region *sec = layout_find(id);
	char what[48];
	struct wx_walk w = { res, what, set, clear, 0 };

	snprintf(what, sizeof(what), "%s with wrong permissions", sec->name);
	ptdump_walk_ranges(pgd, sec->start, sec->end, &ops, &w, NULL);
	if (w.mapped != sec->end - sec->start) {
		res->bad_image +=
			(sec->end - sec->start - w.mapped) >> PAGE_SHIFT;
		printk("wx: %s: %lu of %lu pages not mapped\n", sec->name,
		       (sec->end - sec->start - w.mapped) >> PAGE_SHIFT,
		       (sec->end - sec->start) >> PAGE_SHIFT);
	}
}

void wx_scan(pgd_t *pgd, struct wx_result *res)
{
	static const struct ptdump_ops ops = { .range = wx_kernel_range };
	pteval_t nx = __supported_pte_mask & _PAGE_NX;
	struct wx_walk w = { .res = res };

	*res = (struct wx_result){ .nx = nx != 0 };
	ptdump_walk_ranges(pgd, KERNEL_SPACE_START, 0, &ops, &w, NULL);
	wx_check_section(pgd, LAYOUT_TEXT, 0, _PAGE_RW | _PAGE_NX, res);
	wx_check_section(pgd, LAYOUT_RODATA, nx, _PAGE_RW, res);
	wx_check_section(pgd, LAYOUT_DATA, _PAGE_RW | nx, 0, res);
}

/* Why this boot cannot keep W^X. */
static const char *wx_no_nx_reason(void)
{
	if (!_PAGE_NX)
		return "2-level paging entries have no NX bit";
	if (!boot_cpu.nx)
		return "the CPU has no NX (CPUID 0x80000001 EDX bit 20)";
	return "NX is not enabled";
}

void wx_check(void)
{
	struct wx_result res;

	wx_scan(init_mm.pgd, &res);
	if (res.wx || res.bad_image)
		panic("W^X: %lu W+X kernel pages, %lu kernel image pages with the wrong permissions (see above)",
		      res.wx, res.bad_image);
	if (res.nx)
		printk("wx: checked %lu kernel pages, no W+X mappings\n",
		       res.checked);
	else
		printk("wx: W^X cannot be enforced: %s; checked the %lu kernel pages for what can be: text read-only, rodata read-only, data writable\n",
		       wx_no_nx_reason(), res.checked);
}
