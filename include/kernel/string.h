/* SPDX-License-Identifier: MIT */
/*
 * The few libc string functions a freestanding kernel needs: lib/string.c,
 * and arch/x86/lib/string.c for memset, memcpy and memmove.
 */
#ifndef KERNEL_STRING_H
#define KERNEL_STRING_H

#include <kernel/types.h>

void *memset(void *s, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);

/* Shell-style match of str against pattern: '*' any run, '?' one char. */
bool glob_match(const char *pattern, const char *str);

#endif
