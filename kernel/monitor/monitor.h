/* SPDX-License-Identifier: MIT */
/* What the monitor's command files share (kernel/monitor/). */
#ifndef KERNEL_MONITOR_PRIV_H
#define KERNEL_MONITOR_PRIV_H

#include <kernel/monitor.h>
#include <kernel/printk.h>

/* Command handlers, one group per file. */
int mon_meminfo(int argc, char **argv);	    /* mem.c */
int mon_vmallocinfo(int argc, char **argv); /* mem.c */
int mon_ptdump(int argc, char **argv);	    /* mem.c */
int mon_vmalloc(int argc, char **argv);	    /* mem.c */
int mon_vfree(int argc, char **argv);	    /* mem.c */
int mon_peek(int argc, char **argv);	    /* mem.c */
int mon_poke(int argc, char **argv);	    /* mem.c */
int mon_ps(int argc, char **argv);	    /* tasks.c */
int mon_spawn(int argc, char **argv);	    /* tasks.c */
int mon_kill(int argc, char **argv);	    /* tasks.c */
int mon_pgd(int argc, char **argv);	    /* tasks.c */
int mon_wait(int argc, char **argv);	    /* tasks.c */
int mon_faults(int argc, char **argv);	    /* system.c */
int mon_sync(int argc, char **argv);	    /* system.c */
int mon_test(int argc, char **argv);	    /* system.c */
int mon_bench(int argc, char **argv);	    /* system.c */
int mon_cpus(int argc, char **argv);	    /* system.c */
int mon_reboot(int argc, char **argv);	    /* system.c */
int mon_halt(int argc, char **argv);	    /* system.c */
int mon_demo(int argc, char **argv);	    /* demo.c */
int mon_kpgdmap(int argc, char **argv);	    /* demo.c */

/* Stop / restart console input interrupts (the tests expect only IRQ 0). */
void mon_input_stop(void);
void mon_input_start(void);

/*
 * For commands that wait (interrupts on): read what was typed since the
 * line; true at a Ctrl-C (the rest stays for the prompt), the bytes
 * before it are dropped. mon_wait_input() sleeps until an interrupt.
 */
bool mon_interrupted(void);
void mon_wait_input(void);

/* Collect tasks that exited (prints a line for each); tasks.c. */
void mon_reap_tasks(void);

/* The task with this pid, or NULL (tasks.c). */
struct task_struct *mon_find_task(int pid);

/* Print one task's kernel slots as runs "pgd[a..b] origin" (tasks.c). */
struct mm_struct;
void mon_print_pgd_origins(struct mm_struct *mm, const char *indent);

#endif
