// SPDX-License-Identifier: MIT
/*
 * The paravirt MMU operations table and its native backend: the real
 * instructions, one indirect call away. pv=checking on the command line
 * switches to the checking backend (paravirt_checking.c).
 */
#include <asm/paravirt.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <kernel/printk.h>
#include <kernel/string.h>

extern const struct pv_mmu_ops pv_checking_ops;
void pv_checking_start(void);

static unsigned long native_read_cr3_op(void)
{
	return read_cr3();
}

static void native_write_cr3_op(unsigned long cr3)
{
	write_cr3(cr3);
}

static void native_set_entry_op(pteval_t *p, pteval_t v)
{
	native_set_entry(p, v);
}

static void native_nop(void)
{
}

static void native_pt_nop(phys_addr_t table __attribute__((unused)))
{
}

/* A macro, so that pv_mmu_ops can start out native in a constant initializer. */
#define NATIVE_PV_MMU_OPS                                                     \
	{                                                                     \
		.name = "native", .read_cr3 = native_read_cr3_op,             \
		.write_cr3 = native_write_cr3_op,                             \
		.flush_tlb_one = native_flush_tlb_one,                        \
		.flush_tlb_all = native_flush_tlb_all,                        \
		.set_pte = native_set_entry_op,                               \
		.set_pmd = native_set_entry_op,                               \
		.set_pud = native_set_entry_op,                               \
		.set_p4d = native_set_entry_op,                               \
		.set_pgd = native_set_entry_op, .enter_lazy_mmu = native_nop, \
		.leave_lazy_mmu = native_nop, .flush_lazy_mmu = native_nop,   \
		.alloc_pt = native_pt_nop, .release_pt = native_pt_nop,       \
	}

static const struct pv_mmu_ops native_ops = NATIVE_PV_MMU_OPS;

struct pv_mmu_ops pv_mmu_ops = NATIVE_PV_MMU_OPS;

int paravirt_select(const char *name)
{
	if (strcmp(name, "native") == 0) {
		pv_mmu_ops = native_ops;
	} else if (strcmp(name, "checking") == 0) {
		pv_checking_start();
		pv_mmu_ops = pv_checking_ops;
	} else {
		printk("pv: unknown backend '%s' (native, checking); keeping %s\n",
		       name, pv_mmu_ops.name);
		return -1;
	}
	printk("pv: %s MMU operations\n", pv_mmu_ops.name);
	return 0;
}
