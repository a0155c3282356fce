/* SPDX-License-Identifier: MIT */
/*
 * Ring-3 tasks: the embedded test programs they run (flat binaries from
 * tests/user/) and loading one into a new address space.
 *
 * Layout of a user task (every mode):
 *   USER_CODE   0x00400000  the program, read + execute
 *   USER_DATA   0x00600000  one page, read + write, filled by the creator
 *   USER_STACK  0x00800000  64 KiB below it, read + write, demand-filled
 */
#ifndef KERNEL_USER_H
#define KERNEL_USER_H

#include <kernel/mmap.h>
#include <kernel/types.h>

#define USER_CODE 0x00400000UL
#define USER_DATA 0x00600000UL
#define USER_STACK_TOP 0x00800000UL
#define USER_STACK_SIZE 0x10000UL

struct task_struct;
struct pt_regs;

/*
 * Exit codes of a task killed by a CPU exception: 128 + the signal Linux
 * sends for it, as a shell shows them. EXIT_KILLED (SIGSEGV, 139: page
 * faults, #GP, ...) is in kernel/sched.h.
 */
#define EXIT_SIGILL 132	 /* #UD */
#define EXIT_SIGTRAP 133 /* #DB, #BP */
#define EXIT_SIGBUS 135	 /* #AC */
#define EXIT_SIGFPE 136	 /* #DE, #MF, #XM */

/*
 * An exception from ring 3 other than #PF: kill the task with one line
 * (arch/x86/kernel/user_traps.c). Returns only for kernel mode, NMI and
 * #MC, which are not the task's doing.
 */
void do_user_trap(struct pt_regs *regs);

/* killed: bumped atomically by any CPU; last_*: the last kill, racily. */
struct user_trap_stats {
	unsigned long killed; /* tasks killed by an exception other than #PF */
	int last_vector;
	unsigned long last_error_code;
};
extern struct user_trap_stats user_trap_stats;

/* An embedded program: tests/user/NAME.asm. */
struct user_program {
	const char *name;
	const u8 *start, *end;
};
const struct user_program *user_program(const char *name);

/*
 * A ring-3 task running program with a new mm; data (up to a page) is
 * copied to USER_DATA. NULL when out of memory or no such program.
 */
struct task_struct *user_task_create(const char *program, const void *data,
				     size_t data_len);

#endif
