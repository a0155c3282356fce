// SPDX-License-Identifier: MIT
/*
 * Every exception class the kernel must survive: it is caught, reported
 * with the right vector, error code, CR2 and IP, and the kernel goes on.
 */
#include <asm/extable.h>
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/exception.h>
#include <kernel/ksyms.h>
#include <kernel/ktest.h>
#include <kernel/string.h>

static volatile unsigned int quotient;

/* Stores its result: a pure function whose result is unused may be dropped. */
static __noinline void divide(unsigned int a, unsigned int b)
{
	quotient = a / b;
}

/* The function that contains ip, by the kernel's own symbol table. */
static const char *function_of(unsigned long ip)
{
	unsigned long off, size;
	const char *name = ksym_lookup(ip, &off, &size);

	return name ? name : "?";
}

KTEST(exceptions, divide_error)
{
	unsigned int one = 1, zero = 0;

	/* Hidden, so the compiler neither traps at build time nor clones divide(). */
	OPTIMIZER_HIDE_VAR(one);
	OPTIMIZER_HIDE_VAR(zero);
	if (EXPECT_EXCEPTION(t, X86_TRAP_DE, divide(one, zero)))
		EXPECT_STREQ(t, function_of(t->fault.ip), "divide");
}

KTEST(exceptions, invalid_opcode)
{
	if (EXPECT_EXCEPTION(t, X86_TRAP_UD, __asm__ __volatile__("ud2")))
		EXPECT_STREQ(t, function_of(t->fault.ip),
			     "ktest_exceptions_invalid_opcode");
}

KTEST(exceptions, breakpoint)
{
	/* int3 is a trap: the saved IP is the instruction after it. */
	EXPECT_EXCEPTION(t, X86_TRAP_BP, __asm__ __volatile__("int3"));
}

#ifdef CONFIG_X86_64
#define OTHER_SEG "fs"
#else
#define OTHER_SEG "gs"
#endif

KTEST(exceptions, general_protection_bad_selector)
{
	/*
	 * A selector past the GDT limit: #GP with the selector as error code.
	 * Into the segment register the per-CPU area does not use (FS on
	 * i386, GS on x86_64 hold it: asm/percpu.h).
	 */
	if (EXPECT_EXCEPTION(t, X86_TRAP_GP,
			     __asm__ __volatile__(
				     "movw %w0, %%" OTHER_SEG ::"r"(0xfff8))))
		EXPECT_EQ(t, t->fault.error_code, 0xfff8UL);
	/* It is left as it was; reloading a good selector still works. */
	__asm__ __volatile__("movw %w0, %%" OTHER_SEG ::"r"(0));
}

#ifdef CONFIG_X86_64
KTEST(exceptions, general_protection_non_canonical)
{
	volatile unsigned long *p = (unsigned long *)0x8000000000000000UL;

	if (EXPECT_EXCEPTION(t, X86_TRAP_GP, (void)*p))
		EXPECT_EQ(t, t->fault.error_code, 0UL);
}
#endif

KTEST(exceptions, page_fault_null_read)
{
	volatile int *p = NULL;

	OPTIMIZER_HIDE_VAR(p);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)*p)) {
		EXPECT_EQ(t, t->fault.address, 0UL);
		/* not present, read, supervisor */
		EXPECT_EQ(t,
			  t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE |
						 X86_PF_USER | X86_PF_INSTR),
			  0UL);
		EXPECT_STREQ(t, function_of(t->fault.ip),
			     "ktest_exceptions_page_fault_null_read");
	}
}

KTEST(exceptions, page_fault_null_write_report)
{
	volatile int *p = (int *)0x10;

	OPTIMIZER_HIDE_VAR(p);
	/* The full oops-style report is printed as test diagnostics. */
	if (EXPECT_EXCEPTION_REPORT(t, X86_TRAP_PF, *p = 1)) {
		EXPECT_EQ(t, t->fault.address, 0x10UL);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_WRITE),
			  X86_PF_WRITE);
	}
}

KTEST(exceptions, page_fault_instruction_fetch)
{
	void (*fn)(void) = NULL;

	OPTIMIZER_HIDE_VAR(fn);
	if (EXPECT_EXCEPTION(t, X86_TRAP_PF, fn())) {
		EXPECT_EQ(t, t->fault.address, 0UL);
		EXPECT_EQ(t, t->fault.ip, 0UL);
		/* The I/D bit exists only with NX paging (EFER.NXE) or SMEP. */
		if (read_cr4() & X86_CR4_PAE && rdmsr(MSR_EFER) & EFER_NXE)
			EXPECT_TRUE(t, t->fault.error_code & X86_PF_INSTR);
	}
}

/* The identity map of the boot code is gone: low virtual memory is not mapped. */
KTEST(exceptions, no_identity_map)
{
	volatile unsigned long *p =
		(unsigned long
			 *)0x100000; /* the kernel's physical load address */

	OPTIMIZER_HIDE_VAR(p);
	EXPECT_EXCEPTION(t, X86_TRAP_PF, (void)*p);
}

KTEST(exceptions, nested_catch)
{
	/* Written between the outer setjmp and its longjmp: not a plain local. */
	static struct fault_info outer, inner;
	volatile int *p = NULL;
	volatile bool inner_caught = false;

	OPTIMIZER_HIDE_VAR(p);
	EXPECT_TRUE(t, catch_exception(&outer, 0, ({
			    inner_caught = catch_exception(&inner, 0, (void)*p);
			    __asm__ __volatile__("ud2");
		    })));
	EXPECT_TRUE(t, inner_caught);
	EXPECT_EQ(t, inner.vector, X86_TRAP_PF);
	EXPECT_EQ(t, outer.vector, X86_TRAP_UD);
}

KTEST(exceptions, no_exception_no_catch)
{
	struct fault_info fi;
	volatile int x = 0;

	EXPECT_FALSE(t, catch_exception(&fi, 0, x++));
	EXPECT_EQ(t, x, 1);
	EXPECT_EQ(t, fi.vector, -1);
}

KTEST(exceptions, exception_table_probe)
{
	unsigned long v = 42, here = 0x1234;

	EXPECT_FALSE(t, probe_read_ulong(NULL, &v));
	EXPECT_EQ(t, v, 42UL);
	EXPECT_TRUE(t, probe_read_ulong(&here, &v));
	EXPECT_EQ(t, v, 0x1234UL);
}

KTEST(exceptions, symbolizer)
{
	char buf[96];
	unsigned long addr = ksym_address("divide");

	ASSERT_NE(t, addr, 0UL);
	EXPECT_STREQ(t, function_of(addr), "divide");
	EXPECT_STREQ(t, function_of(addr + 1), "divide");
	ksym_format(addr + 2, buf, sizeof(buf));
	EXPECT_EQ(t, strncmp(buf, "divide+0x2/0x", 13), 0);
	EXPECT_NULL(t, ksym_lookup(0x1000, &addr, &addr));
}
