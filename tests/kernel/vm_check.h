/* SPDX-License-Identifier: MIT */
/* Test helper: the vmalloc invariant checker (tests/kernel/vmalloc_test.c). */
#ifndef TESTS_KERNEL_VM_CHECK_H
#define TESTS_KERNEL_VM_CHECK_H

struct ktest;

/*
 * Every mapped page of the vmalloc range belongs to exactly one live area,
 * below its guard page; every page of every live area is mapped; the area
 * tree is sound. Returns the number of problems (each logged).
 */
unsigned long vmalloc_check_invariants(struct ktest *t);

#endif
