/* SPDX-License-Identifier: MIT */
/*
 * NMIs (arch/x86/kernel/nmi.c). An NMI may arrive anywhere: in the middle
 * of a task switch, inside the #PF handler, inside another NMI's handler
 * once an iret (of a fault the handler took) has unblocked NMIs. So:
 *
 * - The NMI runs on the stack it interrupted (no IST, on i386 and x86_64
 *   alike), so a nested NMI pushes its frame below the first one's and
 *   corrupts nothing. (Linux's x86_64 needs its nested-NMI dance only
 *   because its NMI runs on an IST stack, which a second NMI would reuse.)
 * - Handlers never run nested: an NMI arriving while they run is latched
 *   and they run once more when they finish, as Linux's 32-bit nmi.c
 *   does; none is lost.
 * - CR2 is saved on entry and restored on exit: the NMI may have come
 *   between a #PF and the handler's read of CR2, and a fault in the NMI
 *   handler (a lazy vmalloc sync, say) would overwrite it.
 * - Handlers take no lock, do not printk, and must not assume `current`
 *   matches CR3. vmalloc_fault is safe here: it reads CR3 and takes no lock.
 *
 * State: the latch and the counters are per CPU, each changed only by
 * its CPU's NMI path, which nothing on another CPU touches: no lock.
 */
#ifndef KERNEL_NMI_H
#define KERNEL_NMI_H

#include <asm/smp.h>
#include <kernel/preempt.h>
#include <kernel/types.h>

struct pt_regs;

struct nmi_counts {
	unsigned long nmis;    /* NMIs taken */
	unsigned long runs;    /* times the handlers ran */
	unsigned long latched; /* NMIs that arrived while the handlers ran */
};

/*
 * Per CPU: a CPU counts the NMIs it takes, in the NMI (it cannot move to
 * another CPU meanwhile), so no lock. A nested NMI (once an iret in a
 * handler unblocked NMIs) adds only to nmis and latched, which the outer
 * one is done with by then (but with nmi_test_no_latch). nmi_stats reads
 * the sum over the CPUs; nmi_stats_this_cpu() this CPU's (interrupts
 * off, or bound to the CPU).
 */
extern struct nmi_counts nmi_stats_cpu[NR_CPUS];
struct nmi_counts nmi_stats_sum(void);
#define nmi_stats (nmi_stats_sum())
#define nmi_stats_this_cpu() (&nmi_stats_cpu[smp_processor_id()])
#define nmi_stat_inc(field) (nmi_stats_this_cpu()->field++)

/* in_nmi(): include/kernel/preempt.h (nmi_enter in do_nmi). */

typedef void (*nmi_handler_t)(struct pt_regs *regs);
#define NMI_MAX_HANDLERS 4
/* Run fn on every NMI, until unregistered. -ENOSPC when full. */
int register_nmi_handler(nmi_handler_t fn);
void unregister_nmi_handler(nmi_handler_t fn);

/* The NMI vector's C entry (arch/x86/kernel/traps.c). */
void do_nmi(struct pt_regs *regs);

/*
 * nmi.probe on the command line: every NMI reads the word at the address
 * last given to nmi_probe_set() (NULL: none). Tests of the lazy sync set
 * it to what each of their address spaces reads anyway, so that NMIs
 * arriving meanwhile (tests/run --nmi-ms injects them) take those syncs
 * in NMI context without changing how many there are.
 */
int nmi_probe_init(void);
void nmi_probe_set(const void *addr);

/* Tests only: run handlers nested instead of latching; skip the CR2 restore. */
extern bool nmi_test_no_latch, nmi_test_no_cr2_restore;

#endif
