// SPDX-License-Identifier: MIT
/*
 * Boot-time tests of snprintf, run inside the kernel in every mode. They
 * prove the freestanding build: on i386 and PAE every 64-bit conversion
 * goes through lib/vsprintf.c's 32-bit-only division, as there is no
 * libgcc to fall back on. The host tests (tests/host/vsprintf_test.c) go
 * deeper into flags and corner cases; these cover each conversion and
 * modifier once more, on the real target.
 */
#include <limits.h>

#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

/* snprintf into a roomy buffer; expect the exact text and its length. */
#define EXPECT_SNPRINTF(t, expected, ...)                             \
	do {                                                          \
		char buf_[128];                                       \
		int len_ = snprintf(buf_, sizeof(buf_), __VA_ARGS__); \
		EXPECT_STREQ(t, buf_, expected);                      \
		EXPECT_EQ(t, len_, (int)strlen(expected));            \
	} while (0)

static const bool lp64 = sizeof(long) == 8;

KTEST(printk, conversions)
{
	const char *null_str = NULL;

	OPTIMIZER_HIDE_VAR(null_str); /* a literal NULL draws a warning */
	EXPECT_SNPRINTF(t, "kernel", "%s", "kernel");
	EXPECT_SNPRINTF(t, "(null)", "%s", null_str);
	EXPECT_SNPRINTF(t, "Q", "%c", 'Q');
	EXPECT_SNPRINTF(t, "-17", "%d", -17);
	EXPECT_SNPRINTF(t, "17", "%i", 17);
	EXPECT_SNPRINTF(t, "3000000000", "%u", 3000000000u);
	EXPECT_SNPRINTF(t, "c0ffee", "%x", 0xc0ffeeu);
	EXPECT_SNPRINTF(t, "C0FFEE", "%X", 0xc0ffeeu);
	EXPECT_SNPRINTF(t, "50%", "%d%%", 50);
	EXPECT_SNPRINTF(t, "cr3=0x1000 ok", "%s=%#x %s", "cr3", 0x1000u, "ok");
}

KTEST(printk, int_edges)
{
	EXPECT_SNPRINTF(t, "0 0 0", "%d %u %x", 0, 0u, 0u);
	EXPECT_SNPRINTF(t, "2147483647", "%d", INT_MAX);
	EXPECT_SNPRINTF(t, "-2147483648", "%d", INT_MIN);
	EXPECT_SNPRINTF(t, "4294967295", "%u", UINT_MAX);
	EXPECT_SNPRINTF(t, "ffffffff", "%x", 0xffffffffu);
	EXPECT_SNPRINTF(t, "FFFFFFFF", "%X", UINT_MAX);
	EXPECT_SNPRINTF(t, "-1", "%hhd", (signed char)-1);
	EXPECT_SNPRINTF(t, "65535", "%hu", (unsigned short)0xffff);
}

KTEST(printk, long_and_size)
{
	EXPECT_SNPRINTF(t, lp64 ? "-9223372036854775808" : "-2147483648", "%ld",
			LONG_MIN);
	EXPECT_SNPRINTF(t, lp64 ? "9223372036854775807" : "2147483647", "%ld",
			LONG_MAX);
	EXPECT_SNPRINTF(t, lp64 ? "18446744073709551615" : "4294967295", "%lu",
			ULONG_MAX);
	EXPECT_SNPRINTF(t, lp64 ? "ffffffffffffffff" : "ffffffff", "%lx",
			ULONG_MAX);
	EXPECT_SNPRINTF(t, lp64 ? "18446744073709551615" : "4294967295", "%zu",
			SIZE_MAX);
	EXPECT_SNPRINTF(t, lp64 ? "ffffffffffffffff" : "ffffffff", "%zx",
			SIZE_MAX);
	EXPECT_SNPRINTF(t, "4096 1000", "%zu %zx", (size_t)4096, (size_t)4096);
	EXPECT_SNPRINTF(t, "-3", "%zd", (ptrdiff_t)-3);
}

KTEST(printk, long_long_edges)
{
	EXPECT_SNPRINTF(t, "-9223372036854775808", "%lld", LLONG_MIN);
	EXPECT_SNPRINTF(t, "9223372036854775807", "%lld", LLONG_MAX);
	EXPECT_SNPRINTF(t, "18446744073709551615", "%llu", ULLONG_MAX);
	EXPECT_SNPRINTF(t, "ffffffffffffffff", "%llx", ULLONG_MAX);
	EXPECT_SNPRINTF(t, "4294967295", "%llu", 0xffffffffULL);
	EXPECT_SNPRINTF(t, "4294967296", "%llu", 0x100000000ULL);
	EXPECT_SNPRINTF(t, "8589934592", "%llu", 1ULL << 33);
	EXPECT_SNPRINTF(t, "1099511627776", "%llu", 1ULL << 40);
	EXPECT_SNPRINTF(t, "9223372036854775808", "%llu", 1ULL << 63);
	EXPECT_SNPRINTF(t, "18364758544493064720", "%llu",
			0xfedcba9876543210ULL);
	EXPECT_SNPRINTF(t, "fedcba9876543210", "%llx", 0xfedcba9876543210ULL);
	EXPECT_SNPRINTF(t, "-1099511627776", "%lld", -(1LL << 40));
	/* Physical addresses are u64 in every mode. */
	EXPECT_SNPRINTF(t, "phys 0x0000000100000000", "phys 0x%016llx",
			(unsigned long long)(phys_addr_t)0x100000000ULL);
	/* A 64-bit argument must not shift the ones after it. */
	EXPECT_SNPRINTF(t, "7 18446744073709551615 8", "%d %llu %d", 7,
			ULLONG_MAX, 8);
}

/*
 * 10^k and 10^k - 1 for every k a u64 holds, positive and negative: each
 * digit boundary of the 32-bit-only division.
 */
KTEST(printk, powers_of_ten)
{
	char ones[24], nines[24], neg[24], got[24];
	unsigned long long p = 1;
	int k, i;

	for (k = 0; k <= 19; k++, p *= 10) {
		ones[0] = '1';
		neg[0] = '-';
		for (i = 1; i <= k; i++) {
			ones[i] = '0';
			nines[i - 1] = '9';
			neg[i] = '9';
		}
		ones[k + 1] = '\0';
		nines[k] = '\0';
		neg[k + 1] = '\0';

		snprintf(got, sizeof(got), "%llu", p);
		EXPECT_STREQ(t, got, ones);
		if (k == 0)
			continue;
		snprintf(got, sizeof(got), "%llu", p - 1);
		EXPECT_STREQ(t, got, nines);
		if (k <= 18) {
			snprintf(got, sizeof(got), "%lld", -(long long)(p - 1));
			EXPECT_STREQ(t, got, neg);
		}
	}
}

KTEST(printk, width_and_zero_padding)
{
	EXPECT_SNPRINTF(t, "[   42]", "[%5d]", 42);
	EXPECT_SNPRINTF(t, "[42   ]", "[%-5d]", 42);
	EXPECT_SNPRINTF(t, "[00042]", "[%05d]", 42);
	EXPECT_SNPRINTF(t, "[-0042]", "[%05d]", -42);
	EXPECT_SNPRINTF(t, "[    7]", "[%*u]", 5, 7u);
	EXPECT_SNPRINTF(t, "[7    ]", "[%*u]", -5, 7u);
	EXPECT_SNPRINTF(t, "[0000beef]", "[%08x]", 0xbeefu);
	EXPECT_SNPRINTF(t, "[0x00103003]", "[%#010x]", 0x103003u);
	EXPECT_SNPRINTF(t, "[00000000ffffffff]", "[%016llx]", 0xffffffffULL);
	EXPECT_SNPRINTF(t, "[-0000000000000000009223372036854775808]",
			"[%038lld]", LLONG_MIN);
	EXPECT_SNPRINTF(t, "[ 18446744073709551615]", "[%21llu]", ULLONG_MAX);
	EXPECT_SNPRINTF(t, "[00000000000000004096]", "[%020zu]", (size_t)4096);
	EXPECT_SNPRINTF(t, "[  pte]", "[%5s]", "pte");
	EXPECT_SNPRINTF(t, "[pte  ]", "[%-5s]", "pte");
	EXPECT_SNPRINTF(t, "[ c]", "[%2c]", 'c');
	EXPECT_SNPRINTF(t, "[+5]", "[%+d]", 5);
}

KTEST(printk, string_precision)
{
	const char *null_str = NULL;

	OPTIMIZER_HIDE_VAR(null_str);
	EXPECT_SNPRINTF(t, "vma", "%.3s", "vmalloc");
	EXPECT_SNPRINTF(t, "vmal", "%.*s", 4, "vmalloc");
	EXPECT_SNPRINTF(t, "", "%.0s", "vmalloc");
	EXPECT_SNPRINTF(t, "  vm|", "%4.2s|", "vmalloc");
	EXPECT_SNPRINTF(t, "(nul", "%.4s", null_str);
}

KTEST(printk, pointer)
{
	/* Top half of the address space: 0x80000000 or 0xffffffff80000000. */
	void *high = (void *)((uintptr_t)-1 << 31);

	if (sizeof(void *) == 8) {
		EXPECT_SNPRINTF(t, "0x0000000000000000", "%p", NULL);
		EXPECT_SNPRINTF(t, "0x00000000c0100000", "%p",
				(void *)(uintptr_t)0xc0100000u);
		EXPECT_SNPRINTF(t, "0xffffffff80000000", "%p", high);
		EXPECT_SNPRINTF(t, "[  0x0000000000000001]", "[%20p]",
				(void *)1);
	} else {
		EXPECT_SNPRINTF(t, "0x00000000", "%p", NULL);
		EXPECT_SNPRINTF(t, "0xc0100000", "%p",
				(void *)(uintptr_t)0xc0100000u);
		EXPECT_SNPRINTF(t, "0x80000000", "%p", high);
		EXPECT_SNPRINTF(t, "[          0x00000001]", "[%20p]",
				(void *)1);
	}
}

KTEST(printk, truncation)
{
	char buf[12];
	int i;

	for (i = 0; i < (int)sizeof(buf); i++)
		buf[i] = '#';
	/* size 0 stores nothing, not even the NUL. */
	EXPECT_EQ(t, snprintf(buf, 0, "%llu", ULLONG_MAX), 20);
	EXPECT_EQ(t, buf[0], '#');
	/* Truncated: size - 1 characters, a NUL, and buf[size] untouched. */
	EXPECT_EQ(t, snprintf(buf, 8, "%llu", ULLONG_MAX), 20);
	EXPECT_STREQ(t, buf, "1844674");
	EXPECT_EQ(t, buf[8], '#');
	/* Exact fit, then one short. */
	EXPECT_EQ(t, snprintf(buf, 11, "%s", "0123456789"), 10);
	EXPECT_STREQ(t, buf, "0123456789");
	EXPECT_EQ(t, buf[11], '#');
	EXPECT_EQ(t, snprintf(buf, 10, "%s", "0123456789"), 10);
	EXPECT_STREQ(t, buf, "012345678");
	EXPECT_EQ(t, snprintf(buf, 1, "%d", 5), 1);
	EXPECT_STREQ(t, buf, "");
	EXPECT_EQ(t, snprintf(NULL, 0, "%p", NULL),
		  2 + 2 * (int)sizeof(void *));
}

/* An unknown conversion is printed as written. */
KTEST(printk, unknown_conversion)
{
	char buf[16];

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "a%qb"), 4);
#pragma GCC diagnostic pop
	EXPECT_STREQ(t, buf, "a%qb");
}
