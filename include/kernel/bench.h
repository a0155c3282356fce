/* SPDX-License-Identifier: MIT */
/*
 * Boot-time benchmarks, selected by `bench=NAME` on the command line and
 * run by tools/bench (`make bench`); docs/benchmarks.md explains the
 * output. Known names: vmalloc, sync (docs/sync-strategies.md), smp.
 */
#ifndef KERNEL_BENCH_H
#define KERNEL_BENCH_H

#include <kernel/compiler.h>
#include <kernel/types.h>

static inline u64 bench_tsc(void)
{
	u32 lo, hi;

	__asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi)::"memory");
	return ((u64)hi << 32) | lo;
}

/* The TSC when start_kernel began, and when every CPU was online. */
extern u64 boot_tsc_start, boot_tsc_cpus_online;

/* bench=smp (kernel/bench_smp.c): vmalloc/vfree pairs per second on 1..N CPUs. */
unsigned long bench_smp(void);

/*
 * Run benchmark what, print its figures on the console, then leave QEMU
 * (status 33 when it ran to the end, 35 for an unknown name or a
 * functional failure such as a NULL from vmalloc).
 */
__noreturn void bench_run(const char *what);

/*
 * Run benchmark what and return: its number of functional failures, or
 * -EINVAL (after one line naming the known ones) for an unknown name.
 * For the monitor's `bench`.
 */
long bench_run_one(const char *what);

#endif
