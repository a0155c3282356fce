// SPDX-License-Identifier: MIT
/* Words and numbers for the monitor (include/kernel/monitor.h). */
#include <kernel/errno.h>
#include <kernel/monitor.h>

static bool mon_blank(char c)
{
	return c == ' ' || c == '\t';
}

int mon_split(char *line, char **argv, int max)
{
	int argc = 0;

	for (;;) {
		while (mon_blank(*line))
			*line++ = '\0';
		if (!*line)
			return argc;
		if (argc == max)
			return -E2BIG;
		argv[argc++] = line;
		while (*line && !mon_blank(*line))
			line++;
	}
}

static int mon_digit(char c, unsigned int base)
{
	unsigned int d;

	if (c >= '0' && c <= '9')
		d = (unsigned int)(c - '0');
	else if (c >= 'a' && c <= 'f')
		d = (unsigned int)(c - 'a' + 10);
	else if (c >= 'A' && c <= 'F')
		d = (unsigned int)(c - 'A' + 10);
	else
		return -1;
	return d < base ? (int)d : -1;
}

/* Digits at s; *end is where they stop. */
static int mon_parse_digits(const char *s, unsigned long *val, const char **end)
{
	unsigned int base = 10;
	unsigned long v = 0;
	int d;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	if (mon_digit(*s, base) < 0)
		return -EINVAL;
	for (; (d = mon_digit(*s, base)) >= 0; s++) {
		if (v > (~0UL - (unsigned long)d) / base)
			return -ERANGE;
		v = v * base + (unsigned long)d;
	}
	*val = v;
	*end = s;
	return 0;
}

int mon_parse_ulong(const char *s, unsigned long *val)
{
	const char *end;
	unsigned long v;
	int err = mon_parse_digits(s, &v, &end);

	if (err)
		return err;
	if (*end)
		return -EINVAL;
	*val = v;
	return 0;
}

int mon_parse_size(const char *s, unsigned long *val)
{
	unsigned int shift = 0;
	const char *end;
	unsigned long v;
	int err = mon_parse_digits(s, &v, &end);

	if (err)
		return err;
	switch (*end) {
	case '\0':
		break;
	case 'k':
	case 'K':
		shift = 10;
		break;
	case 'm':
	case 'M':
		shift = 20;
		break;
	case 'g':
	case 'G':
		shift = 30;
		break;
	default:
		return -EINVAL;
	}
	if (shift && end[1])
		return -EINVAL;
	if (shift >= sizeof(long) * 8 || v > (~0UL >> shift))
		return -ERANGE;
	*val = v << shift;
	return 0;
}
