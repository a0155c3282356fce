/* SPDX-License-Identifier: MIT */
/* Address spaces. Only the kernel's own so far: init_mm ("swapper"). */
#ifndef KERNEL_MM_H
#define KERNEL_MM_H

#include <asm/pgtable.h>

struct mm_struct {
	pgd_t *pgd;
};

/* The kernel's reference address space; its PGD is swapper_pg_dir. */
extern struct mm_struct init_mm;

#endif
