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

static __noreturn void crash_panic(void)
{
	panic("crash: requested on the command line");
}

static __noreturn void crash_ud(void)
{
	__asm__ __volatile__("ud2");
	__builtin_unreachable();
}

static const struct {
	const char *name;
	void (*crash)(void);
} crashes[] = {
	{ "panic", crash_panic },
	{ "null", crash_null_deref },
	{ "bad_stack", crash_bad_stack },
	{ "ud", crash_ud },
};

void crash_test(const char *what)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(crashes); i++) {
		if (strcmp(what, crashes[i].name) == 0) {
			printk("crash: crashing on purpose: %s\n", what);
			crashes[i].crash();
		}
	}
	printk("crash: unknown crash=%s (panic, null, bad_stack, ud); not crashing\n",
	       what);
}
