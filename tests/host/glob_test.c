// SPDX-License-Identifier: MIT
#include <kernel/ktest.h>
#include <kernel/string.h>

KTEST(glob, literal)
{
	EXPECT_TRUE(t, glob_match("vmalloc.guard", "vmalloc.guard"));
	EXPECT_FALSE(t, glob_match("vmalloc.guard", "vmalloc.guards"));
	EXPECT_FALSE(t, glob_match("vmalloc.guards", "vmalloc.guard"));
	EXPECT_TRUE(t, glob_match("", ""));
	EXPECT_FALSE(t, glob_match("", "a"));
}

KTEST(glob, star)
{
	EXPECT_TRUE(t, glob_match("*", ""));
	EXPECT_TRUE(t, glob_match("*", "anything"));
	EXPECT_TRUE(t, glob_match("vmalloc.*", "vmalloc.guard"));
	EXPECT_FALSE(t, glob_match("vmalloc.*", "vmap.guard"));
	EXPECT_TRUE(t, glob_match("*.guard", "vmalloc.guard"));
	EXPECT_TRUE(t, glob_match("a*b*c", "aXXbYYbc"));
	EXPECT_FALSE(t, glob_match("a*b*c", "aXXbYYb"));
	EXPECT_TRUE(t, glob_match("**a**", "bab"));
}

KTEST(glob, question_mark)
{
	EXPECT_TRUE(t, glob_match("pgd?", "pgd0"));
	EXPECT_FALSE(t, glob_match("pgd?", "pgd"));
	EXPECT_TRUE(t, glob_match("?*", "x"));
	EXPECT_FALSE(t, glob_match("?*", ""));
}

/* Many stars against a long non-matching string must not take forever. */
KTEST(glob, pathological)
{
	char s[200];

	memset(s, 'a', sizeof(s) - 1);
	s[sizeof(s) - 1] = '\0';
	EXPECT_FALSE(t, glob_match("*a*a*a*a*a*a*a*a*b", s));
	EXPECT_TRUE(t, glob_match("*a*a*a*a*a*a*a*a*", s));
}
