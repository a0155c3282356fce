// SPDX-License-Identifier: MIT
/*
 * NMI entry: the latch that keeps handlers from running nested, and the
 * CR2 save around them (include/kernel/nmi.h).
 */
#include <asm/extable.h>
#include <asm/processor.h>
#include <asm/smp.h>
#include <kernel/errno.h>
#include <kernel/nmi.h>
#include <kernel/preempt.h>

enum { NMI_NOT_RUNNING, NMI_EXECUTING, NMI_LATCHED };

struct nmi_counts nmi_stats_cpu[NR_CPUS];

struct nmi_counts nmi_stats_sum(void)
{
	struct nmi_counts sum = { 0 };

	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
		sum.nmis += READ_ONCE(nmi_stats_cpu[cpu].nmis);
		sum.runs += READ_ONCE(nmi_stats_cpu[cpu].runs);
		sum.latched += READ_ONCE(nmi_stats_cpu[cpu].latched);
	}
	return sum;
}

bool nmi_test_no_latch, nmi_test_no_cr2_restore;

/* Per CPU: an NMI is latched on the CPU it interrupted. */
static int nmi_cpu_state[NR_CPUS];
#define nmi_state (nmi_cpu_state[smp_processor_id()])
static nmi_handler_t nmi_handlers[NMI_MAX_HANDLERS];

int register_nmi_handler(nmi_handler_t fn)
{
	for (unsigned int i = 0; i < NMI_MAX_HANDLERS; i++) {
		if (!nmi_handlers[i]) {
			WRITE_ONCE(nmi_handlers[i], fn);
			return 0;
		}
	}
	return -ENOSPC;
}

void unregister_nmi_handler(nmi_handler_t fn)
{
	for (unsigned int i = 0; i < NMI_MAX_HANDLERS; i++)
		if (nmi_handlers[i] == fn)
			WRITE_ONCE(nmi_handlers[i], NULL);
}

static void nmi_run_handlers(struct pt_regs *regs)
{
	nmi_stat_inc(runs);
	for (unsigned int i = 0; i < NMI_MAX_HANDLERS; i++) {
		nmi_handler_t fn = READ_ONCE(nmi_handlers[i]);

		if (fn)
			fn(regs);
	}
}

static void do_nmi_latched(struct pt_regs *regs, unsigned long cr2)
{
	nmi_stat_inc(nmis);
	if (READ_ONCE(nmi_state) != NMI_NOT_RUNNING) {
		if (nmi_test_no_latch) {
			nmi_run_handlers(
				regs); /* nested: what the latch prevents */
			return;
		}
		/* Handlers are running below us: have them run once more. */
		WRITE_ONCE(nmi_state, NMI_LATCHED);
		nmi_stat_inc(latched);
		return;
	}
	WRITE_ONCE(nmi_state, NMI_EXECUTING);
	do {
		nmi_run_handlers(regs);
		if (!nmi_test_no_cr2_restore && read_cr2() != cr2)
			write_cr2(cr2);
		/* One instruction: LATCHED -> EXECUTING (again), or done. */
	} while (__atomic_sub_fetch(&nmi_state, 1, __ATOMIC_SEQ_CST) !=
		 NMI_NOT_RUNNING);
}

void do_nmi(struct pt_regs *regs)
{
	unsigned long cr2 = read_cr2();

	nmi_enter();
	do_nmi_latched(regs, cr2);
	nmi_exit();
}

/* ---- the watch word (nmi.probe) ----------------------------------------- */

static const unsigned long *nmi_probe_addr;

void nmi_probe_set(const void *addr)
{
	WRITE_ONCE(nmi_probe_addr, addr);
}

/* Read the watch word; a fault on it is synced, or fixed up if it is gone. */
static void nmi_probe(struct pt_regs *regs __unused)
{
	const unsigned long *p = READ_ONCE(nmi_probe_addr);
	unsigned long v;

	if (p)
		probe_read_ulong(p, &v);
}

int nmi_probe_init(void)
{
	return register_nmi_handler(nmi_probe);
}
