// SPDX-License-Identifier: MIT
/*
 * The C string functions the kernel needs, as plain byte loops: simple and
 * obviously correct rather than fast. An arch may later replace the hot ones
 * (memset, memcpy) with rep stosb / rep movsb.
 */
#include <kernel/string.h>

/*
 * GCC at -O2 recognises a byte-store loop as memset (and copy loops as
 * memcpy) and replaces it with a call to that function: inside memset
 * itself, infinite recursion. GCC 12 leaves such loops alone under
 * -ffreestanding or -fno-builtin, but without those flags objdump shows
 * memset calling itself at -O2 and -O3. NO_LIBCALL_IDIOMS turns the pass
 * off for these functions, so the file is safe whatever the flags. Clang 14
 * made no such call in any mode (its LoopIdiomRecognize skips functions
 * named memset and memcpy) and would warn about the unknown attribute.
 */
#if defined(__GNUC__) && !defined(__clang__)
#define NO_LIBCALL_IDIOMS \
	__attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define NO_LIBCALL_IDIOMS
#endif

/* Fill n bytes at s with the byte c. Returns s. */
NO_LIBCALL_IDIOMS void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;

	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

/* Copy n bytes from src to dst; the ranges must not overlap. Returns dst. */
NO_LIBCALL_IDIOMS void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

/*
 * Copy n bytes from src to dst; the ranges may overlap. Copies forwards
 * when dst is below src and backwards otherwise, so no source byte is
 * overwritten before it is read. Returns dst.
 */
NO_LIBCALL_IDIOMS void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s) {
		while (n--)
			*d++ = *s++;
	} else if (d > s) {
		while (n--)
			d[n] = s[n];
	}
	return dst;
}

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
