// SPDX-License-Identifier: MIT
/*
 * Monitor commands about the machine and the kernel as a whole: faults,
 * sync, test, bench, cpus, reboot, halt.
 */
#include <asm/io.h>
#include <asm/irq.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <kernel/bench.h>
#include <kernel/debug_break.h>
#include <kernel/errno.h>
#include <kernel/fault.h>
#include <kernel/kpgd_origin.h>
#include <kernel/ktest.h>
#include <kernel/mm.h>
#include <kernel/qemu.h>
#include <kernel/version.h>

#include "monitor.h"

int mon_faults(int argc __unused, char **argv __unused)
{
	pf_stats_print();
	printk("cpu0: %lu vmalloc syncs, %lu spurious, %lu user, %lu oopses, %lu loops (one CPU: no SMP yet)\n",
	       pf_stats.vmalloc_sync, pf_stats.spurious, pf_stats.user,
	       pf_stats.oops, pf_stats.loops);
	printk("kpgd: %lu eager copies, %lu preallocated table pages\n",
	       kpgd_eager_copies, kpgd_prealloc_pages);
	return 0;
}

int mon_sync(int argc __unused, char **argv __unused)
{
	static const char *const names[] = { "lazy", "eager", "prealloc" };
	static const char *const how[] = {
		"a PGD that lacks a new kernel entry takes one #PF on first touch (vmalloc_fault copies it)",
		"every new init_mm entry is copied into every PGD on pgd_list at once",
		"every top-level table of the vmalloc range was allocated at boot",
	};

	printk("kpgd_sync=%s: %s\n", names[kpgd_sync], how[kpgd_sync]);
	if (PGTABLE_TOP_TABLES_PINNED)
		printk("%s: every PGD shares the kernel PMD page: no entry is ever missing, the strategies are the same\n",
		       KERNEL_MODE);
	else
		printk("%s: kernel slots pgd[%u..%u], %lu MiB each; vmalloc in pgd[%lu..%lu]\n",
		       KERNEL_MODE, (unsigned int)KPGD_FIRST_SLOT,
		       (unsigned int)PTRS_PER_PGD - 1,
		       (unsigned long)(PGDIR_SIZE >> 20),
		       pgd_index(VMALLOC_START), pgd_index(VMALLOC_END - 1));
	return 0;
}

int mon_test(int argc, char **argv)
{
	int passed, skipped, failed;

	/* The tests expect interrupts off and only IRQ 0 unmasked. */
	mon_input_stop();
	failed = ktest_run_all(argc == 2 ? argv[1] : NULL, &passed, &skipped);
	local_irq_disable();
	mon_input_start();
	if (passed + failed + skipped == 0) {
		printk("test: no test matches '%s'\n",
		       argc == 2 ? argv[1] : "");
		return -ENOENT;
	}
	printk("ktest: %d passed, %d failed, %d skipped\n", passed, failed,
	       skipped);
	return failed ? -EFAULT : 0;
}

int mon_bench(int argc __unused, char **argv)
{
	long ret = bench_run_one(argv[1]);

	local_irq_disable();
	if (ret > 0)
		printk("bench: %ld functional failures\n", ret);
	return ret ? -EFAULT : 0;
}

int mon_cpus(int argc __unused, char **argv __unused)
{
	printk("1 CPU online (no SMP yet): cpu0, %s kernel, %s\n", KERNEL_MODE,
	       KERNEL_PAGING);
	cpu_print_features();
	return 0;
}

int mon_reboot(int argc __unused, char **argv __unused)
{
	printk("reboot: resetting through the keyboard controller\n");
	outb(0x64, 0xfe); /* 8042: pulse the CPU reset line */
	halt_forever();
}

int mon_halt(int argc __unused, char **argv __unused)
{
	printk("halt: system halted\n");
	debug_break("exit");
	qemu_exit(QEMU_EXIT_PASS);
	halt_forever(); /* not under QEMU with isa-debug-exit */
}
