// SPDX-License-Identifier: MIT
/*
 * Ring-3 tasks: the embedded test programs and loading one into a new
 * address space (include/kernel/user.h).
 */
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/sched.h>
#include <kernel/string.h>
#include <kernel/user.h>

/* Symbols from the generated build/<mode>/user/programs.asm. */
#define USER_PROGRAM(n)                                                  \
	extern const u8 user_prog_##n[], user_prog_##n##_end[];          \
	static const struct user_program prog_##n = { #n, user_prog_##n, \
						      user_prog_##n##_end }
USER_PROGRAM(hello);
USER_PROGRAM(hostile);
USER_PROGRAM(probe);
USER_PROGRAM(sleeper);
USER_PROGRAM(forever);
USER_PROGRAM(segments);

static const struct user_program *const programs[] = {
	&prog_hello,   &prog_hostile, &prog_probe,
	&prog_sleeper, &prog_forever, &prog_segments
};

const struct user_program *user_program(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(programs); i++)
		if (strcmp(programs[i]->name, name) == 0)
			return programs[i];
	return NULL;
}

struct task_struct *user_task_create(const char *program, const void *data,
				     size_t data_len)
{
	const struct user_program *prog = user_program(program);
	struct mm_struct *mm;
	struct task_struct *t;
	unsigned long off, len;

	if (!prog || data_len > PAGE_SIZE)
		return NULL;
	len = prog->end - prog->start;
	mm = mm_alloc();
	if (!mm)
		return NULL;
	if (mm_add_region(mm, USER_CODE, ALIGN_UP(len, PAGE_SIZE),
			  VM_READ | VM_EXEC) ||
	    mm_add_region(mm, USER_DATA, PAGE_SIZE, VM_READ | VM_WRITE) ||
	    mm_add_region(mm, USER_STACK_TOP - USER_STACK_SIZE, USER_STACK_SIZE,
			  VM_READ | VM_WRITE))
		goto out_free_mm;
	for (off = 0; off < len; off += PAGE_SIZE)
		if (mm_map_user_page(mm, USER_CODE + off, VM_READ | VM_EXEC,
				     prog->start + off,
				     min(len - off, PAGE_SIZE)))
			goto out_free_mm;
	if (mm_map_user_page(mm, USER_DATA, VM_READ | VM_WRITE, data, data_len))
		goto out_free_mm;
	t = task_create(NULL, NULL, program, mm);
	if (!t)
		goto out_free_mm;
	t->user_ip = USER_CODE;
	t->user_sp = USER_STACK_TOP;
	wake_up_new_task(t); /* only now may a CPU pick it */
	return t;

out_free_mm:
	mm_free(mm);
	return NULL;
}
