/* SPDX-License-Identifier: MIT */
/*
 * Catching CPU exceptions in kernel code: the mechanism behind tests that
 * expect a fault, and behind the test runner surviving a crashing case.
 *
 *	struct fault_info fi;
 *	if (catch_exception(&fi, 0, *(volatile int *)p = 1))
 *		... fi.vector == X86_TRAP_PF, fi.address == p ...
 *
 * Catches nest; the innermost one armed gets the exception. The exception
 * handler records the fault, then resumes at the catch point with the stack
 * and callee-saved registers it had when the catch was armed (a longjmp
 * through the trap frame), so it must not outlive the function that armed
 * it. As with setjmp, a local that stmt changes and the code after a caught
 * exception reads must be volatile (or static). Exceptions with no catch
 * armed take the oops path.
 */
#ifndef KERNEL_EXCEPTION_H
#define KERNEL_EXCEPTION_H

#include <asm/setjmp.h>
#include <kernel/types.h>

struct fault_info {
	int vector;
	unsigned long error_code;
	unsigned long address; /* CR2 for #PF */
	unsigned long ip;
};

#define CATCH_REPORT 0x1 /* print the full exception report */

struct exception_catch {
	jmp_buf jb;
	unsigned int flags;
	struct fault_info info;
	struct exception_catch *prev;
};

/*
 * Innermost catch the current task armed, or NULL. Catches belong to the
 * task (task_struct.catch_top), so they follow it to any CPU.
 */
struct exception_catch *exception_catch_innermost(void);

/* "#PF page fault" style name of a CPU exception vector. */
const char *exception_name(int vector);

void exception_catch_push(struct exception_catch *c, unsigned int flags);
void exception_catch_pop(struct exception_catch *c);

#define catch_exception(fi, flags, stmt)              \
	({                                            \
		struct exception_catch catch_;        \
		bool caught_;                         \
		exception_catch_push(&catch_, flags); \
		if (setjmp(catch_.jb) == 0) {         \
			stmt;                         \
			caught_ = false;              \
		} else {                              \
			caught_ = true;               \
		}                                     \
		exception_catch_pop(&catch_);         \
		*(fi) = catch_.info;                  \
		caught_;                              \
	})

#endif
