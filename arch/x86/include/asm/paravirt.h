/* SPDX-License-Identifier: MIT */
/*
 * Paravirtualized MMU operations. With CONFIG_PARAVIRT (PARAVIRT=y, the
 * default) every page-table write, CR3 access and TLB flush of the kernel
 * goes through pv_mmu_ops, so a backend can watch or batch them the way a
 * hypervisor does; with PARAVIRT=n they compile to the native instructions
 * with no indirection.
 *
 * Backends (kernel command line pv=): "native", and "checking", which
 * behaves like a hypervisor: in lazy MMU mode it queues page-table writes
 * and applies them only on leave or flush, and it validates every write
 * (arch/x86/kernel/paravirt_checking.c).
 *
 * Lazy MMU mode batches writes: code inside it must not read back an
 * entry it wrote before a flush. The generic code flushes after linking a
 * new table (the *_populate helpers); the #PF sync writes its entry with
 * set_pgd and flushes before returning, or the same fault comes back.
 */
#ifndef ASM_PARAVIRT_H
#define ASM_PARAVIRT_H

#include <asm/pgtable_types.h>
#include <asm/processor.h>
#include <kernel/types.h>

struct pv_mmu_ops {
	const char *name;
	unsigned long (*read_cr3)(void);
	void (*write_cr3)(unsigned long cr3);
	void (*flush_tlb_one)(unsigned long addr);
	void (*flush_tlb_all)(void);
	/* Entry writes: a zero value clears. */
	void (*set_pte)(pteval_t *p, pteval_t v);
	void (*set_pmd)(pteval_t *p, pteval_t v);
	void (*set_pud)(pteval_t *p, pteval_t v);
	void (*set_p4d)(pteval_t *p, pteval_t v);
	void (*set_pgd)(pteval_t *p, pteval_t v);
	void (*enter_lazy_mmu)(void);
	void (*leave_lazy_mmu)(void);
	void (*flush_lazy_mmu)(void);
	/* A page becomes, or stops being, a page-table page. */
	void (*alloc_pt)(phys_addr_t table);
	void (*release_pt)(phys_addr_t table);
};

#ifdef CONFIG_PARAVIRT
extern struct pv_mmu_ops pv_mmu_ops;

#define pv_set_entry(lvl, p, v) pv_mmu_ops.set_##lvl((pteval_t *)(p), (v))
#define arch_enter_lazy_mmu_mode() pv_mmu_ops.enter_lazy_mmu()
#define arch_leave_lazy_mmu_mode() pv_mmu_ops.leave_lazy_mmu()
#define arch_flush_lazy_mmu_mode() pv_mmu_ops.flush_lazy_mmu()
#define paravirt_alloc_pt(t) pv_mmu_ops.alloc_pt(t)
#define paravirt_release_pt(t) pv_mmu_ops.release_pt(t)

#define paravirt_read_cr3() pv_mmu_ops.read_cr3()
#define paravirt_write_cr3(v) pv_mmu_ops.write_cr3(v)

/* Select the backend by name (after page_alloc_init); -1 if unknown. */
int paravirt_select(const char *name);
#else
#define pv_set_entry(lvl, p, v) native_set_entry((pteval_t *)(p), (v))
#define arch_enter_lazy_mmu_mode() \
	do {                       \
	} while (0)
#define arch_leave_lazy_mmu_mode() \
	do {                       \
	} while (0)
#define arch_flush_lazy_mmu_mode() \
	do {                       \
	} while (0)
#define paravirt_alloc_pt(t) \
	do {                 \
		(void)(t);   \
	} while (0)
#define paravirt_release_pt(t) \
	do {                   \
		(void)(t);     \
	} while (0)
#define paravirt_read_cr3() read_cr3()
#define paravirt_write_cr3(v) write_cr3(v)
#endif

#endif
