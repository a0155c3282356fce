// SPDX-License-Identifier: MIT
/*
 * Each task's stack of armed exception catches (include/kernel/
 * exception.h), in its task_struct. The arch trap code consults
 * exception_catch_innermost(); the catch itself is a
 * setjmp in the macro, and the resume is a longjmp from
 * exception_catch_resume in arch/x86/entry/entry_*.asm.
 */
#include <kernel/exception.h>
#include <kernel/panic.h>
#include <kernel/sched.h>

struct exception_catch *exception_catch_innermost(void)
{
	return current->catch_top;
}

void exception_catch_push(struct exception_catch *c, unsigned int flags)
{
	c->flags = flags;
	c->info = (struct fault_info){ .vector = -1 };
	c->prev = current->catch_top;
	current->catch_top = c;
}

void exception_catch_pop(struct exception_catch *c)
{
	if (current->catch_top != c)
		panic("exception_catch_pop: catch %p is not the innermost", c);
	current->catch_top = c->prev;
}
