// SPDX-License-Identifier: MIT
/*
 * start_kernel: the first C code, called by boot/head_*.asm on the boot
 * stack with paging on and the identity map gone.
 */
#include <asm/apic.h>
#include <asm/boot.h>
#include <asm/irq.h>
#include <asm/paravirt.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/smap.h>
#include <asm/smp.h>
#include <kernel/bench.h>
#include <kernel/bootinfo.h>
#include <kernel/cmdline.h>
#include <kernel/console.h>
#include <kernel/crash.h>
#include <kernel/debug_break.h>
#include <kernel/fault.h>
#include <kernel/fault_inject.h>
#include <kernel/ktest.h>
#include <kernel/leak_check.h>
#include <kernel/lockdep.h>
#include <kernel/memmap.h>
#include <kernel/mm.h>
#include <kernel/monitor.h>
#include <kernel/multiboot.h>
#include <kernel/nmi.h>
#include <kernel/page_alloc.h>
#include <kernel/panic.h>
#include <kernel/pf_trace.h>
#include <kernel/printk.h>
#include <kernel/ptdump.h>
#include <kernel/qemu.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/time.h>
#include <kernel/version.h>
#include <kernel/vmalloc.h>

struct boot_info boot_info;

/* The fault-injection knobs and the seed (docs/fault-injection.md). */
static void fault_inject_setup(const char *cmdline)
{
	unsigned long seed = 1;
	char arg[64];

	if (cmdline_get_ulong(cmdline, "seed", &seed))
		printk("seed: %lu\n", seed);
	fault_inject_seed((u32)seed);
	if (cmdline_get(cmdline, "fail_page_alloc", arg, sizeof(arg)))
		setup_fault_attr(&fail_page_alloc, arg);
	if (cmdline_get(cmdline, "failslab", arg, sizeof(arg)))
		setup_fault_attr(&failslab, arg);
}

/*
 * After the tests: the injected failures by site, and whether the run as
 * a whole left anything behind (with no injection running).
 */
static unsigned long leak_summary(const struct mem_snapshot *before)
{
	struct mem_snapshot after;
	unsigned long leaks;

	fault_inject_pause();
	fault_inject_print();
	mem_snapshot(&after);
	leaks = mem_snapshot_diff(before, &after, "leak check");
	if (leaks)
		printk("leak check: %lu counters differ after the tests (above)\n",
		       leaks);
	else
		printk("leak check: nothing leaked (%lu free pages, %lu kmalloc objects, %lu vmap areas, %lu page-table pages, %lu PGDs, %lu tasks)\n",
		       after.free_pages, after.slab_objects, after.vmap_areas,
		       after.pgtable_pages, after.pgds, after.tasks);
	return leaks;
}

/* Run the boot-time tests the command line asks for, then leave QEMU. */
static __noreturn void ktest_main(const char *cmdline)
{
	static char filter[128];
	struct mem_snapshot before;
	int passed, skipped, failed;

	if (!cmdline_get(cmdline, "ktest.filter", filter, sizeof(filter)))
		filter[0] = '\0';
	debug_break("ktest");
	mem_snapshot(&before);
	fault_inject_start();
	failed = ktest_run_all(filter, &passed, &skipped);
	printk("ktest: %d passed, %d failed, %d skipped\n", passed, failed,
	       skipped);
	pf_stats_print();
	lockdep_print_summary();
	leak_summary(&before);
	debug_break("exit");
	qemu_exit(failed ? QEMU_EXIT_FAIL : QEMU_EXIT_PASS);
	halt_forever();
}

/*
 * The lock-order validator: on for test boots (ktest) and with lockdep or
 * lockdep=on; lockdep=off keeps it off (to measure a test boot without).
 */
static void lockdep_setup(const char *cmdline)
{
	bool on = cmdline_has(cmdline, "ktest") ||
		  cmdline_has(cmdline, "ktest.filter");
	char arg[8];

	if (cmdline_get(cmdline, "lockdep", arg, sizeof(arg))) {
		on = strcmp(arg, "off") != 0;
		if (on && arg[0] && strcmp(arg, "on") != 0)
			printk("lockdep: lockdep=%s is neither on nor off; taken as on\n",
			       arg);
	}
	if (on)
		lockdep_init();
}

/* Refuse, in one line, a machine too small to work on, rather than fail later. */
static void check_min_ram(const struct boot_info *bi)
{
	u64 usable = memmap_total(&bi->mem, MEMMAP_USABLE);

	if (usable >= MIN_USABLE_RAM)
		return;
	printk("boot: %llu KiB of usable RAM, but this kernel needs %llu KiB (QEMU: -m 4M); not booting\n",
	       (unsigned long long)(usable >> 10),
	       (unsigned long long)(MIN_USABLE_RAM >> 10));
	qemu_exit(QEMU_EXIT_PANIC);
	halt_forever();
}

u64 boot_tsc_start, boot_tsc_cpus_online;

__noreturn void start_kernel(unsigned long magic, unsigned long info)
{
	char arg[32];

	boot_tsc_start = bench_tsc();
	serial_init();
	vga_init();
	cpu_init();
	printk("%s %s (%s, %s%s) built with %s\n", KERNEL_NAME, KERNEL_VERSION,
	       KERNEL_MODE, KERNEL_PAGING, paging_format_note(),
	       KERNEL_COMPILER);
	cpu_print_features();
	if (multiboot_parse((u32)magic, info, &boot_info) < 0)
		panic("boot: no usable multiboot information (magic 0x%lx); see the line above",
		      magic);
	bootinfo_print(&boot_info);
	check_min_ram(&boot_info);
	spinlock_setup(boot_info.cmdline); /* before any other CPU runs */
	lockdep_setup(boot_info.cmdline);
	debug_break_init(boot_info.cmdline);
	debug_break("start_kernel");
	setup_arch(&boot_info);
	smep_smap_init(boot_info.cmdline);
	debug_break("paging_init");
	page_alloc_init();
	page_alloc_pcp_enable(PAGE_ALLOC_PCP_PAGES);
	page_alloc_print();
	vmalloc_init();
	if (pf_trace_init())
		panic("pf_trace: no memory for the #PF record");
	apic_init();
	if (cmdline_has(boot_info.cmdline, "nmi.probe") && nmi_probe_init())
		printk("nmi: no handler slot for nmi.probe\n");
#ifdef CONFIG_PARAVIRT
	if (cmdline_get(boot_info.cmdline, "pv", arg, sizeof(arg)))
		paravirt_select(arg);
#endif
	if (cmdline_get(boot_info.cmdline, "kpgd_sync", arg, sizeof(arg)))
		kpgd_sync_init(arg);
	debug_break("vmalloc_init");
	/* The tick is set up, but interrupts stay off: nothing here locks. */
	init_IRQ();
	time_init();
	smp_init(boot_info.cmdline); /* the APs idle until sched_init */
	boot_tsc_cpus_online = bench_tsc();
	sched_init();
	vmalloc_init_late(boot_info.cmdline);
	set_tick_hook(sched_tick);
	wx_check();
	if (cmdline_has(boot_info.cmdline, "ptdump"))
		ptdump_walk(init_mm.pgd, 0, 0);

	fault_inject_setup(boot_info.cmdline);
	if (cmdline_get(boot_info.cmdline, "bench", arg, sizeof(arg)))
		bench_run(arg);

	if (cmdline_get(boot_info.cmdline, "crash", arg, sizeof(arg)))
		crash_test(arg);

	if (cmdline_has(boot_info.cmdline, "ktest") ||
	    cmdline_has(boot_info.cmdline, "ktest.filter"))
		ktest_main(boot_info.cmdline);

	/* Nothing else asked for: the kernel monitor (docs/monitor.md). */
	debug_break("monitor");
	monitor_main();
}
