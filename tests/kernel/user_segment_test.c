// SPDX-License-Identifier: MIT
/*
 * Segment registers loaded from ring 3 (tests/user/segments.asm) must not
 * reach the kernel's per-CPU data, and must stay the task's own: GS on
 * x86_64 (swapgs on every entry and exit, the bases saved per task in the
 * switch), FS on i386 (the entry loads the kernel's per-CPU selector and
 * restores the user's). Each program loads GS and FS, then makes system
 * calls, yields and spins through timer ticks, checking its selectors
 * and bases after each; then every CPU checks its own per-CPU area.
 */
#include <asm/percpu.h>
#include <asm/processor.h>
#include <asm/segment.h>
#include <asm/smp.h>
#include <kernel/ktest.h>
#include <kernel/sched.h>
#include <kernel/syscall.h>
#include <kernel/time.h>
#include <kernel/user.h>

/* Operations and exit codes of tests/user/segments.asm. */
enum { OP_LOOP, OP_WRGSBASE, OP_LOAD_GS, OP_LOAD_FS };

#define RUNS 50	    /* programs run one after the other */
#define ROUNDS 10   /* system-call rounds per program: 2 calls each */
#define SPIN 200000 /* loop iterations per round, in ring 3 */

#define X86_CR4_FSGSBASE (1UL << 16)

/* Null, null with RPL 3, and the user data segment. */
static const unsigned long selectors[] = { 0, 3, __USER_DS };

/* Run segments.asm with op and its arguments: the exit code. */
static int segments(unsigned long op, unsigned long gs, unsigned long fs,
		    unsigned long rounds)
{
	unsigned long data[5] = { op, gs, fs, rounds, SPIN };
	struct task_struct *u =
		user_task_create("segments", data, sizeof(data));

	return u ? task_wait(u) : -1000;
}

/* What one CPU finds in its per-CPU data, from a thread bound to it. */
static struct percpu_seen {
	unsigned int cpu;
	struct percpu_area *area;
	struct task_struct *cur, *self;
	unsigned long seg_base, user_gs_base; /* x86_64: the two GS MSRs */
	u16 fs;				      /* i386: FS's selector */
} seen[NR_CPUS];

static void percpu_look(void *arg)
{
	struct percpu_seen *s = arg;

	s->cpu = smp_processor_id();
	s->area = this_cpu_area();
	s->cur = current;
#ifdef CONFIG_X86_64
	s->seg_base = rdmsr(MSR_GS_BASE);
	s->user_gs_base = rdmsr(MSR_KERNEL_GS_BASE);
#else
	savesegment(fs, s->fs);
#endif
}

/* Every online CPU (and this one, task 0 on CPU 0) sees its own area. */
static void expect_percpu_intact(struct ktest *t)
{
	unsigned int cpu;

	EXPECT_EQ(t, smp_processor_id(), 0U);
	EXPECT_PTR_EQ(t, current, &init_task);
	EXPECT_PTR_EQ(t, this_cpu_area(), per_cpu_area[0]);
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		struct percpu_seen *s = &seen[cpu];

		if (!cpumask_test_cpu(cpu, cpu_online_mask))
			continue;
		*s = (struct percpu_seen){ .cpu = ~0u };
		s->self = kthread_create_on_cpu(percpu_look, s, "look", cpu);
		ASSERT_NOT_NULL(t, s->self);
		EXPECT_EQ(t, task_wait(s->self), 0);
		EXPECT_EQ(t, s->cpu, cpu);
		EXPECT_PTR_EQ(t, s->area, per_cpu_area[cpu]);
		EXPECT_PTR_EQ(t, s->cur, s->self);
#ifdef CONFIG_X86_64
		EXPECT_EQ(t, s->seg_base, (unsigned long)per_cpu_area[cpu]);
		/* Whatever user base it holds, it is no kernel address. */
		EXPECT_GE(t, (long)s->user_gs_base, 0L);
#else
		EXPECT_EQ(t, s->fs, __KERNEL_PERCPU);
#endif
	}
}

/*
 * RUNS programs in a row, each loading another pair of selectors into GS
 * and FS, each entering the kernel 2 * ROUNDS + 1 times by int 0x80 and
 * taking ticks while it spins; each must exit 0 (its selectors and bases
 * held; see segments.asm for the other codes).
 */
KTEST(user_seg, loads_survive_entries)
{
	unsigned long calls = syscall_stats.calls, j = jiffies;
	unsigned int i;

	for (i = 0; i < RUNS; i++) {
		unsigned long gs = selectors[i % ARRAY_SIZE(selectors)],
			      fs = selectors[(i / 3) % ARRAY_SIZE(selectors)];
		int code = segments(OP_LOOP, gs, fs, ROUNDS);

		EXPECT_EQ(t, code, 0);
		if (code) {
			ktest_log(t, "run %u: GS %#lx, FS %#lx: exit %d", i, gs,
				  fs, code);
			break;
		}
	}
	ktest_log(t, "%u runs: %lu system calls, %lu ticks", i,
		  syscall_stats.calls - calls, jiffies - j);
	EXPECT_GE(t, syscall_stats.calls - calls, RUNS * (2UL * ROUNDS + 1));
	expect_percpu_intact(t);
}

/*
 * Several at once (two per CPU, at least six), each with its own pair of
 * selectors: they yield to each other and move between CPUs, and each
 * must still find its own GS and FS after every switch.
 */
KTEST(user_seg, tasks_keep_their_own)
{
	struct task_struct *u[2 * NR_CPUS];
	unsigned int n = 2 * num_online_cpus(), i;

	if (n < 6)
		n = 6;
	for (i = 0; i < n; i++) {
		unsigned long data[5] = {
			OP_LOOP, selectors[i % ARRAY_SIZE(selectors)],
			selectors[(i / 3) % ARRAY_SIZE(selectors)], 2 * ROUNDS,
			SPIN
		};

		u[i] = user_task_create("segments", data, sizeof(data));
		ASSERT_NOT_NULL(t, u[i]);
	}
	for (i = 0; i < n; i++)
		EXPECT_EQ(t, task_wait(u[i]), 0);
	expect_percpu_intact(t);
}

/*
 * The other ways ring 3 might reach the kernel's segment base: wrgsbase
 * (x86_64; CR4.FSGSBASE stays off, which the NMI entry's sign test
 * relies on) and loading the kernel's per-CPU selector (i386) or data
 * selector: each kills the task.
 */
KTEST(user_seg, kernel_base_out_of_reach)
{
#ifdef CONFIG_X86_64
	EXPECT_EQ(t, read_cr4() & X86_CR4_FSGSBASE, 0UL);
	EXPECT_EQ(t, segments(OP_WRGSBASE, 0, 0, 0), EXIT_SIGILL);
	EXPECT_EQ(t, segments(OP_LOAD_GS, __KERNEL_DS | 3, 0, 0), EXIT_KILLED);
#else
	EXPECT_EQ(t, segments(OP_LOAD_FS, 0, __KERNEL_PERCPU | 3, 0),
		  EXIT_KILLED);
	EXPECT_EQ(t, segments(OP_LOAD_GS, __KERNEL_PERCPU | 3, 0, 0),
		  EXIT_KILLED);
#endif
	EXPECT_EQ(t, segments(OP_LOAD_GS, __USER_DS, 0, 0), 0);
	expect_percpu_intact(t);
}
