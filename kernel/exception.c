// SPDX-License-Identifier: MIT
/*
 * The stack of armed exception catches (include/kernel/exception.h). The
 * arch trap code consults exception_catch_top; the catch itself is a
 * setjmp in the macro, and the resume is a longjmp from
 * exception_catch_resume in arch/x86/entry/entry_*.asm.
 */
#include <kernel/exception.h>
#include <kernel/panic.h>

struct exception_catch *exception_catch_top;

void exception_catch_push(struct exception_catch *c, unsigned int flags)
{
	c->flags = flags;
	c->info = (struct fault_info){ .vector = -1 };
	c->prev = exception_catch_top;
	exception_catch_top = c;
}

void exception_catch_pop(struct exception_catch *c)
{
	if (exception_catch_top != c)
		panic("exception_catch_pop: catch %p is not the innermost", c);
	exception_catch_top = c->prev;
}
