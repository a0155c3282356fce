// SPDX-License-Identifier: MIT
/*
 * Host tests of lib/vsprintf.c. Every expectation is an exact string written
 * out by hand, never the host libc's output.
 *
 * Most cases format through format(), which calls vsnprintf: a compiler
 * that treats snprintf as a builtin may compute a constant call's result at
 * compile time (-fprintf-return-value), and then the test would check the
 * compiler instead of our code. The snprintf case covers snprintf itself.
 */
#include <limits.h>
#include <stdarg.h>

#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

static int format(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);

/* vsnprintf with inline arguments, out of the compiler's sight. */
static int format(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return len;
}

/*
 * A NULL string GCC cannot see: a literal NULL for %s draws -Wformat-overflow
 * ("argument is null"), though printing "(null)" is documented behaviour.
 */
static const char *hidden_null(void)
{
	const char *s = NULL;

	OPTIMIZER_HIDE_VAR(s);
	return s;
}

/* Format into a roomy buffer; expect the exact text and its length. */
#define EXPECT_FORMAT(t, expected, ...)                             \
	do {                                                        \
		char buf_[256];                                     \
		int len_ = format(buf_, sizeof(buf_), __VA_ARGS__); \
		EXPECT_STREQ(t, buf_, expected);                    \
		EXPECT_EQ(t, len_, (int)strlen(expected));          \
	} while (0)

KTEST(vsprintf, plain_text)
{
	EXPECT_FORMAT(t, "", "%s", "");
	EXPECT_FORMAT(t, "hello, world", "hello, world");
	EXPECT_FORMAT(t, "%", "%%");
	EXPECT_FORMAT(t, "100% sure", "100%% sure");
	EXPECT_FORMAT(t, "%%", "%%%%");
}

KTEST(vsprintf, string)
{
	EXPECT_FORMAT(t, "abc", "%s", "abc");
	EXPECT_FORMAT(t, "[abc][]", "[%s][%s]", "abc", "");
	EXPECT_FORMAT(t, "(null)", "%s", hidden_null());
	EXPECT_FORMAT(t, "  abc", "%5s", "abc");
	EXPECT_FORMAT(t, "abc  |", "%-5s|", "abc");
	EXPECT_FORMAT(t, "abcdef", "%3s", "abcdef");
	EXPECT_FORMAT(t, "  abc", "%*s", 5, "abc");
	EXPECT_FORMAT(t, "abc  |", "%*s|", -5, "abc");
	EXPECT_FORMAT(t, "  (null)", "%8s", hidden_null());
}

KTEST(vsprintf, string_precision)
{
	/* Not NUL-terminated: a precision must stop the read (ASan checks). */
	static const char abc[3] = { 'a', 'b', 'c' };

	EXPECT_FORMAT(t, "abc", "%.3s", "abcdef");
	EXPECT_FORMAT(t, "ab", "%.*s", 2, "abcdef");
	EXPECT_FORMAT(t, "", "%.0s", "abcdef");
	EXPECT_FORMAT(t, "", "%.s", "abcdef");
	EXPECT_FORMAT(t, "abc", "%.10s", "abc");
	EXPECT_FORMAT(t, "abc", "%.3s", abc);
	EXPECT_FORMAT(t, "   ab", "%5.2s", "abcdef");
	EXPECT_FORMAT(t, "ab   |", "%-5.2s|", "abcdef");
	EXPECT_FORMAT(t, "   ab", "%*.*s", 5, 2, "abcdef");
	/* A negative precision from '*' means none. */
	EXPECT_FORMAT(t, "abcdef", "%.*s", -1, "abcdef");
	/* NULL prints as the string "(null)", precision and all. */
	EXPECT_FORMAT(t, "(nu", "%.3s", hidden_null());
}

KTEST(vsprintf, char)
{
	char buf[8];

	EXPECT_FORMAT(t, "x", "%c", 'x');
	EXPECT_FORMAT(t, "abc", "%c%c%c", 'a', 'b', 'c');
	EXPECT_FORMAT(t, "  x", "%3c", 'x');
	EXPECT_FORMAT(t, "x  |", "%-3c|", 'x');
	EXPECT_FORMAT(t, "A", "%c", 0x141); /* converted to unsigned char */
	/* %c of 0 stores a NUL inside the output and still counts it. */
	EXPECT_EQ(t, format(buf, sizeof(buf), "a%cb", 0), 3);
	EXPECT_EQ(t, buf[0], 'a');
	EXPECT_EQ(t, buf[1], '\0');
	EXPECT_EQ(t, buf[2], 'b');
	EXPECT_EQ(t, buf[3], '\0');
}

KTEST(vsprintf, signed_decimal)
{
	EXPECT_FORMAT(t, "0", "%d", 0);
	EXPECT_FORMAT(t, "42", "%d", 42);
	EXPECT_FORMAT(t, "-42", "%d", -42);
	EXPECT_FORMAT(t, "-1", "%i", -1);
	EXPECT_FORMAT(t, "2147483647", "%d", INT_MAX);
	EXPECT_FORMAT(t, "-2147483648", "%d", INT_MIN);
	EXPECT_FORMAT(t, "-2147483648", "%i", INT_MIN);
	EXPECT_FORMAT(t, "1 -2 3", "%d %i %d", 1, -2, 3);
}

KTEST(vsprintf, unsigned_decimal)
{
	EXPECT_FORMAT(t, "0", "%u", 0u);
	EXPECT_FORMAT(t, "4294967295", "%u", UINT_MAX);
	EXPECT_FORMAT(t, "4294967295", "%u", 0xffffffffu);
	EXPECT_FORMAT(t, "2147483648", "%u", (unsigned int)INT_MAX + 1);
	EXPECT_FORMAT(t, "1000000000", "%u", 1000000000u);
}

KTEST(vsprintf, hex_and_octal)
{
	EXPECT_FORMAT(t, "0", "%x", 0u);
	EXPECT_FORMAT(t, "deadbeef", "%x", 0xdeadbeefu);
	EXPECT_FORMAT(t, "DEADBEEF", "%X", 0xdeadbeefu);
	EXPECT_FORMAT(t, "ffffffff", "%x", 0xffffffffu);
	EXPECT_FORMAT(t, "FFFFFFFF", "%X", UINT_MAX);
	EXPECT_FORMAT(t, "a", "%x", 10u);
	EXPECT_FORMAT(t, "0x1f", "%#x", 0x1fu);
	EXPECT_FORMAT(t, "0X1F", "%#X", 0x1fu);
	EXPECT_FORMAT(t, "0", "%#x", 0u); /* C: no prefix on zero */
	EXPECT_FORMAT(t, "17", "%o", 15u);
	EXPECT_FORMAT(t, "37777777777", "%o", UINT_MAX);
	EXPECT_FORMAT(t, "010", "%#o", 8u);
	EXPECT_FORMAT(t, "0", "%#o", 0u);
}

KTEST(vsprintf, length_char_short)
{
	EXPECT_FORMAT(t, "-128", "%hhd", (signed char)-128);
	EXPECT_FORMAT(t, "127", "%hhi", (signed char)127);
	EXPECT_FORMAT(t, "255", "%hhu", (unsigned char)255);
	EXPECT_FORMAT(t, "-32768", "%hd", (short)-32768);
	EXPECT_FORMAT(t, "65535", "%hu", (unsigned short)65535);
	EXPECT_FORMAT(t, "ABCD", "%hX", (unsigned short)0xabcd);
}

KTEST(vsprintf, length_long)
{
	bool lp64 = sizeof(long) == 8;

	EXPECT_FORMAT(t, "0", "%ld", 0L);
	EXPECT_FORMAT(t, "-1", "%ld", -1L);
	EXPECT_FORMAT(t, "123456789", "%lu", 123456789UL);
	EXPECT_FORMAT(t, "cafe", "%lx", 0xcafeUL);
	EXPECT_FORMAT(t, lp64 ? "9223372036854775807" : "2147483647", "%ld",
		      LONG_MAX);
	EXPECT_FORMAT(t, lp64 ? "-9223372036854775808" : "-2147483648", "%li",
		      LONG_MIN);
	EXPECT_FORMAT(t, lp64 ? "18446744073709551615" : "4294967295", "%lu",
		      ULONG_MAX);
	EXPECT_FORMAT(t, lp64 ? "ffffffffffffffff" : "ffffffff", "%lx",
		      ULONG_MAX);
	EXPECT_FORMAT(t, lp64 ? "FFFFFFFFFFFFFFFF" : "FFFFFFFF", "%lX",
		      ULONG_MAX);
}

KTEST(vsprintf, length_long_long)
{
	EXPECT_FORMAT(t, "0", "%lld", 0LL);
	EXPECT_FORMAT(t, "9223372036854775807", "%lld", LLONG_MAX);
	EXPECT_FORMAT(t, "-9223372036854775808", "%lld", LLONG_MIN);
	EXPECT_FORMAT(t, "-9223372036854775807", "%lli", LLONG_MIN + 1);
	EXPECT_FORMAT(t, "18446744073709551615", "%llu", ULLONG_MAX);
	EXPECT_FORMAT(t, "ffffffffffffffff", "%llx", ULLONG_MAX);
	EXPECT_FORMAT(t, "FFFFFFFFFFFFFFFF", "%llX", ULLONG_MAX);
	EXPECT_FORMAT(t, "1777777777777777777777", "%llo", ULLONG_MAX);
	EXPECT_FORMAT(t, "4294967295", "%llu", 0xffffffffULL);
	EXPECT_FORMAT(t, "4294967296", "%llu", 0x100000000ULL);
	EXPECT_FORMAT(t, "100000000", "%llx", 0x100000000ULL);
	EXPECT_FORMAT(t, "-4294967296", "%lld", -0x100000000LL);
	EXPECT_FORMAT(t, "10000000000000000000", "%llu",
		      10000000000000000000ULL);
	EXPECT_FORMAT(t, "12345678901234567890", "%llu",
		      12345678901234567890ULL);
	EXPECT_FORMAT(t, "123456789abcdef0", "%llx", 0x123456789abcdef0ULL);
	/* A 64-bit argument must not shift the ones after it. */
	EXPECT_FORMAT(t, "1 18446744073709551615 2", "%d %llu %d", 1,
		      ULLONG_MAX, 2);
}

KTEST(vsprintf, length_size_and_others)
{
	bool lp64 = sizeof(size_t) == 8;

	EXPECT_FORMAT(t, "0", "%zu", (size_t)0);
	EXPECT_FORMAT(t, "4096", "%zu", (size_t)4096);
	EXPECT_FORMAT(t, "1000", "%zx", (size_t)4096);
	EXPECT_FORMAT(t, lp64 ? "18446744073709551615" : "4294967295", "%zu",
		      SIZE_MAX);
	EXPECT_FORMAT(t, lp64 ? "ffffffffffffffff" : "ffffffff", "%zx",
		      SIZE_MAX);
	EXPECT_FORMAT(t, "-1", "%zd", (ptrdiff_t)-1);
	EXPECT_FORMAT(t, "-5", "%td", (ptrdiff_t)-5);
	EXPECT_FORMAT(t, lp64 ? "-9223372036854775808" : "-2147483648", "%zd",
		      PTRDIFF_MIN);
	EXPECT_FORMAT(t, "-9223372036854775808", "%jd", (intmax_t)LLONG_MIN);
	EXPECT_FORMAT(t, "18446744073709551615", "%ju", (uintmax_t)ULLONG_MAX);
}

/* Check "%llu" against a reference conversion using native 64-bit '/'. */
KTEST(vsprintf, decimal_u64_sweep)
{
	u64 x = 0x9e3779b97f4a7c15ULL;
	char expected[24], got[24];
	int i, k, failures = 0;

	for (i = 0; i < 20000; i++) {
		/* xorshift64, then vary the magnitude with a shift. */
		u64 v, q;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		v = x >> (i % 64);
		k = sizeof(expected) - 1;
		expected[k] = '\0';
		q = v;
		do {
			expected[--k] = (char)('0' + q % 10);
			q /= 10;
		} while (q);
		format(got, sizeof(got), "%llu", (unsigned long long)v);
		if (strcmp(got, expected + k) != 0 && failures++ < 5)
			EXPECT_STREQ(t, got, expected + k);
	}
	EXPECT_EQ(t, failures, 0);
}

KTEST(vsprintf, width_and_padding)
{
	EXPECT_FORMAT(t, "   42", "%5d", 42);
	EXPECT_FORMAT(t, "42   |", "%-5d|", 42);
	EXPECT_FORMAT(t, "00042", "%05d", 42);
	EXPECT_FORMAT(t, "-0042", "%05d", -42);
	EXPECT_FORMAT(t, "  -42", "%5d", -42);
	EXPECT_FORMAT(t, "-42  |", "%-5d|", -42);
	EXPECT_FORMAT(t, "123456", "%3d", 123456);
	EXPECT_FORMAT(t, "0", "%0d", 0);
	EXPECT_FORMAT(t, "0000beef", "%08x", 0xbeefu);
	EXPECT_FORMAT(t, "0x0000beef", "%#010x", 0xbeefu);
	EXPECT_FORMAT(t, "    0xbeef", "%#10x", 0xbeefu);
	EXPECT_FORMAT(t, "      ", "%6s", "");
	EXPECT_FORMAT(t, "    42", "%*d", 6, 42);
	EXPECT_FORMAT(t, "42    |", "%*d|", -6, 42);
	EXPECT_FORMAT(t, "000042", "%0*d", 6, 42);
	EXPECT_FORMAT(t, "-0000000000000000009223372036854775808", "%038lld",
		      LLONG_MIN);
	EXPECT_FORMAT(t, "00000000000000000000018446744073709551615", "%041llu",
		      ULLONG_MAX);
	EXPECT_FORMAT(t, "ffffffffffffffff  |", "%-18llx|", ULLONG_MAX);
}

KTEST(vsprintf, integer_precision)
{
	EXPECT_FORMAT(t, "00042", "%.5d", 42);
	EXPECT_FORMAT(t, "-005", "%.3d", -5);
	EXPECT_FORMAT(t, "     042", "%8.3d", 42);
	EXPECT_FORMAT(t, "042     |", "%-8.3d|", 42);
	EXPECT_FORMAT(t, "", "%.0d", 0); /* C: zero digits of 0 */
	EXPECT_FORMAT(t, "   ", "%3.0u", 0u);
	EXPECT_FORMAT(t, "7", "%.0d", 7);
	EXPECT_FORMAT(t, "0000ff", "%.6x", 0xffu);
	EXPECT_FORMAT(t, "0x0000ff", "%#.6x", 0xffu);
	EXPECT_FORMAT(t, "00042", "%.*d", 5, 42);
}

KTEST(vsprintf, sign_flags)
{
	EXPECT_FORMAT(t, "+5", "%+d", 5);
	EXPECT_FORMAT(t, "-5", "%+d", -5);
	EXPECT_FORMAT(t, "+0", "%+d", 0);
	EXPECT_FORMAT(t, " 5", "% d", 5);
	EXPECT_FORMAT(t, "-5", "% d", -5);
	EXPECT_FORMAT(t, "+0042", "%+05d", 42);
	EXPECT_FORMAT(t, " 0042", "% 05d", 42);
	EXPECT_FORMAT(t, "  +42", "%+5d", 42);
	EXPECT_FORMAT(t, "+9223372036854775807", "%+lld", LLONG_MAX);
}

/*
 * Formats that C defines but -Wformat rightly flags in real code: the
 * warning is off until the matching pop.
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"

/* A wider int argument is converted to the modifier's type. */
KTEST(vsprintf, length_converts_argument)
{
	EXPECT_FORMAT(t, "-1", "%hhd", 255);
	EXPECT_FORMAT(t, "0", "%hhu", 256);
	EXPECT_FORMAT(t, "ff", "%hhx", 0x1ff);
	EXPECT_FORMAT(t, "-1", "%hd", 65535);
	EXPECT_FORMAT(t, "0", "%hu", 65536);
	EXPECT_FORMAT(t, "2345", "%hx", 0x12345);
}

/* Flags C ignores in some combinations. */
KTEST(vsprintf, ignored_flags)
{
	/* '-' beats '0', '+' beats ' ', a precision beats '0'. */
	EXPECT_FORMAT(t, "-42  |", "%-05d|", -42);
	EXPECT_FORMAT(t, "+5", "% +d", 5);
	EXPECT_FORMAT(t, "     042", "%08.3d", 42);
	/* '+' and ' ' only apply to signed conversions. */
	EXPECT_FORMAT(t, "5", "%+u", 5u);
	EXPECT_FORMAT(t, "ff", "% x", 0xffu);
	/* '0' pads strings and characters with spaces. */
	EXPECT_FORMAT(t, "  abc", "%05s", "abc");
	EXPECT_FORMAT(t, "  x", "%03c", 'x');
	/* A width on %% is ignored. */
	EXPECT_FORMAT(t, "%", "%5%");
}

KTEST(vsprintf, unknown_conversion)
{
	EXPECT_FORMAT(t, "%q", "%q");
	EXPECT_FORMAT(t, "a%qb", "a%qb");
	EXPECT_FORMAT(t, "%-5q", "%-5q");
	EXPECT_FORMAT(t, "%lq", "%lq");
	/* The argument is not consumed: the next conversion gets it. */
	EXPECT_FORMAT(t, "%q 7", "%q %d", 7);
	/* A format ending inside a conversion is copied as written. */
	EXPECT_FORMAT(t, "abc%", "abc%");
	EXPECT_FORMAT(t, "abc%-5", "abc%-5");
	EXPECT_FORMAT(t, "x=%ll", "x=%ll");
}

#pragma GCC diagnostic pop

KTEST(vsprintf, pointer)
{
	bool p64 = sizeof(void *) == 8;

	EXPECT_FORMAT(t, p64 ? "0x0000000000000000" : "0x00000000", "%p", NULL);
	EXPECT_FORMAT(t, p64 ? "0x0000000000001234" : "0x00001234", "%p",
		      (void *)0x1234);
	EXPECT_FORMAT(t, p64 ? "0xffffffffffffffff" : "0xffffffff", "%p",
		      (void *)UINTPTR_MAX);
	EXPECT_FORMAT(t, p64 ? "0xdeadbeefcafef00d" : "0xcafef00d", "%p",
		      (void *)(uintptr_t)0xdeadbeefcafef00dULL);
	EXPECT_FORMAT(t, p64 ? "  0x0000000000000010" : "          0x00000010",
		      "%20p", (void *)0x10);
	EXPECT_FORMAT(t,
		      p64 ? "0x0000000000000010  |" : "0x00000010          |",
		      "%-20p|", (void *)0x10);
	EXPECT_FORMAT(t, p64 ? "[0x0000000000000001]" : "[0x00000001]", "[%p]",
		      (void *)1);
}

KTEST(vsprintf, truncation)
{
	char buf[16];

	EXPECT_EQ(t, format(buf, 5, "hello world"), 11);
	EXPECT_STREQ(t, buf, "hell");
	EXPECT_EQ(t, format(buf, 4, "%d", 123456), 6);
	EXPECT_STREQ(t, buf, "123");
	EXPECT_EQ(t, format(buf, 3, "%s", "(abc)"), 5);
	EXPECT_STREQ(t, buf, "(a");
	EXPECT_EQ(t, format(buf, 6, "%8d", 1), 8);
	EXPECT_STREQ(t, buf, "     ");
	EXPECT_EQ(t, format(buf, 8, "%llu", ULLONG_MAX), 20);
	EXPECT_STREQ(t, buf, "1844674");
	EXPECT_EQ(t, format(buf, 1, "hello"), 5);
	EXPECT_STREQ(t, buf, "");
	/* Exact fit: size = length + 1 keeps everything... */
	EXPECT_EQ(t, format(buf, 6, "%s", "hello"), 5);
	EXPECT_STREQ(t, buf, "hello");
	/* ...size = length loses the last character to the NUL. */
	EXPECT_EQ(t, format(buf, 5, "%s", "hello"), 5);
	EXPECT_STREQ(t, buf, "hell");
	EXPECT_EQ(t, format(buf, sizeof(buf), "%s", ""), 0);
	EXPECT_STREQ(t, buf, "");
}

KTEST(vsprintf, size_zero)
{
	char buf[4] = { 'x', 'y', 'z', 'w' };

	EXPECT_EQ(t, format(buf, 0, "hello %d", 42), 8);
	EXPECT_EQ(t, buf[0], 'x');
	EXPECT_EQ(t, buf[3], 'w');
	/* The measuring idiom: no buffer at all. */
	EXPECT_EQ(t, format(NULL, 0, "%s-%llu", "abc", ULLONG_MAX), 24);
}

/*
 * For every size from 0 to past the full length: the return value never
 * changes, the stored prefix and its NUL are right, and no byte at or past
 * buf[size] is touched (a canary fills the rest of the array).
 */
KTEST(vsprintf, never_writes_past_size)
{
	static const char expected[] = "pid 42: 0xdeadbeef '  x' (null)";
	const int len = (int)sizeof(expected) - 1;
	unsigned char buf[64];
	int size, i, bad_canary, bad_text;

	for (size = 0; size <= len + 2; size++) {
		int stored = size > 0 ? min(size - 1, len) : 0;

		for (i = 0; i < (int)sizeof(buf); i++)
			buf[i] = 0xa5;
		EXPECT_EQ(t,
			  format((char *)buf, size, "pid %d: %#x '%3c' %s", 42,
				 0xdeadbeefu, 'x', hidden_null()),
			  len);
		bad_canary = 0;
		for (i = size; i < (int)sizeof(buf); i++)
			bad_canary += buf[i] != 0xa5;
		EXPECT_EQ(t, bad_canary, 0);
		if (size == 0)
			continue;
		bad_text = memcmp(buf, expected, stored) != 0;
		EXPECT_EQ(t, bad_text, 0);
		EXPECT_EQ(t, buf[stored], 0);
		if (bad_canary || bad_text)
			ktest_log(t, "size %d", size);
	}
}

KTEST(vsprintf, mixed)
{
	EXPECT_FORMAT(t, "pgd[769] = 0x00103003 (present, rw)",
		      "%s[%u] = 0x%08x (%s)", "pgd", 769u, 0x103003u,
		      "present, rw");
	EXPECT_FORMAT(t, "#PF: error_code(0x0002) - not-present page",
		      "#PF: error_code(0x%04lx) - %s", 2UL, "not-present page");
	EXPECT_FORMAT(t, "|left  |  right|000042|", "|%-6s|%7s|%06d|", "left",
		      "right", 42);
	EXPECT_FORMAT(t, "a1b2c3", "%c%d%c%u%c%x", 'a', 1, 'b', 2u, 'c', 3u);
}

KTEST(vsprintf, snprintf)
{
	char buf[8];
	int n = 12345;

	/* Hide n so the compiler cannot precompute the call. */
	OPTIMIZER_HIDE_VAR(n);
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "n=%d!", n), 8);
	EXPECT_STREQ(t, buf, "n=12345");
	EXPECT_EQ(t, snprintf(buf, sizeof(buf), "%x", (unsigned int)n), 4);
	EXPECT_STREQ(t, buf, "3039");
}
