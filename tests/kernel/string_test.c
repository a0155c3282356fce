// SPDX-License-Identifier: MIT
/*
 * memset, memcpy, memmove, clear_page and copy_page (arch/x86/lib/string.c)
 * in the kernel's own mode: the host test runs the same sweep
 * (tests/host/string_sweep.h) over the x86_64 code only. Fewer lengths
 * here, as QEMU is slower; both paths, whatever the CPU has.
 */
#include <asm/processor.h>
#include <asm/setup.h>
#include <kernel/ktest.h>
#include <kernel/string.h>
#include <kernel/vmalloc.h>

#include "../host/string_sweep.h"

/* cpu_detect() read the flag the functions go by: CPUID.(7,0):EBX[9]. */
KTEST(string, erms_from_cpuid)
{
	u32 max, b = 0, c, d;

	cpuid(0, &max, &b, &c, &d);
	b = 0;
	if (max >= 7)
		cpuid(7, &max, &b, &c, &d);
	EXPECT_EQ(t, boot_cpu.erms, !!(b & (1u << 9)));
}

#define SWEEP_SMALL 72 /* lengths 0..71: every tail, up to 8 longs */

static const size_t sweep_big[] = { 1000, PAGE_SIZE + 13 };

KTEST(string, sweep)
{
	struct string_sweep s = {
		.fn_memset = memset,
		.fn_memcpy = memcpy,
		.fn_memmove = memmove,
		.fn_clear_page = clear_page,
		.fn_copy_page = copy_page,
		.max_len = PAGE_SIZE + 13,
	};

	s.arena = vmalloc(string_sweep_size(s.max_len));
	ASSERT_NOT_NULL(t, s.arena);
	string_sweep_run(t, &s,
			 1u << SWEEP_MEMSET | 1u << SWEEP_MEMCPY |
				 1u << SWEEP_MEMMOVE | 1u << SWEEP_PAGES,
			 SWEEP_SMALL, sweep_big, ARRAY_SIZE(sweep_big));
	ktest_log(t, "%lu calls checked", (unsigned long)s.calls);
	vfree(s.arena);
}
