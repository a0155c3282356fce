// SPDX-License-Identifier: MIT
/* Host tests of kernel/cmdline.c. */
#include <kernel/cmdline.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define LINE                                                    \
	"kernel.elf ktest ktest.filter=mm.* quiet= mem=128M \t" \
	"title=\"hello  world\" log=debug loop"

KTEST(cmdline, has_whole_words_only)
{
	EXPECT_TRUE(t, cmdline_has(LINE, "ktest"));
	EXPECT_TRUE(t, cmdline_has(LINE, "ktest.filter"));
	EXPECT_TRUE(t, cmdline_has(LINE, "quiet"));
	EXPECT_TRUE(t, cmdline_has(LINE, "loop"));
	EXPECT_TRUE(t, cmdline_has(LINE, "kernel.elf"));
	EXPECT_FALSE(t, cmdline_has(LINE, "filter"));
	EXPECT_FALSE(t, cmdline_has(LINE, "ktest.filter=mm.*"));
	EXPECT_FALSE(t, cmdline_has(LINE, "kernel"));
	EXPECT_FALSE(t, cmdline_has(LINE, "test"));
	EXPECT_FALSE(t, cmdline_has(LINE, "lo"));
	EXPECT_FALSE(t, cmdline_has(LINE, "loops"));
	EXPECT_FALSE(t, cmdline_has(LINE, "world"));
	EXPECT_FALSE(t, cmdline_has(LINE, "128M"));
	EXPECT_FALSE(t, cmdline_has(LINE, ""));
	/* "ktest" must not match when only "ktest.filter" is given. */
	EXPECT_FALSE(t, cmdline_has("ktest.filter=x", "ktest"));
	EXPECT_FALSE(t, cmdline_has("ktest.filter=x", "filter"));
	EXPECT_FALSE(t, cmdline_has("xktest", "ktest"));
	EXPECT_FALSE(t, cmdline_has("a=ktest", "ktest"));
}

KTEST(cmdline, empty_and_null)
{
	char buf[8] = "keep";
	unsigned long v = 7;

	EXPECT_FALSE(t, cmdline_has(NULL, "x"));
	EXPECT_FALSE(t, cmdline_has("", "x"));
	EXPECT_FALSE(t, cmdline_has("   \t ", "x"));
	EXPECT_FALSE(t, cmdline_has("x", NULL));
	EXPECT_FALSE(t, cmdline_get(NULL, "x", buf, sizeof(buf)));
	EXPECT_FALSE(t, cmdline_get("y=1", "x", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "keep");
	EXPECT_FALSE(t, cmdline_get_ulong("", "x", &v));
	EXPECT_EQ(t, v, 7ul);
}

KTEST(cmdline, get_values)
{
	char buf[32];

	EXPECT_TRUE(t, cmdline_get(LINE, "ktest.filter", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "mm.*");
	EXPECT_TRUE(t, cmdline_get(LINE, "log", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "debug");
	/* Bare and empty values both give "". */
	memcpy(buf, "junk", 5);
	EXPECT_TRUE(t, cmdline_get(LINE, "ktest", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "");
	memcpy(buf, "junk", 5);
	EXPECT_TRUE(t, cmdline_get(LINE, "quiet", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "");
	/* The value runs to the next blank, and may itself contain '='. */
	EXPECT_TRUE(t, cmdline_get("a=b=c d", "a", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "b=c");
	/* At the very start and the very end. */
	EXPECT_TRUE(t, cmdline_get("first=1 last=2", "first", buf, 32));
	EXPECT_STREQ(t, buf, "1");
	EXPECT_TRUE(t, cmdline_get("first=1 last=2", "last", buf, 32));
	EXPECT_STREQ(t, buf, "2");
}

KTEST(cmdline, quoted_values)
{
	char buf[32];

	EXPECT_TRUE(t, cmdline_get(LINE, "title", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "hello  world");
	EXPECT_TRUE(t, cmdline_has(LINE, "log"));
	/* Quotes hide '=' and blanks; an empty quoted value. */
	EXPECT_TRUE(t, cmdline_get("x=\"a=b c\" y", "x", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "a=b c");
	EXPECT_TRUE(t, cmdline_has("x=\"a=b c\" y", "y"));
	EXPECT_FALSE(t, cmdline_has("x=\"a=b c\" y", "c"));
	EXPECT_TRUE(t, cmdline_get("x=\"\"", "x", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "");
	/* Quotes in the middle of a value. */
	EXPECT_TRUE(t, cmdline_get("p=ab\"c d\"e", "p", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "abc de");
	/* An unterminated quote runs to the end. */
	EXPECT_TRUE(t, cmdline_get("x=\"open ended y=1", "x", buf, 32));
	EXPECT_STREQ(t, buf, "open ended y=1");
	EXPECT_FALSE(t, cmdline_has("x=\"open ended y=1", "y"));
}

KTEST(cmdline, get_bounded)
{
	char buf[6];

	memset(buf, 'Z', sizeof(buf));
	EXPECT_TRUE(t, cmdline_get("s=0123456789", "s", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "01234");
	EXPECT_TRUE(t, cmdline_get("s=\"ab cdef\"", "s", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "ab cd");
	EXPECT_TRUE(t, cmdline_get("s=x", "s", buf, 1));
	EXPECT_STREQ(t, buf, "");
	/* size 0: presence only, buf untouched. */
	EXPECT_TRUE(t, cmdline_get("s=x", "s", NULL, 0));
}

KTEST(cmdline, last_one_wins)
{
	char buf[16];
	unsigned long v;

	EXPECT_TRUE(t, cmdline_get("a=1 b=2 a=3", "a", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "3");
	EXPECT_TRUE(t, cmdline_get("a=1 a", "a", buf, sizeof(buf)));
	EXPECT_STREQ(t, buf, "");
	EXPECT_TRUE(t, cmdline_get_ulong("n=1 n=2", "n", &v));
	EXPECT_EQ(t, v, 2ul);
}

KTEST(cmdline, ulong_numbers)
{
	unsigned long v;

	EXPECT_TRUE(t, cmdline_get_ulong("n=0", "n", &v));
	EXPECT_EQ(t, v, 0ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=42", "n", &v));
	EXPECT_EQ(t, v, 42ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=0x1F", "n", &v));
	EXPECT_EQ(t, v, 31ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=0XfF", "n", &v));
	EXPECT_EQ(t, v, 255ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=007", "n", &v)); /* not octal */
	EXPECT_EQ(t, v, 7ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=\"12\"", "n", &v));
	EXPECT_EQ(t, v, 12ul);
	EXPECT_TRUE(t, cmdline_get_ulong("n=4294967295", "n", &v));
	EXPECT_EQ(t, v, 4294967295ul);
}

KTEST(cmdline, ulong_suffixes)
{
	unsigned long v;

	EXPECT_TRUE(t, cmdline_get_ulong("mem=128M", "mem", &v));
	EXPECT_EQ(t, v, 128ul << 20);
	EXPECT_TRUE(t, cmdline_get_ulong("mem=64k", "mem", &v));
	EXPECT_EQ(t, v, 64ul << 10);
	EXPECT_TRUE(t, cmdline_get_ulong("mem=1G", "mem", &v));
	EXPECT_EQ(t, v, 1ul << 30);
	EXPECT_TRUE(t, cmdline_get_ulong("mem=3g", "mem", &v));
	EXPECT_EQ(t, v, 3ul << 30);
	EXPECT_TRUE(t, cmdline_get_ulong("mem=0x10M", "mem", &v));
	EXPECT_EQ(t, v, 16ul << 20);
	EXPECT_TRUE(t, cmdline_get_ulong("mem=0K", "mem", &v));
	EXPECT_EQ(t, v, 0ul);
}

KTEST(cmdline, ulong_garbage)
{
	static const char *const bad[] = {
		"n",
		"n=",
		"n=x",
		"n=12x",
		"n=0x",
		"n=0xg",
		"n=-1",
		"n=+1",
		"n=1.5",
		"n=1MB",
		"n=\"1 M\"",
		"n=M",
		"n=0x1K0",
		"n=\"\"",
		"n= 1",
		"n=1KK",
		"n=12345678901234567890123",
		"n=000000000000000000000000000000000000001",
		"n=18446744073709551616",
		"n=0x10000000000000000",
	};
	unsigned long v = 99;

	for (unsigned int i = 0; i < ARRAY_SIZE(bad); i++) {
		if (cmdline_get_ulong(bad[i], "n", &v))
			ktest_log(t, "accepted \"%s\"", bad[i]);
		EXPECT_FALSE(t, cmdline_get_ulong(bad[i], "n", &v));
	}
	EXPECT_EQ(t, v, 99ul);
	EXPECT_FALSE(t, cmdline_get_ulong("m=1", "n", &v));
}

KTEST(cmdline, ulong_overflow)
{
	unsigned long v;
	char line[64];

	/* The largest value fits; one more does not; suffixes overflow too. */
	snprintf(line, sizeof(line), "n=%lu", ~0UL);
	EXPECT_TRUE(t, cmdline_get_ulong(line, "n", &v));
	EXPECT_EQ(t, v, ~0UL);
	snprintf(line, sizeof(line), "n=0x%lx", ~0UL);
	EXPECT_TRUE(t, cmdline_get_ulong(line, "n", &v));
	EXPECT_EQ(t, v, ~0UL);
	snprintf(line, sizeof(line), "n=%luK", (~0UL >> 10) + 1);
	EXPECT_FALSE(t, cmdline_get_ulong(line, "n", &v));
	snprintf(line, sizeof(line), "n=%luK", ~0UL >> 10);
	EXPECT_TRUE(t, cmdline_get_ulong(line, "n", &v));
	EXPECT_EQ(t, v, (~0UL >> 10) << 10);
	snprintf(line, sizeof(line), "n=%luG", (~0UL >> 30) + 1);
	EXPECT_FALSE(t, cmdline_get_ulong(line, "n", &v));
}
