// SPDX-License-Identifier: MIT
/*
 * Per-process page directories: pgd_alloc / pgd_free and pgd_list.
 */
#include <asm/processor.h>
#include <kernel/errno.h>
#include <kernel/fault.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/pgtable.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/task_stack.h>

LIST_HEAD(pgd_list);
unsigned long nr_pgds;

/* User PMD pages that PAE allocates with the PGD: one per user PDPT entry. */
#define PREALLOCATED_PMDS (PGTABLE_TOP_TABLES_PINNED ? KERNEL_PGD_BOUNDARY : 0)

/*
 * pgd_list and every PGD's kernel half (writes to it, copies of it). Taken
 * with interrupts off, so it may nest inside any lock but the locks of
 * the allocators (docs/smp.md); never taken by the fault path.
 */
DEFINE_SPINLOCK(pgd_lock);

static void free_user_tables(pgd_t *pgd);

int pgd_alloc(struct mm_struct *mm)
{
	phys_addr_t pgd_phys = pgtable_alloc(), pmd[4];
	const unsigned int nr_pmds = PREALLOCATED_PMDS;
	unsigned long flags;
	unsigned int i;
	pgd_t *pgd;

	if (!pgd_phys)
		return -ENOMEM;
	pgd = __va(pgd_phys);
	for (i = 0; i < nr_pmds; i++) {
		pmd[i] = pgtable_alloc();
		if (!pmd[i])
			goto out_free_pmds;
	}
	for (i = 0; i < nr_pmds; i++)
		pud_populate((pud_t *)&pgd[i], pmd[i], _PAGE_TABLE);

	/*
	 * The kernel half, from KERNEL_PGD_BOUNDARY (PAE: PDPT entry 3, the
	 * shared kernel PMD). Under the lock, so an eager sync sees this PGD
	 * or the copy sees its entry.
	 */
	spin_lock_irqsave(&pgd_lock, flags);
	memcpy(pgd + KERNEL_PGD_BOUNDARY, init_mm.pgd + KERNEL_PGD_BOUNDARY,
	       (PTRS_PER_PGD - KERNEL_PGD_BOUNDARY) * sizeof(pgd_t));
	mm->pgd = pgd;
	kpgd_origin_birth(mm);
	list_add(&mm->pgd_list, &pgd_list);
	nr_pgds++;
	spin_unlock_irqrestore(&pgd_lock, flags);
	return 0;

out_free_pmds:
	while (i--)
		pgtable_free(pmd[i]);
	pgtable_free(pgd_phys);
	return -ENOMEM;
}

void pgd_free(struct mm_struct *mm)
{
	unsigned long flags;

	spin_lock_irqsave(&pgd_lock, flags);
	list_del(&mm->pgd_list);
	nr_pgds--;
	spin_unlock_irqrestore(&pgd_lock, flags);
	free_user_tables(mm->pgd);
	kpgd_origin_forget(mm);
	pgtable_free(__pa(mm->pgd));
	mm->pgd = NULL;
}

/* ---- keeping kernel top-level entries in sync ---------------------------- */

enum kpgd_sync_mode kpgd_sync = KPGD_SYNC_LAZY;
struct mm_struct *kpgd_eager_test_skip;
unsigned long kpgd_eager_copies, kpgd_propagated, kpgd_prealloc_pages;

static const char *const kpgd_sync_names[] = { "lazy", "eager", "prealloc" };

/*
 * The lazy scheme rests on one invariant: a kernel top-level entry of
 * init_mm only ever goes from empty to present, so a copy anywhere is
 * never stale. A present one that changes (2-level: a 4 MiB leaf
 * unmapped, split or protected) is therefore written into every PGD here,
 * under pgd_lock, in every strategy, as Linux's 32-bit set_pmd_pte does;
 * the caller's TLB flush then finishes the change. (docs/page-faults.md)
 */
void pgtable_top_level_set(void *entry, unsigned long addr, bool was_present)
{
	pgd_t *ref = pgd_offset_pgd(init_mm.pgd, addr);
	struct mm_struct *mm;
	unsigned long flags;

	if (entry != (void *)ref)
		return; /* another PGD's own entry: nobody copies it */
	/*
	 * A new entry in the vmalloc range reaches the others through the #PF
	 * sync (lazy) or exists from boot (prealloc). Anywhere else (the
	 * direct map, say) no fault would ever fetch it: copy it now.
	 */
	if (!was_present && kpgd_sync != KPGD_SYNC_EAGER &&
	    addr >= VMALLOC_START && addr < VMALLOC_END)
		return;
	spin_lock_irqsave(&pgd_lock, flags);
	list_for_each_entry (mm, &pgd_list, pgd_list) {
		if (!was_present && mm == kpgd_eager_test_skip)
			continue; /* as if this copy had not been reached yet */
		set_pgd(pgd_offset_pgd(mm->pgd, addr), *ref);
		if (was_present) {
			kpgd_propagated++;
		} else {
			kpgd_origin_note(pgd_offset_pgd(mm->pgd, addr),
					 KPGD_ORIGIN_EAGER);
			kpgd_eager_copies++;
		}
	}
	spin_unlock_irqrestore(&pgd_lock, flags);
}

/*
 * prealloc: give every top-level slot of the vmalloc range its table now,
 * so that no kernel top-level entry ever appears later. (PAE: nothing to
 * do, the shared kernel PMD page is the top level's only table.)
 */
static int kpgd_prealloc(void)
{
	unsigned long a = VMALLOC_START & PGDIR_MASK;

	if (PGTABLE_TOP_TABLES_PINNED)
		return 0;
	for (; a < VMALLOC_END && a >= (VMALLOC_START & PGDIR_MASK);
	     a += PGDIR_SIZE) {
		pgd_t *pgd = pgd_offset_pgd(init_mm.pgd, a);
		p4d_t *p4d = p4d_offset(pgd, a);
		phys_addr_t t;

		if (pgd_val(*pgd))
			continue;
		t = pgtable_alloc();
		if (!t)
			return -ENOMEM;
		if (PGTABLE_TOP_LEVEL == PGT_PGD)
			pgd_populate(pgd, t, _KERNPG_TABLE);
		else if (PGTABLE_TOP_LEVEL == PGT_P4D)
			p4d_populate(p4d, t, _KERNPG_TABLE);
		else
			pmd_populate(pmd_offset(pud_offset(p4d, a), a), t,
				     _KERNPG_TABLE);
		kpgd_prealloc_pages++;
	}
	return 0;
}

int kpgd_sync_init(const char *mode)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(kpgd_sync_names); i++) {
		if (strcmp(mode, kpgd_sync_names[i]) == 0) {
			kpgd_sync = (enum kpgd_sync_mode)i;
			break;
		}
	}
	if (i == ARRAY_SIZE(kpgd_sync_names)) {
		printk("kpgd_sync: unknown strategy '%s' (lazy, eager, prealloc); keeping lazy\n",
		       mode);
		return -EINVAL;
	}
	if (kpgd_sync == KPGD_SYNC_PREALLOC && kpgd_prealloc())
		panic("kpgd_sync: no memory to preallocate the vmalloc tables");
	printk("kpgd_sync: %s%s", kpgd_sync_names[kpgd_sync],
	       kpgd_sync == KPGD_SYNC_PREALLOC ? "" : "\n");
	if (kpgd_sync == KPGD_SYNC_PREALLOC)
		printk(", %lu page-table pages (%lu KiB) for the whole vmalloc range\n",
		       kpgd_prealloc_pages,
		       kpgd_prealloc_pages * (PAGE_SIZE / 1024));
	return 0;
}

/* ---- freeing the user half ------------------------------------------ */

static void free_pte_table(pmd_t *pmd)
{
	if (!pmd_none(*pmd) && !pmd_leaf(*pmd))
		pgtable_free(pmd_table_phys(*pmd));
}

static void free_pmd_tables(pud_t *pud, unsigned long addr, unsigned long end)
{
	pmd_t *pmd = pmd_offset(pud, addr);
	unsigned long next;

	do {
		next = pmd_addr_end(addr, end);
		free_pte_table(pmd);
	} while (pmd++, addr = next, addr != end);
	if (!PGTABLE_PMD_FOLDED && !pud_none(*pud) && !pud_leaf(*pud))
		pgtable_free(pud_table_phys(*pud));
}

static void free_pud_tables(p4d_t *p4d, unsigned long addr, unsigned long end)
{
	pud_t *pud = pud_offset(p4d, addr);
	unsigned long next;

	do {
		next = pud_addr_end(addr, end);
		if (!pud_none(*pud) && !pud_leaf(*pud))
			free_pmd_tables(pud, addr, next);
	} while (pud++, addr = next, addr != end);
	if (!PGTABLE_PUD_FOLDED && !p4d_none(*p4d))
		pgtable_free(p4d_table_phys(*p4d));
}

static void free_p4d_tables(pgd_t *pgd, unsigned long addr, unsigned long end)
{
	p4d_t *p4d = p4d_offset(pgd, addr);
	unsigned long next;

	do {
		next = p4d_addr_end(addr, end);
		if (!p4d_none(*p4d))
			free_pud_tables(p4d, addr, next);
	} while (p4d++, addr = next, addr != end);
	if (!PGTABLE_P4D_FOLDED)
		pgtable_free(pgd_table_phys(*pgd));
}

/*
 * Every table under the user half of pgd, the preallocated PAE PMDs
 * included: they belong to this PGD alone, whatever they still map.
 */
static void free_user_tables(pgd_t *pgd_base)
{
	unsigned long addr = 0, end = KERNEL_PGD_BOUNDARY * PGDIR_SIZE, next;
	pgd_t *pgd = pgd_base;

	do {
		next = pgd_addr_end(addr, end);

		if (pgd_none(*pgd))
			continue;
		free_p4d_tables(pgd, addr, next);
	} while (pgd++, addr = next, addr != end);
}

/* ---- mm_struct ---------------------------------------------------------- */

void mmgrab(struct mm_struct *mm)
{
	__atomic_add_fetch(&mm->count, 1, __ATOMIC_RELAXED);
}

void mmdrop(struct mm_struct *mm)
{
	if (mm != &init_mm &&
	    __atomic_sub_fetch(&mm->count, 1, __ATOMIC_ACQ_REL) == 0)
		mm_free(mm);
}

struct mm_struct *mm_alloc(void)
{
	struct mm_struct *mm = kzalloc(sizeof(*mm), GFP_KERNEL);

	if (!mm)
		return NULL;
	spin_lock_init(&mm->page_table_lock);
	if (pgd_alloc(mm)) {
		kfree(mm);
		return NULL;
	}
	mm->count = 1;
	return mm;
}

void mm_free(struct mm_struct *mm)
{
	free_user_pages(mm);
	pgd_free(mm);
	kfree(mm);
}

struct mm_struct *cpu_loaded_mm[NR_CPUS] = { [0 ... NR_CPUS - 1] = &init_mm };

/*
 * Copy init_mm's top-level entry for addr into pgd if pgd lacks it (the
 * lazy sync, done ahead of the fault). PAE: nothing is ever missing.
 */
static bool sync_kernel_slot(pgd_t *pgd, unsigned long addr)
{
	pgd_t *ref = pgd_offset_pgd(init_mm.pgd, addr);
	pgd_t *e = pgd_offset_pgd(pgd, addr);

	if (PGTABLE_TOP_TABLES_PINNED || pgd_val(*e) || !pgd_val(*ref))
		return false;
	set_pgd(e, *ref);
	arch_flush_lazy_mmu_mode();
	kpgd_origin_note(e, KPGD_ORIGIN_LAZY); /* a #PF sync, done ahead */
	return true;
}

void switch_mm(struct mm_struct *mm)
{
	unsigned long cr3 = (unsigned long)__pa(mm->pgd);
	unsigned int cpu = smp_processor_id();
	struct mm_struct *old = cpu_loaded_mm[cpu];

	if ((paravirt_read_cr3() & CR3_PGD_MASK) == cr3)
		return;
	/*
	 * The next push after the CR3 load uses this stack: were its slot
	 * missing from the new PGD, that #PF could not be pushed (a #DF).
	 */
	if (!stack_test_skip_sync &&
	    sync_kernel_slot(mm->pgd, current_stack_pointer()))
		task_stack_stat_inc(stack_syncs);
	/*
	 * In the mask before the load (a locked op: also after the walk's
	 * view of the tables), out of the old one after: a flusher that
	 * misses this CPU finds its changes already in the tables.
	 */
	__atomic_or_fetch(&mm->cpu_bitmap, 1UL << cpu, __ATOMIC_SEQ_CST);
	cpu_loaded_mm[cpu] = mm;
	paravirt_write_cr3(cr3);
	if (old != mm)
		__atomic_and_fetch(&old->cpu_bitmap, ~(1UL << cpu),
				   __ATOMIC_SEQ_CST);
	pf_loop_guard_reset(); /* another address space: not a loop */
}
