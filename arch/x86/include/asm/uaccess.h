/* SPDX-License-Identifier: MIT */
/*
 * Reading user memory from the kernel: only through these helpers. Each
 * refuses an address at or above TASK_SIZE, opens SMAP's window (stac)
 * for its one access, and turns a fault into -EFAULT through the
 * exception table (the #PF handler demand-fills the page first if a
 * region of current's mm allows it).
 */
#ifndef ASM_UACCESS_H
#define ASM_UACCESS_H

#include <kernel/types.h>

/* One user byte into *val: 0, or -EFAULT (and *val = 0). */
int get_user_u8(u8 *val, const u8 *uaddr);

/* n user bytes into to: 0, or -EFAULT if any of them cannot be read. */
int copy_from_user(void *to, const void *from, size_t n);

#endif
