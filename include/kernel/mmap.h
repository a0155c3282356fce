/* SPDX-License-Identifier: MIT */
/*
 * User address spaces: an mm's regions of user memory, filled on demand
 * by the page-fault handler, and freeing the user half at exit.
 *
 * A region lies wholly below TASK_SIZE (include/kernel/pgtable.h has the
 * one user/kernel boundary); anything else is refused with one line.
 * An mm's regions belong to it alone: only its creator and the tasks
 * running in it touch them (no lock; SMP will need mm->lock).
 */
#ifndef KERNEL_MMAP_H
#define KERNEL_MMAP_H

#include <kernel/types.h>

#define VM_READ 0x1
#define VM_WRITE 0x2
#define VM_EXEC 0x4

#define MM_MAX_REGIONS 8

struct vm_region {
	unsigned long start, end; /* page-aligned, [start, end) */
	unsigned int flags;	  /* VM_READ | VM_WRITE | VM_EXEC */
};

struct mm_struct;

/*
 * Add a region; -EINVAL if it is unaligned, empty, overlaps one or is not
 * below TASK_SIZE, -ENOMEM if mm has no room. Says why in one line.
 */
int mm_add_region(struct mm_struct *mm, unsigned long start, unsigned long len,
		  unsigned int flags);
struct vm_region *mm_find_region(struct mm_struct *mm, unsigned long addr);

/*
 * Map a zeroed page at addr in mm with the rights of flags, first filled
 * with len bytes of src if src is given. 0, or -ENOMEM with nothing mapped.
 */
int mm_map_user_page(struct mm_struct *mm, unsigned long addr,
		     unsigned int flags, const void *src, size_t len);

/*
 * Map a zeroed page for a fault at addr in mm's region, if the region
 * allows the access (write, instruction fetch). Returns 0 when mapped.
 */
int handle_user_fault(struct mm_struct *mm, unsigned long addr,
		      unsigned long error_code);

/* Free every page mapped in the user half of mm (at exit). */
void free_user_pages(struct mm_struct *mm);

#endif
