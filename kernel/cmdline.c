// SPDX-License-Identifier: MIT
/*
 * The kernel command-line parser (rules in include/kernel/cmdline.h).
 * Nothing is modified or copied up front: each lookup walks the string.
 */
#include <kernel/cmdline.h>
#include <kernel/compiler.h>

/* One word: the name is [name, name_end); the value [value, end) if any. */
struct cmdline_word {
	const char *name, *name_end;
	const char *value; /* NULL for a bare `param` */
	const char *end;
};

/* Word separators: blanks and line ends (loaders may leave a newline). */
static bool cmdline_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/*
 * Split off the word at or after p into *w; return where the next search
 * starts, or NULL when there are no more words. A quote hides blanks and
 * '=' until the closing quote (or the end of the string).
 */
static const char *cmdline_next(const char *p, struct cmdline_word *w)
{
	bool quoted = false;

	while (cmdline_blank(*p))
		p++;
	if (*p == '\0')
		return NULL;
	w->name = p;
	w->value = NULL;
	for (; *p && (quoted || !cmdline_blank(*p)); p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (*p == '=' && !quoted && !w->value)
			w->value = p + 1;
	}
	w->name_end = w->value ? w->value - 1 : p;
	w->end = p;
	return p;
}

/* Find the last word named param; true and *found filled if there is one. */
static bool cmdline_find(const char *cmdline, const char *param,
			 struct cmdline_word *found)
{
	struct cmdline_word w;
	const char *p = cmdline;
	bool seen = false;

	if (!cmdline || !param || !*param)
		return false;
	while ((p = cmdline_next(p, &w))) {
		const char *n = w.name, *q = param;

		while (n < w.name_end && *q && *n == *q) {
			n++;
			q++;
		}
		if (n == w.name_end && *q == '\0') {
			*found = w;
			seen = true;
		}
	}
	return seen;
}

/* Present at all, with or without a value. */
bool cmdline_has(const char *cmdline, const char *param)
{
	struct cmdline_word w;

	return cmdline_find(cmdline, param, &w);
}

/*
 * Copy the value of w into buf[size] without its quotes, truncated and
 * NUL-terminated (size > 0). Returns the untruncated length.
 */
static size_t cmdline_copy_value(const struct cmdline_word *w, char *buf,
				 size_t size)
{
	size_t n = 0;

	for (const char *p = w->value; p && p < w->end; p++) {
		if (*p == '"')
			continue;
		if (n + 1 < size)
			buf[n] = *p;
		n++;
	}
	buf[min(n, size - 1)] = '\0';
	return n;
}

/* The last value of param, bounded and NUL-terminated; false if absent. */
bool cmdline_get(const char *cmdline, const char *param, char *buf, size_t size)
{
	struct cmdline_word w;

	if (!cmdline_find(cmdline, param, &w))
		return false;
	if (size > 0)
		cmdline_copy_value(&w, buf, size);
	return true;
}

/* The value of a hex or decimal digit, or -1. */
static int cmdline_digit(char c, unsigned int base)
{
	int d;

	if (c >= '0' && c <= '9')
		d = c - '0';
	else if (c >= 'a' && c <= 'f')
		d = c - 'a' + 10;
	else if (c >= 'A' && c <= 'F')
		d = c - 'A' + 10;
	else
		return -1;
	return d < (int)base ? d : -1;
}

/* The last value of param as a number with an optional K/M/G suffix. */
bool cmdline_get_ulong(const char *cmdline, const char *param,
		       unsigned long *val)
{
	char buf[32], *p = buf;
	unsigned int base = 10, shift = 0;
	struct cmdline_word w;
	unsigned long v = 0;
	int d;

	/* Longer than any number: garbage, and must not be cut into one. */
	if (!cmdline_find(cmdline, param, &w) ||
	    cmdline_copy_value(&w, buf, sizeof(buf)) >= sizeof(buf))
		return false;
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		base = 16;
		p += 2;
	}
	if (cmdline_digit(*p, base) < 0)
		return false;
	for (; (d = cmdline_digit(*p, base)) >= 0; p++) {
		if (v > (~0UL - (unsigned long)d) / base)
			return false;
		v = v * base + (unsigned long)d;
	}
	switch (*p) {
	case 'k':
	case 'K':
		shift = 10;
		p++;
		break;
	case 'm':
	case 'M':
		shift = 20;
		p++;
		break;
	case 'g':
	case 'G':
		shift = 30;
		p++;
		break;
	}
	if (*p != '\0' || v > (~0UL >> shift))
		return false;
	*val = v << shift;
	return true;
}
