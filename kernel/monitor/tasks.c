// SPDX-License-Identifier: MIT
/*
 * Monitor commands about tasks and their address spaces: ps, spawn, kill,
 * and pgd (which kernel top-level slots a PGD has, and how each got
 * there: include/kernel/kpgd_origin.h).
 */
#include <asm/irq.h>
#include <kernel/errno.h>
#include <kernel/kpgd_origin.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/sched.h>
#include <kernel/task_stack.h>
#include <kernel/string.h>
#include <kernel/user.h>

#include "monitor.h"

#define MON_MAX_TASKS 64 /* ring-3 tasks started by spawn, alive or unreaped */
#define MON_SPAWN_MAX 32 /* per spawn command */
#define EXIT_SIGKILL 137 /* 128 + SIGKILL, as a shell shows it */

static struct task_struct *mon_tasks[MON_MAX_TASKS];

struct task_struct *mon_find_task(int pid)
{
	struct task_struct *t;

	list_for_each_entry (t, &task_list, tasks)
		if (t->pid == pid && t->state != TASK_DEAD)
			return t;
	return NULL;
}

/* Wait for mon_tasks[i] to exit (at once if it has), report and forget it. */
static void mon_reap(unsigned int i)
{
	struct task_struct *t = mon_tasks[i];
	char comm[TASK_COMM_LEN];
	int pid = t->pid, code;

	memcpy(comm, t->comm, sizeof(comm));
	code = task_wait(t);
	thread_stack_cache_drain(); /* its stack is back: meminfo shows it */
	local_irq_disable();
	mon_tasks[i] = NULL;
	printk("[pid %d %s exited with %d%s]\n", pid, comm, code,
	       code == EXIT_KILLED    ? ": killed by a page fault"
	       : code == EXIT_SIGKILL ? ": killed"
				      : "");
}

void mon_reap_tasks(void)
{
	unsigned int i;

	for (i = 0; i < MON_MAX_TASKS; i++)
		if (mon_tasks[i] && task_has_exited(mon_tasks[i]))
			mon_reap(i);
}

/* ---- ps ------------------------------------------------------------------------ */

static char task_state_char(const struct task_struct *t)
{
	return t->state == TASK_RUNNING	   ? 'R'
	       : t->state == TASK_SLEEPING ? 'S'
	       : t->state == TASK_NEW	   ? 'N'
					   : 'Z';
}

int mon_ps(int argc __unused, char **argv __unused)
{
	struct task_struct *t;

	printk("  PID COMM             S CPU MM                 PGD\n");
	list_for_each_entry (t, &task_list, tasks) {
		char mm[24], pgd[24];

		if (!t->stack && t != current) { /* exited: mm released */
			snprintf(mm, sizeof(mm), "- (exited)");
			snprintf(pgd, sizeof(pgd), "-");
		} else if (!t->mm) {
			snprintf(mm, sizeof(mm), "- (kernel thread)");
			snprintf(pgd, sizeof(pgd), "(borrowed)");
		} else {
			if (t->mm == &init_mm)
				snprintf(mm, sizeof(mm), "init_mm");
			else
				snprintf(mm, sizeof(mm), "%p", (void *)t->mm);
			snprintf(pgd, sizeof(pgd), "0x%llx",
				 (unsigned long long)__pa(t->mm->pgd));
		}
		printk("%5d %-16s %c %3d %-18s %s%s\n", t->pid, t->comm,
		       task_state_char(t), 0, mm, pgd,
		       t == current ? "  <- the monitor" : "");
	}
	return 0;
}

/* ---- spawn and kill ----------------------------------------------------------------- */

int mon_spawn(int argc, char **argv)
{
	unsigned long n = 1, i;
	unsigned int slot = 0;

	if (argc == 3 && mon_arg_ulong("spawn", "count", argv[2], &n))
		return -EINVAL;
	if (n < 1 || n > MON_SPAWN_MAX) {
		printk("spawn: count %lu is out of range (1 .. %d)\n", n,
		       MON_SPAWN_MAX);
		return -ERANGE;
	}
	if (!user_program(argv[1])) {
		printk("spawn: unknown program '%s' (programs: %s)\n", argv[1],
		       "hello, probe, sleeper, forever");
		return -ENOENT;
	}
	for (i = 0; i < n; i++) {
		struct task_struct *t;

		while (slot < MON_MAX_TASKS && mon_tasks[slot])
			slot++;
		if (slot == MON_MAX_TASKS) {
			printk("spawn: the monitor tracks %d tasks at most; started %lu\n",
			       MON_MAX_TASKS, i);
			return -ENOMEM;
		}
		t = user_task_create(argv[1], NULL, 0);
		if (!t) {
			printk("spawn: out of memory; started %lu\n", i);
			return -ENOMEM;
		}
		mon_tasks[slot] = t;
		printk("spawn: pid %d %s, PGD at phys 0x%llx\n", t->pid,
		       argv[1], (unsigned long long)__pa(t->mm->pgd));
	}
	return 0;
}

int mon_kill(int argc __unused, char **argv)
{
	struct task_struct *t;
	unsigned long pid;
	unsigned int i;

	if (mon_arg_ulong("kill", "pid", argv[1], &pid))
		return -EINVAL;
	t = pid <= 0x7fffffffUL ? mon_find_task((int)pid) : NULL;
	if (!t) {
		printk("kill: no task with pid %lu (see ps)\n", pid);
		return -ESRCH;
	}
	for (i = 0; i < MON_MAX_TASKS; i++)
		if (mon_tasks[i] == t)
			break;
	if (t == current) {
		printk("kill: pid %lu is the monitor itself (try halt)\n", pid);
		return -EPERM;
	}
	if (i == MON_MAX_TASKS) {
		printk("kill: pid %lu (%s) was not started by spawn; only those can be killed\n",
		       pid, t->comm);
		return -EPERM;
	}
	if (task_kill(t, EXIT_SIGKILL)) {
		printk("kill: pid %lu (%s) is running on CPU %u right now; try again\n",
		       pid, t->comm, t->cpu);
		return -EBUSY;
	}
	printk("kill: pid %lu (%s) killed\n", pid, t->comm);
	mon_reap(i);
	return 0;
}

int mon_wait(int argc __unused, char **argv)
{
	unsigned long pid;
	unsigned int i;

	if (mon_arg_ulong("wait", "pid", argv[1], &pid))
		return -EINVAL;
	for (i = 0; i < MON_MAX_TASKS; i++)
		if (mon_tasks[i] && (unsigned long)mon_tasks[i]->pid == pid)
			break;
	if (i == MON_MAX_TASKS) {
		printk("wait: no task with pid %lu was started by spawn (or it was reaped)\n",
		       pid);
		return -ESRCH;
	}
	while (!task_has_exited(mon_tasks[i])) { /* interrupts on meanwhile */
		if (mon_interrupted()) {
			printk("wait: interrupted (pid %lu still runs)\n", pid);
			return -EINTR;
		}
		mon_wait_input();
	}
	mon_reap(i);
	return 0;
}

/* ---- pgd ---------------------------------------------------------------------------- */

/* The first address of kernel slot index (sign-extended on x86_64). */
static unsigned long slot_address(unsigned int index)
{
	unsigned long a = (unsigned long)index << PGDIR_SHIFT;

#ifdef CONFIG_X86_64
	if (index >= PTRS_PER_PGD / 2)
		a |= ~0UL << (PGDIR_SHIFT + 9); /* bits 48..63 copy bit 47 */
#endif
	return a;
}

void mon_print_pgd_origins(struct mm_struct *mm, const char *indent)
{
	unsigned int i = KPGD_FIRST_SLOT;

	while (i < PTRS_PER_PGD) {
		enum kpgd_origin how = kpgd_origin_get(mm, i);
		unsigned int j = i + 1;

		while (j < PTRS_PER_PGD && kpgd_origin_get(mm, j) == how)
			j++;
		if (how != KPGD_ORIGIN_ABSENT) {
			char idx[24];

			if (j - i == 1)
				snprintf(idx, sizeof(idx), "pgd[%u]", i);
			else
				snprintf(idx, sizeof(idx), "pgd[%u..%u]", i,
					 j - 1);
			printk("%s%-16s %-6s %p-%p\n", indent, idx,
			       kpgd_origin_name(how), (void *)slot_address(i),
			       (void *)(slot_address(j - 1) + PGDIR_SIZE - 1));
		}
		i = j;
	}
}

int mon_pgd(int argc __unused, char **argv)
{
	unsigned int i, count[KPGD_ORIGIN_OTHER + 1] = { 0 };
	struct task_struct *t;
	unsigned long pid;

	if (mon_arg_ulong("pgd", "pid", argv[1], &pid))
		return -EINVAL;
	t = pid <= 0x7fffffffUL ? mon_find_task((int)pid) : NULL;
	if (!t) {
		printk("pgd: no task with pid %lu (see ps)\n", pid);
		return -ESRCH;
	}
	if (!t->mm) {
		printk("pgd: pid %lu (%s) is a kernel thread: it runs on the PGD of the task before it (lazy TLB)\n",
		       pid, t->comm);
		return -EINVAL;
	}
	if (t->mm == &init_mm) {
		printk("pgd: pid %lu (%s) runs on init_mm, the reference PGD (phys 0x%llx) that the others copy from\n",
		       pid, t->comm, (unsigned long long)__pa(init_mm.pgd));
		return 0;
	}
	for (i = KPGD_FIRST_SLOT; i < PTRS_PER_PGD; i++)
		count[kpgd_origin_get(t->mm, i)]++;
	printk("pgd: pid %lu (%s), PGD at phys 0x%llx: kernel slots pgd[%u..%u]: %u present (birth %u, lazy %u, eager %u), %u absent\n",
	       pid, t->comm, (unsigned long long)__pa(t->mm->pgd),
	       (unsigned int)KPGD_FIRST_SLOT, (unsigned int)PTRS_PER_PGD - 1,
	       (unsigned int)KPGD_NR_SLOTS - count[KPGD_ORIGIN_ABSENT],
	       count[KPGD_ORIGIN_BIRTH], count[KPGD_ORIGIN_LAZY],
	       count[KPGD_ORIGIN_EAGER], count[KPGD_ORIGIN_ABSENT]);
	mon_print_pgd_origins(t->mm, "  ");
	return 0;
}
