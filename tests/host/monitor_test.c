// SPDX-License-Identifier: MIT
/* The monitor's line editor and number parsing (kernel/monitor/), on the host. */
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/monitor.h>
#include <kernel/readline.h>
#include <kernel/string.h>
#include <stdio.h>

static char screen[4096];
static size_t screen_len;

static void echo(const char *s, size_t n, void *priv __unused)
{
	if (screen_len + n < sizeof(screen)) {
		memcpy(screen + screen_len, s, n);
		screen_len += n;
		screen[screen_len] = '\0';
	}
}

/* Feed bytes; return the status of the last one. */
static enum readline_status feed(struct readline *rl, const char *s, size_t n)
{
	enum readline_status st = READLINE_MORE;

	while (n--)
		st = readline_feed(rl, (u8)*s++);
	return st;
}

#define FEED(rl, lit) feed(rl, lit, sizeof(lit) - 1)

static struct readline rl;

static void fresh(void)
{
	readline_init(&rl, echo, NULL);
	screen_len = 0;
	screen[0] = '\0';
}

KTEST(readline, line_and_echo)
{
	fresh();
	EXPECT_EQ(t, FEED(&rl, "help"), READLINE_MORE);
	EXPECT_EQ(t, FEED(&rl, "\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "help");
	EXPECT_STREQ(t, screen, "help\n");
	/* CR LF is one line end; LF alone is one too. */
	EXPECT_EQ(t, FEED(&rl, "\nps\n"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "ps");
	EXPECT_EQ(t, FEED(&rl, "\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "");
}

KTEST(readline, backspace_ctrl_u_ctrl_c)
{
	fresh();
	EXPECT_EQ(t, FEED(&rl, "sx\x7fync\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "sync");
	EXPECT_EQ(t, FEED(&rl, "\b\b\bab\bc\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "ac");
	EXPECT_EQ(t, FEED(&rl, "junk words\x15ps\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "ps");
	EXPECT_EQ(t, FEED(&rl, "bogus\x03"), READLINE_CANCEL);
	EXPECT_EQ(t, FEED(&rl, "ok\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "ok");
}

KTEST(readline, history)
{
	fresh();
	FEED(&rl, "one\r");
	FEED(&rl, "two\r");
	FEED(&rl, "two\r"); /* no duplicate of the newest */
	FEED(&rl, "\r");    /* nor empty lines */
	EXPECT_EQ(t, rl.hist_count, 2U);
	EXPECT_EQ(t, FEED(&rl, "\x1b[A\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "two");
	EXPECT_EQ(t, FEED(&rl, "\x1b[A\x1b[A\x1b[A\x1b[A\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "one");
	/* Down past the newest gives back what was being typed. */
	EXPECT_EQ(t, FEED(&rl, "par\x1b[A\x1b[Btial\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "partial");
	EXPECT_EQ(t, FEED(&rl, "\x1bOA\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "partial");
}

KTEST(readline, history_wraps)
{
	char line[8];
	unsigned int i;

	fresh();
	for (i = 0; i < READLINE_HISTORY + 5; i++) {
		snprintf(line, sizeof(line), "c%u\r", i);
		feed(&rl, line, strlen(line));
	}
	EXPECT_EQ(t, rl.hist_count, (unsigned int)READLINE_HISTORY);
	for (i = 0; i < READLINE_HISTORY + 3; i++)
		FEED(&rl, "\x1b[A");
	EXPECT_EQ(t, FEED(&rl, "\r"), READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "c5"); /* the oldest one kept */
}

KTEST(readline, escapes_and_junk_swallowed)
{
	fresh();
	EXPECT_EQ(t, FEED(&rl, "a\x1b[1;5Cb\x1b[?25lc\x1bxd\x01\x80\xff\te\r"),
		  READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "abcde");
	/* Past READLINE_ESC_MAX bytes a sequence is dropped: the rest is text. */
	EXPECT_EQ(t, FEED(&rl, "\x1b[11111111111111111111111111f\r"),
		  READLINE_LINE);
	EXPECT_STREQ(t, rl.line, "1111111111f");
}

KTEST(readline, full_line_rings_bell)
{
	unsigned int i;

	fresh();
	for (i = 0; i < READLINE_MAX + 10; i++)
		readline_feed(&rl, 'x');
	EXPECT_EQ(t, rl.len, (size_t)READLINE_MAX - 1);
	EXPECT_NOT_NULL(t, strchr(screen, '\a'));
	EXPECT_EQ(t, FEED(&rl, "\r"), READLINE_LINE);
	EXPECT_EQ(t, strlen(rl.line), (size_t)READLINE_MAX - 1);
}

KTEST(monitor, split)
{
	char line[] = "  peek\t0x10   4 ";
	char many[] = "a b c";
	char *argv[4];

	EXPECT_EQ(t, mon_split(line, argv, 4), 3);
	EXPECT_STREQ(t, argv[0], "peek");
	EXPECT_STREQ(t, argv[1], "0x10");
	EXPECT_STREQ(t, argv[2], "4");
	EXPECT_EQ(t, mon_split(many, argv, 2), -E2BIG);
}

KTEST(monitor, parse_ulong)
{
	unsigned long v = 7;

	EXPECT_EQ(t, mon_parse_ulong("0", &v), 0);
	EXPECT_EQ(t, v, 0UL);
	EXPECT_EQ(t, mon_parse_ulong("4096", &v), 0);
	EXPECT_EQ(t, v, 4096UL);
	EXPECT_EQ(t, mon_parse_ulong("0xC0fe", &v), 0);
	EXPECT_EQ(t, v, 0xc0feUL);
	EXPECT_EQ(t, mon_parse_ulong("", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_ulong("0x", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_ulong("-1", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_ulong("12a", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_ulong("99999999999999999999999", &v), -ERANGE);
	EXPECT_EQ(t,
		  mon_parse_ulong(sizeof(long) == 8 ? "0x10000000000000000"
						    : "0x100000000",
				  &v),
		  -ERANGE);
	v = 0;
	EXPECT_EQ(t,
		  mon_parse_ulong(sizeof(long) == 8 ? "18446744073709551615"
						    : "4294967295",
				  &v),
		  0);
	EXPECT_EQ(t, v, ~0UL);
}

KTEST(monitor, parse_size)
{
	unsigned long v;

	EXPECT_EQ(t, mon_parse_size("20000", &v), 0);
	EXPECT_EQ(t, v, 20000UL);
	EXPECT_EQ(t, mon_parse_size("4K", &v), 0);
	EXPECT_EQ(t, v, 4096UL);
	EXPECT_EQ(t, mon_parse_size("3m", &v), 0);
	EXPECT_EQ(t, v, 3UL << 20);
	EXPECT_EQ(t, mon_parse_size("0x2G", &v), 0);
	EXPECT_EQ(t, v, sizeof(long) == 8 ? 2UL << 30 : v);
	EXPECT_EQ(t, mon_parse_size("1KB", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_size("1T", &v), -EINVAL);
	EXPECT_EQ(t, mon_parse_size("K", &v), -EINVAL);
	EXPECT_EQ(t,
		  mon_parse_size(sizeof(long) == 8 ? "17179869184G" : "4G", &v),
		  -ERANGE);
}
