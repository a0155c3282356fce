// SPDX-License-Identifier: MIT
/*
 * The C string functions the kernel needs, as plain loops: simple and
 * obviously correct rather than fast. The ones that move memory (memset,
 * memcpy, memmove) use the string instructions: arch/x86/lib/string.c.
 */
#include <kernel/string.h>

/* Compare n bytes as unsigned char: <0, 0 or >0 as a sorts before b. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++) {
		if (*p != *q)
			return *p - *q;
	}
	return 0;
}

/* The number of characters before the terminating NUL. */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

/* strlen(s), but looking at no more than max characters. */
size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

/* Compare strings as unsigned char: <0, 0 or >0 as a sorts before b. */
int strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	while (*p && *p == *q) {
		p++;
		q++;
	}
	return *p - *q;
}

/* strcmp() of at most the first n characters. */
int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *)a;
	const unsigned char *q = (const unsigned char *)b;

	for (; n; n--, p++, q++) {
		if (*p != *q || !*p)
			return *p - *q;
	}
	return 0;
}

/*
 * The first occurrence of (char)c in s, or NULL. The terminating NUL is part
 * of the string, so strchr(s, '\0') points at it.
 */
char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}
