/* SPDX-License-Identifier: MIT */
/*
 * Ring-3 tasks: their memory regions, demand filling, and the embedded
 * test programs they run (flat binaries from tests/user/).
 *
 * Layout of a user task (every mode):
 *   USER_CODE   0x00400000  the program, read + execute
 *   USER_DATA   0x00600000  one page, read + write, filled by the creator
 *   USER_STACK  0x00800000  64 KiB below it, read + write, demand-filled
 */
#ifndef KERNEL_USER_H
#define KERNEL_USER_H

#include <kernel/types.h>

#define USER_CODE 0x00400000UL
#define USER_DATA 0x00600000UL
#define USER_STACK_TOP 0x00800000UL
#define USER_STACK_SIZE 0x10000UL

#define VM_READ 0x1
#define VM_WRITE 0x2
#define VM_EXEC 0x4

#define MM_MAX_REGIONS 8

struct vm_region {
	unsigned long start, end; /* page-aligned, [start, end) */
	unsigned int flags;	  /* VM_READ | VM_WRITE | VM_EXEC */
};

struct mm_struct;
struct task_struct;

/* Add a region; -EINVAL if it overlaps one or is outside user space, -ENOMEM if full. */
int mm_add_region(struct mm_struct *mm, unsigned long start, unsigned long len,
		  unsigned int flags);
struct vm_region *mm_find_region(struct mm_struct *mm, unsigned long addr);

/*
 * Map a zeroed page for a fault at addr in mm's region, if the region
 * allows the access (write, instruction fetch). Returns 0 when mapped.
 */
int handle_user_fault(struct mm_struct *mm, unsigned long addr,
		      unsigned long error_code);

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

/* Free every page mapped in the user half of mm (at exit). */
void free_user_pages(struct mm_struct *mm);

#endif
