// SPDX-License-Identifier: MIT
/*
 * crash=<what> on the command line: deliberately crash the kernel in one
 * of the ways the oops and panic paths must report, for the boots in
 * tests/run that expect a panic. None of these return.
 */
#include <asm/processor.h>
#include <kernel/compiler.h>
#include <kernel/crash.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/string.h>

/* Point the stack at unmapped memory and push: the #PF cannot be delivered on that stack. */
static __noreturn void crash_bad_stack(void)
{
#ifdef CONFIG_X86_64
	__asm__ __volatile__("mov $0x1000, %%rsp\n\tpush %%rax" ::: "memory");
#else
	__asm__ __volatile__("mov $0x1000, %%esp\n\tpush %%eax" ::: "memory");
#endif
	__builtin_unreachable();
}

static __noinline __noreturn void crash_null_deref(void)
{
	volatile int *p = NULL;

	OPTIMIZER_HIDE_VAR(p);
	*p = 0xbad;
	panic("crash: NULL write did not fault");
}

static const char *const crash_names[] = { "panic", "null", "bad_stack", "ud" };

static bool crash_known(const char *what)
{
	for (unsigned int i = 0; i < ARRAY_SIZE(crash_names); i++)
		if (strcmp(what, crash_names[i]) == 0)
			return true;
	return false;
}

/* The crashes stay inline here: the oops must name crash_test. */
void crash_test(const char *what)
{
	if (!crash_known(what)) {
		printk("crash: unknown crash=%s (panic, null, bad_stack, ud); not crashing\n",
		       what);
		return;
	}
	printk("crash: crashing on purpose: %s\n", what);
	if (strcmp(what, "panic") == 0)
		panic("crash: requested on the command line");
	if (strcmp(what, "null") == 0)
		crash_null_deref();
	if (strcmp(what, "bad_stack") == 0)
		crash_bad_stack();
	__asm__ __volatile__("ud2"); /* "ud" */
}
