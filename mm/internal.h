/* SPDX-License-Identifier: MIT */
/* Shared between the generic page-table files of mm/, for them only. */
#ifndef MM_INTERNAL_H
#define MM_INTERNAL_H

#include <kernel/pgtable.h>

/*
 * The generic code just wrote an entry at `level` of some PGD. If it is a
 * kernel top-level entry, other PGDs may need it (mm/pgtable.c): a new one
 * (was_present false) under the eager strategy; a present one that changed
 * or was cleared (a 2-level 4 MiB leaf unmapped, split or protected)
 * always, or their copies would stay stale but valid. Call it for every
 * write at any level: the level test is free.
 */
void top_level_written(enum pgt_level level, void *entry, unsigned long addr,
		       bool was_present);

#endif
