/* SPDX-License-Identifier: MIT */
/* Test helper: one access from ring 3, through tests/user/probe.asm. */
#ifndef TESTS_KERNEL_USER_PROBE_H
#define TESTS_KERNEL_USER_PROBE_H

#include <kernel/sched.h>
#include <kernel/user.h>

enum probe_op { PROBE_READ, PROBE_WRITE, PROBE_CALL };

/* Run the probe program doing op at addr: its exit code (0, or EXIT_KILLED), -1 if it could not start. */
static inline int probe(enum probe_op op, unsigned long addr)
{
	unsigned long data[2] = { op, addr };
	struct task_struct *u = user_task_create("probe", data, sizeof(data));

	return u ? task_wait(u) : -1;
}

#endif
