// SPDX-License-Identifier: MIT
/*
 * main() of every host unit test binary: runs the KTEST cases linked into
 * it and prints KTAP on stdout. Usage: ./build/host/foo_test ['suite.glob*']
 */
#include <stdarg.h>
#include <stdio.h>

#include <kernel/ksyms.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>

int vprintk(const char *fmt, va_list ap)
{
	return vprintf(fmt, ap);
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

/* No symbol table on the host: a code address prints as bare hex. */
const char *ksym_format(unsigned long addr, char *buf, size_t size)
{
	snprintf(buf, size, "0x%lx", addr);
	return buf;
}

const char *ksym_format_ret(unsigned long ret, char *buf, size_t size)
{
	return ksym_format(ret, buf, size);
}

int main(int argc, char **argv)
{
	int passed, skipped;
	int failed =
		ktest_run_all(argc > 1 ? argv[1] : NULL, &passed, &skipped);

	fflush(stdout);
	return failed ? 1 : 0;
}
