/* SPDX-License-Identifier: MIT */
#ifndef KERNEL_CRASH_H
#define KERNEL_CRASH_H

/*
 * Crash on purpose ("panic", "null", "bad_stack", "ud"); an unknown name
 * prints the list and returns.
 */
void crash_test(const char *what);

#endif
