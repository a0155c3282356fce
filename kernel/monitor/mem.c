// SPDX-License-Identifier: MIT
/*
 * Monitor commands about memory: meminfo, vmallocinfo, ptdump, and the
 * hands-on vmalloc, vfree, peek, poke. peek and poke run under an
 * exception catch: a bad address prints the decoded fault, nothing more.
 */
#include <asm/irq.h>
#include <asm/traps.h>
#include <kernel/errno.h>
#include <kernel/exception.h>
#include <kernel/ksyms.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/ptdump.h>
#include <kernel/sched.h>
#include <kernel/slab.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "monitor.h"

#define KB(pages) ((pages) * (PAGE_SIZE / 1024))
#define MON_MAX_AREAS 32
#define MON_PEEK_MAX 64

/* Areas the `vmalloc` command handed out: the only ones vfree/poke touch. */
static void *mon_areas[MON_MAX_AREAS];

/* ---- meminfo ------------------------------------------------------------- */

static void meminfo_line(const char *label, unsigned long kb)
{
	printk("%-16s%8lu kB\n", label, kb);
}

int mon_meminfo(int argc __unused, char **argv __unused)
{
	unsigned int z;

	meminfo_line("MemTotal:", KB(totalram_pages()));
	meminfo_line("MemFree:", KB(nr_free_pages()));
	meminfo_line("HighTotal:", KB(zones[ZONE_HIGHMEM].managed_pages));
	meminfo_line("HighFree:", KB(nr_free_highpages()));
	meminfo_line("Slab:", KB(kmem_pages()));
	meminfo_line("PageTables:", KB(nr_pgtable_pages));
	meminfo_line("VmallocTotal:", (VMALLOC_END - VMALLOC_START) / 1024);
	meminfo_line("VmallocUsed:", KB(vmalloc_stats.pages));
	meminfo_line("VmallocChunk:", 0);
	for (z = 0; z < MAX_NR_ZONES; z++)
		printk("Node 0, zone %8s  pages free %lu managed %lu\n",
		       zones[z].name ? zones[z].name : "?",
		       zone_free_pages(&zones[z]), zones[z].managed_pages);
	printk("vmalloc: %lu areas, %lu pages, %lu page-table pages for the range\n",
	       vmalloc_stats.areas, vmalloc_stats.pages,
	       vmalloc_stats.pgtable_pages);
	return 0;
}

/* ---- vmallocinfo ----------------------------------------------------------- */

int mon_vmallocinfo_line(const struct vm_struct *vm, char *buf, size_t size)
{
	char sym[96];
	int n;

	/* vfreed, its range (merged neighbours too) not yet purged: as Linux. */
	if (vm->flags & VM_LAZY)
		return snprintf(buf, size, "%p-%p %7lu unpurged vm_area",
				(void *)vm->va.va_start, (void *)vm->va.va_end,
				vm->va.va_end - vm->va.va_start);
	n = snprintf(buf, size, "%p-%p %7lu", vm->addr,
		     (void *)((unsigned long)vm->addr + vm->size), vm->size);
	if (vm->caller)
		n += snprintf(buf + n, size > (size_t)n ? size - n : 0, " %s",
			      ksym_format((unsigned long)vm->caller, sym,
					  sizeof(sym)));
	if (vm->nr_pages)
		n += snprintf(buf + n, size > (size_t)n ? size - n : 0,
			      " pages=%u", vm->nr_pages);
	if (vm->flags & VM_IOREMAP)
		n += snprintf(buf + n, size > (size_t)n ? size - n : 0,
			      " phys=0x%llx ioremap",
			      (unsigned long long)vm->phys_addr);
	if (vm->flags & VM_ALLOC)
		n += snprintf(buf + n, size > (size_t)n ? size - n : 0,
			      " vmalloc");
	if (vm->flags & VM_MAP)
		n += snprintf(buf + n, size > (size_t)n ? size - n : 0,
			      " vmap");
	return n;
}

int mon_vmallocinfo(int argc __unused, char **argv __unused)
{
	struct vmap_area *va;
	char line[192];

	for (va = vmap_area_first(&vmap_area_root); va;
	     va = vmap_area_next(&vmap_area_root, va)) {
		mon_vmallocinfo_line(container_of(va, struct vm_struct, va),
				     line, sizeof(line));
		printk("%s\n", line);
	}
	return 0;
}

/* ---- ptdump ------------------------------------------------------------------ */

int mon_ptdump(int argc, char **argv)
{
	struct task_struct *t;
	unsigned long pid;

	if (argc == 1) {
		ptdump_walk(init_mm.pgd, KERNEL_HALF_START, 0);
		return 0;
	}
	if (mon_arg_ulong("ptdump", "pid", argv[1], &pid))
		return -EINVAL;
	t = pid <= 0x7fffffffUL ? mon_find_task((int)pid) : NULL;
	if (!t) {
		printk("ptdump: no task with pid %lu (see ps)\n", pid);
		return -ESRCH;
	}
	if (!t->mm || t->mm == &init_mm) {
		printk("ptdump: pid %lu (%s) has no address space of its own: it runs on %s\n",
		       pid, t->comm, t->mm ? "init_mm" : "a borrowed one");
		return -EINVAL;
	}
	ptdump_walk(t->mm->pgd, 0, 0);
	return 0;
}

/* ---- vmalloc and vfree --------------------------------------------------------- */

static int mon_area_index(const void *addr)
{
	int i;

	for (i = 0; i < MON_MAX_AREAS; i++)
		if (mon_areas[i] == addr)
			return i;
	return -1;
}

/* The monitor area holding [addr, addr + len), guard page included. */
static bool mon_area_holds(unsigned long addr, unsigned long len)
{
	int i;

	for (i = 0; i < MON_MAX_AREAS; i++) {
		struct vm_struct *vm =
			mon_areas[i] ? find_vm_area(mon_areas[i]) : NULL;

		if (vm && addr >= vm->va.va_start &&
		    addr + len <= vm->va.va_end && addr + len > addr)
			return true;
	}
	return false;
}

int mon_vmalloc(int argc __unused, char **argv)
{
	unsigned long size, max = (nr_free_pages() / 2) * PAGE_SIZE;
	int slot = mon_area_index(NULL);
	void *p;

	if (mon_arg_size("vmalloc", "size", argv[1], &size))
		return -EINVAL;
	if (!size || size > max) {
		printk("vmalloc: size %lu is out of range (1 .. %lu bytes, half the free memory)\n",
		       size, max);
		return -ERANGE;
	}
	if (slot < 0) {
		printk("vmalloc: the monitor holds %d areas already; vfree one first\n",
		       MON_MAX_AREAS);
		return -ENOMEM;
	}
	p = vmalloc(size);
	if (!p) {
		printk("vmalloc: no memory or no vmalloc space for %lu bytes\n",
		       size);
		return -ENOMEM;
	}
	mon_areas[slot] = p;
	printk("vmalloc: %lu bytes at %p (%lu pages, pgd[%lu])\n", size, p,
	       ALIGN_UP(size, PAGE_SIZE) / PAGE_SIZE,
	       pgd_index((unsigned long)p));
	return 0;
}

int mon_vfree(int argc __unused, char **argv)
{
	unsigned long addr;
	int i;

	if (mon_arg_ulong("vfree", "address", argv[1], &addr))
		return -EINVAL;
	i = addr ? mon_area_index((void *)addr) : -1;
	if (i < 0) {
		printk("vfree: 0x%lx is not an area from the vmalloc command (see vmallocinfo)\n",
		       addr);
		return -EINVAL;
	}
	vfree(mon_areas[i]);
	mon_areas[i] = NULL;
	printk("vfree: freed %p\n", (void *)addr);
	return 0;
}

/* ---- peek and poke ---------------------------------------------------------------- */

/* One line for a caught exception at addr, then the vmalloc area if any. */
static void mon_report_fault(const char *cmd, const struct fault_info *fi,
			     unsigned long addr)
{
	unsigned long e = fi->error_code;

	if (fi->vector == X86_TRAP_PF) {
		printk("%s: #PF at 0x%lx: supervisor %s in kernel mode, error_code(0x%04lx) - %s\n",
		       cmd, fi->address,
		       (e & X86_PF_INSTR)   ? "instruction fetch"
		       : (e & X86_PF_WRITE) ? "write access"
					    : "read access",
		       e,
		       !(e & X86_PF_PROT)  ? "not-present page"
		       : (e & X86_PF_RSVD) ? "reserved bit violation"
					   : "permissions violation");
		vmalloc_report_address(fi->address);
	} else {
		printk("%s: %s at 0x%lx (error_code 0x%lx)%s\n", cmd,
		       exception_name(fi->vector), addr, e,
		       fi->vector == X86_TRAP_GP ? ": a non-canonical address?"
						 : "");
	}
}

int mon_peek(int argc, char **argv)
{
	unsigned long addr, n = 1, i;
	struct fault_info fi;

	if (mon_arg_ulong("peek", "address", argv[1], &addr))
		return -EINVAL;
	if (argc == 3 && mon_arg_ulong("peek", "count", argv[2], &n))
		return -EINVAL;
	if (n < 1 || n > MON_PEEK_MAX) {
		printk("peek: count %lu is out of range (1 .. %d)\n", n,
		       MON_PEEK_MAX);
		return -ERANGE;
	}
	if (addr + n * sizeof(long) < addr) {
		printk("peek: 0x%lx + %lu words wraps around the address space\n",
		       addr, n);
		return -ERANGE;
	}
	for (i = 0; i < n; i++) {
		const unsigned long *p = (const unsigned long *)addr + i;
		volatile unsigned long v = 0;

		if (catch_exception(&fi, 0,
				    v = *(const volatile unsigned long *)p)) {
			if (i % 4)
				printk("\n");
			mon_report_fault("peek", &fi, (unsigned long)p);
			return -EFAULT;
		}
		if (i % 4 == 0)
			printk("%p:", p);
		printk(" %0*lx", (int)(2 * sizeof(long)), v);
		if (i % 4 == 3 || i == n - 1)
			printk("\n");
	}
	return 0;
}

int mon_poke(int argc __unused, char **argv)
{
	unsigned long addr, val;
	enum pg_level level;
	struct fault_info fi;

	if (mon_arg_ulong("poke", "address", argv[1], &addr) ||
	    mon_arg_ulong("poke", "value", argv[2], &val))
		return -EINVAL;
	if (addr % sizeof(long)) {
		printk("poke: address 0x%lx is not aligned to %u bytes\n", addr,
		       (unsigned int)sizeof(long));
		return -EINVAL;
	}
	/*
	 * Writing kernel memory at random is how a monitor crashes a
	 * kernel: only monitor areas, or addresses nothing maps (the
	 * write faults, which is the point).
	 */
	if (!mon_area_holds(addr, sizeof(long)) &&
	    lookup_address_in_pgd(init_mm.pgd, addr, &level)) {
		printk("poke: 0x%lx is mapped kernel memory outside the monitor's vmalloc areas; refused\n",
		       addr);
		return -EPERM;
	}
	if (catch_exception(&fi, 0, *(volatile unsigned long *)addr = val)) {
		mon_report_fault("poke", &fi, addr);
		return -EFAULT;
	}
	printk("poke: %p = 0x%lx\n", (void *)addr, val);
	return 0;
}
