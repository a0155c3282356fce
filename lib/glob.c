// SPDX-License-Identifier: MIT
#include <kernel/string.h>

/*
 * Shell-style glob: '*' matches any run (also empty), '?' one character.
 * Iterative with one backtrack point, so it is linear in practice and
 * cannot recurse deeply on hostile patterns.
 */
bool glob_match(const char *pattern, const char *str)
{
	const char *star = NULL, *retry = NULL;

	while (*str) {
		if (*pattern == '*') {
			star = ++pattern;
			retry = str;
		} else if (*pattern == '?' || *pattern == *str) {
			pattern++;
			str++;
		} else if (star) {
			pattern = star;
			str = ++retry;
		} else {
			return false;
		}
	}
	while (*pattern == '*')
		pattern++;
	return *pattern == '\0';
}
