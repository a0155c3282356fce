// SPDX-License-Identifier: MIT
/*
 * Host tests of lib/string.c and arch/x86/lib/string.c (this host is
 * x86_64: the 64-bit code; tests/kernel/string_test.c runs the same sweep
 * in every mode).
 *
 * A host binary already has libc's memset, strcmp and friends, which the
 * test runner and the sanitizers use; linking lib/string.c as well would
 * clash with them or silently replace them. So this file includes
 * both files itself with every function renamed by a macro (memset ->
 * kmemset, ...): the macros rename both the declarations they get from
 * <kernel/string.h> and their definitions, and are dropped right after, so
 * the rest of the binary still uses libc's. That is why this test lists no
 * sources in tests.mk, and why <kernel/string.h> must not be included
 * before this point (its include guard would skip the renamed declarations).
 * clear_page and copy_page have no libc namesakes and keep their names.
 *
 * ASan does not see into inline asm: the sweep's guard bytes catch a
 * store outside the destination instead.
 */
#define memset kmemset
#define memcpy kmemcpy
#define memmove kmemmove
#define memcmp kmemcmp
#define strlen kstrlen
#define strnlen kstrnlen
#define strcmp kstrcmp
#define strncmp kstrncmp
#define strchr kstrchr
#include "../../lib/string.c"
#include "../../arch/x86/lib/string.c"
#undef memset
#undef memcpy
#undef memmove
#undef memcmp
#undef strlen
#undef strnlen
#undef strcmp
#undef strncmp
#undef strchr

#include <stdlib.h>

#include <kernel/ktest.h>

#include "string_sweep.h"

/* arch/x86/kernel/setup.c's; only .erms is read, and the sweeps flip it. */
struct cpu_features boot_cpu;

/* Fill n bytes with a recognisable pattern: 1, 2, 3, ... */
static void fill_pattern(unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(i + 1);
}

KTEST(string, memset)
{
	unsigned char buf[16];
	int i;

	fill_pattern(buf, sizeof(buf));
	EXPECT_PTR_EQ(t, kmemset(buf + 2, 0xab, 10), buf + 2);
	EXPECT_EQ(t, buf[1], 2);
	for (i = 2; i < 12; i++)
		EXPECT_EQ(t, buf[i], 0xab);
	EXPECT_EQ(t, buf[12], 13); /* the byte after is untouched */

	kmemset(buf, 0x1ff, 4); /* c is converted to unsigned char */
	EXPECT_EQ(t, buf[0], 0xff);
	EXPECT_EQ(t, buf[3], 0xff);
	EXPECT_EQ(t, buf[4], 0xab);

	EXPECT_PTR_EQ(t, kmemset(buf, 0, 0), buf);
	EXPECT_EQ(t, buf[0], 0xff);
}

KTEST(string, memcpy)
{
	unsigned char src[32], dst[32];
	int i;

	fill_pattern(src, sizeof(src));
	kmemset(dst, 0, sizeof(dst));
	EXPECT_PTR_EQ(t, kmemcpy(dst + 1, src, 30), dst + 1);
	EXPECT_EQ(t, dst[0], 0);
	for (i = 0; i < 30; i++)
		EXPECT_EQ(t, dst[i + 1], src[i]);
	EXPECT_EQ(t, dst[31], 0);

	EXPECT_PTR_EQ(t, kmemcpy(dst, src + 5, 0), dst);
	EXPECT_EQ(t, dst[0], 0);
}

/* Overlapping moves in both directions, as a byte-order-naive copy fails. */
KTEST(string, memmove_overlap)
{
	unsigned char buf[16];
	int i;

	/* dst above src: must copy backwards. */
	fill_pattern(buf, sizeof(buf));
	EXPECT_PTR_EQ(t, kmemmove(buf + 3, buf, 10), buf + 3);
	for (i = 0; i < 3; i++)
		EXPECT_EQ(t, buf[i], i + 1);
	for (i = 0; i < 10; i++)
		EXPECT_EQ(t, buf[i + 3], i + 1);
	EXPECT_EQ(t, buf[13], 14);

	/* dst below src: must copy forwards. */
	fill_pattern(buf, sizeof(buf));
	EXPECT_PTR_EQ(t, kmemmove(buf, buf + 3, 10), buf);
	for (i = 0; i < 10; i++)
		EXPECT_EQ(t, buf[i], i + 4);
	EXPECT_EQ(t, buf[10], 11);

	/* Overlap by a single byte, each way. */
	fill_pattern(buf, sizeof(buf));
	kmemmove(buf + 1, buf, 1);
	EXPECT_EQ(t, buf[1], 1);
	fill_pattern(buf, sizeof(buf));
	kmemmove(buf, buf + 1, 15);
	EXPECT_EQ(t, buf[0], 2);
	EXPECT_EQ(t, buf[14], 16);
	EXPECT_EQ(t, buf[15], 16);
}

KTEST(string, memmove_disjoint_and_empty)
{
	unsigned char a[8], b[8];
	int i;

	fill_pattern(a, sizeof(a));
	kmemset(b, 0, sizeof(b));
	EXPECT_PTR_EQ(t, kmemmove(b, a, sizeof(a)), b);
	for (i = 0; i < 8; i++)
		EXPECT_EQ(t, b[i], i + 1);

	EXPECT_PTR_EQ(t, kmemmove(a, a, sizeof(a)), a); /* same range */
	EXPECT_EQ(t, a[7], 8);
	EXPECT_PTR_EQ(t, kmemmove(a + 1, a, 0), a + 1);
	EXPECT_EQ(t, a[1], 2);
}

KTEST(string, memcmp)
{
	static const unsigned char lo[] = { 1, 2, 3, 4 };
	static const unsigned char hi[] = { 1, 2, 0x80, 0 };

	EXPECT_EQ(t, kmemcmp(lo, lo, sizeof(lo)), 0);
	EXPECT_LT(t, kmemcmp(lo, hi, sizeof(lo)), 0);
	EXPECT_GT(t, kmemcmp(hi, lo, sizeof(lo)), 0);
	/* Bytes compare as unsigned: 0x80 sorts after 0x03. */
	EXPECT_GT(t, kmemcmp("\x80", "\x03", 1), 0);
	/* Only the first n bytes count. */
	EXPECT_EQ(t, kmemcmp(lo, hi, 2), 0);
	EXPECT_EQ(t, kmemcmp(lo, hi, 0), 0);
	/* NUL bytes are data, not terminators. */
	EXPECT_LT(t, kmemcmp("a\0b", "a\0c", 3), 0);
}

KTEST(string, strlen)
{
	EXPECT_EQ(t, kstrlen(""), 0);
	EXPECT_EQ(t, kstrlen("a"), 1);
	EXPECT_EQ(t, kstrlen("hello, world"), 12);
	EXPECT_EQ(t, kstrlen("ab\0cd"), 2);
}

KTEST(string, strnlen)
{
	/* Not NUL-terminated: strnlen must stop at max (ASan checks). */
	static const char abc[3] = { 'a', 'b', 'c' };

	EXPECT_EQ(t, kstrnlen("hello", 10), 5);
	EXPECT_EQ(t, kstrnlen("hello", 5), 5);
	EXPECT_EQ(t, kstrnlen("hello", 3), 3);
	EXPECT_EQ(t, kstrnlen("hello", 0), 0);
	EXPECT_EQ(t, kstrnlen("", 4), 0);
	EXPECT_EQ(t, kstrnlen(abc, sizeof(abc)), 3);
}

KTEST(string, strcmp)
{
	EXPECT_EQ(t, kstrcmp("", ""), 0);
	EXPECT_EQ(t, kstrcmp("vmalloc", "vmalloc"), 0);
	EXPECT_LT(t, kstrcmp("abc", "abd"), 0);
	EXPECT_GT(t, kstrcmp("abd", "abc"), 0);
	/* A proper prefix sorts first. */
	EXPECT_LT(t, kstrcmp("abc", "abcd"), 0);
	EXPECT_GT(t, kstrcmp("abcd", "abc"), 0);
	EXPECT_LT(t, kstrcmp("", "a"), 0);
	/* Characters compare as unsigned char. */
	EXPECT_GT(t, kstrcmp("\xe9", "z"), 0);
	EXPECT_LT(t, kstrcmp("z", "\xe9"), 0);
}

KTEST(string, strncmp)
{
	EXPECT_EQ(t, kstrncmp("abcX", "abcY", 3), 0);
	EXPECT_LT(t, kstrncmp("abcX", "abcY", 4), 0);
	EXPECT_EQ(t, kstrncmp("abc", "xyz", 0), 0);
	EXPECT_LT(t, kstrncmp("ab", "abc", 3), 0);
	EXPECT_GT(t, kstrncmp("abc", "ab", 3), 0);
	/* Nothing after the terminating NUL is compared. */
	EXPECT_EQ(t, kstrncmp("abc\0X", "abc\0Y", 5), 0);
	EXPECT_EQ(t, kstrncmp("same", "same", 100), 0);
	EXPECT_GT(t, kstrncmp("\x80", "\x7f", 1), 0);
}

KTEST(string, strchr)
{
	static const char s[] = "pgd.pmd.pte";
	static const char cafe[] = "caf\xe9";

	EXPECT_PTR_EQ(t, kstrchr(s, '.'), s + 3); /* the first one */
	EXPECT_PTR_EQ(t, kstrchr(s, 'p'), s);
	EXPECT_PTR_EQ(t, kstrchr(s, 'e'), s + 10);
	EXPECT_NULL(t, kstrchr(s, 'x'));
	EXPECT_NULL(t, kstrchr("", 'a'));
	/* The terminator is part of the string. */
	EXPECT_PTR_EQ(t, kstrchr(s, '\0'), s + 11);
	/* c is converted to char. */
	EXPECT_PTR_EQ(t, kstrchr(s, 'd' + 256), s + 2);
	EXPECT_PTR_EQ(t, kstrchr(cafe, 0xe9), cafe + 3);
}

/* ---- the sweeps: every alignment, both paths (string_sweep.h) ----------- */

#define SWEEP_SMALL 301 /* lengths 0..300 */

static const size_t sweep_big[] = { 511,  512,	1000, 4095,
				    4096, 4097, 8191, 3 * 4096 + 13 };

static void sweep(struct ktest *t, unsigned int ops)
{
	struct string_sweep s = {
		.fn_memset = kmemset,
		.fn_memcpy = kmemcpy,
		.fn_memmove = kmemmove,
		.fn_clear_page = clear_page,
		.fn_copy_page = copy_page,
		.max_len = 3 * 4096 + 13,
	};
	size_t size = string_sweep_size(s.max_len);

	s.arena = aligned_alloc(PAGE_SIZE, (size + PAGE_SIZE - 1) & PAGE_MASK);
	ASSERT_NOT_NULL(t, s.arena);
	string_sweep_run(t, &s, ops, SWEEP_SMALL, sweep_big,
			 ARRAY_SIZE(sweep_big));
	free(s.arena);
}

KTEST(string, memset_sweep)
{
	sweep(t, 1u << SWEEP_MEMSET);
}

KTEST(string, memcpy_sweep)
{
	sweep(t, 1u << SWEEP_MEMCPY);
}

KTEST(string, memmove_sweep)
{
	sweep(t, 1u << SWEEP_MEMMOVE);
}

KTEST(string, page_sweep)
{
	sweep(t, 1u << SWEEP_PAGES);
}
