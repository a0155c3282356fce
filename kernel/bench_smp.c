// SPDX-License-Identifier: MIT
/*
 * bench=smp: vmalloc/vfree throughput on 1, 2, ... N CPUs at once, and
 * how long the boot took to bring every CPU online (tools/bench --suite
 * smp prints the table; docs/benchmarks.md).
 *
 *	bench: smp <mode> start cpus=N hz=HZ
 *	bench: smp <mode> bringup cycles=C        TSC from start_kernel to all online
 *	bench: smp <mode> run flush=lazy|now cpus=n pairs=P ticks=T ipis=I purges=U
 *	bench: smp <mode> done failures=F
 *
 * Each of n threads, bound one per CPU, released together, does
 * vmalloc(one page), writes it, vfree, for SMP_BENCH_TICKS timer ticks;
 * pairs is their total, ipis the shootdown IPIs sent meanwhile. flush=lazy
 * is the lazy purge (mm/vmalloc_purge.c); flush=now purges at every vfree
 * (vmap_purge_immediate), so every vfree flushes every busy CPU.
 */
#include <asm/processor.h>
#include <asm/smp.h>
#include <asm/tlbflush.h>
#include <kernel/bench.h>
#include <kernel/printk.h>
#include <kernel/sched.h>
#include <kernel/time.h>
#include <kernel/version.h>
#include <kernel/vmalloc.h>

#define SMP_BENCH_TICKS (HZ / 2)

static volatile unsigned int bench_arrived;
static volatile unsigned long bench_start, bench_end;
static unsigned long bench_pairs[NR_CPUS], bench_failures;

static void bench_pairs_thread(void *arg)
{
	unsigned int cpu = (unsigned int)(unsigned long)arg;
	unsigned long n = 0;

	__atomic_add_fetch(&bench_arrived, 1, __ATOMIC_SEQ_CST);
	while (!READ_ONCE(bench_start))
		cpu_relax();
	while ((long)(jiffies - READ_ONCE(bench_end)) < 0) {
		unsigned long *p = vmalloc(PAGE_SIZE);

		if (!p) {
			__atomic_add_fetch(&bench_failures, 1,
					   __ATOMIC_RELAXED);
			break;
		}
		*p = n;
		vfree(p);
		n++;
	}
	bench_pairs[cpu] = n;
}

/* n threads on CPUs 0..n-1 (online ones), for SMP_BENCH_TICKS ticks. */
static void bench_smp_run(unsigned int n, bool lazy)
{
	struct task_struct *task[NR_CPUS] = { 0 };
	unsigned long pairs = 0, start, ipis, purges;
	unsigned int cpu, made = 0;

	vm_unmap_aliases(); /* each run starts with nothing owed */
	vmap_purge_immediate = !lazy;
	ipis = tlb_flush_stats.ipis;
	purges = vmalloc_stats.purges;

	bench_arrived = 0;
	bench_start = 0;
	for (cpu = 0; cpu < NR_CPUS && made < n; cpu++) {
		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		bench_pairs[cpu] = 0;
		task[cpu] = kthread_create_on_cpu(bench_pairs_thread,
						  (void *)(unsigned long)cpu,
						  "bench", cpu);
		if (!task[cpu]) {
			bench_failures++;
			break;
		}
		made++;
	}
	while (READ_ONCE(bench_arrived) < made)
		schedule(); /* CPU 0's thread needs this CPU too */
	start = jiffies;
	bench_end = start + SMP_BENCH_TICKS;
	WRITE_ONCE(bench_start, 1);
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		if (task[cpu]) {
			task_wait(task[cpu]);
			pairs += bench_pairs[cpu];
		}
	printk("bench: smp %s run flush=%s cpus=%u pairs=%lu ticks=%lu ipis=%lu purges=%lu\n",
	       KERNEL_MODE, lazy ? "lazy" : "now", made, pairs,
	       (unsigned long)SMP_BENCH_TICKS, tlb_flush_stats.ipis - ipis,
	       vmalloc_stats.purges - purges);
	vmap_purge_immediate = false;
}

unsigned long bench_smp(void)
{
	unsigned int online = num_online_cpus();
	unsigned long flags = read_flags();

	printk("bench: smp %s start cpus=%u hz=%u\n", KERNEL_MODE, online, HZ);
	printk("bench: smp %s bringup cycles=%llu\n", KERNEL_MODE,
	       (unsigned long long)(boot_tsc_cpus_online - boot_tsc_start));
	local_irq_enable();
	for (int lazy = 1; lazy >= 0; lazy--) {
		for (unsigned int n = 1; n <= online; n *= 2)
			bench_smp_run(n, lazy);
		if (online & (online - 1)) /* 3 CPUs, say: all of them too */
			bench_smp_run(online, lazy);
	}
	if (!(flags & X86_EFLAGS_IF))
		local_irq_disable();
	printk("bench: smp %s done failures=%lu\n", KERNEL_MODE,
	       bench_failures);
	return bench_failures;
}
