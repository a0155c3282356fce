// SPDX-License-Identifier: MIT
/*
 * 64-bit division for the 32-bit kernels. GCC and clang turn a u64 `/` or
 * `%` on i386 into calls to these libgcc helpers; we link no libgcc (a
 * cross compiler may not have a 32-bit one), so the kernel brings its own.
 * Shift-and-subtract: at most 64 steps, fine off the hot paths.
 */
#include <kernel/types.h>

u64 __udivmoddi4(u64 n, u64 d, u64 *rem);
u64 __udivdi3(u64 n, u64 d);
u64 __umoddi3(u64 n, u64 d);
s64 __divdi3(s64 n, s64 d);
s64 __moddi3(s64 n, s64 d);

u64 __udivmoddi4(u64 n, u64 d, u64 *rem)
{
	u64 q = 0;
	int shift;

	if (d == 0)
		__builtin_trap(); /* #UD, like the #DE a divl would give */
	if (d > n) {
		if (rem)
			*rem = n;
		return 0;
	}
	shift = __builtin_clzll(d) - __builtin_clzll(n);
	d <<= shift;
	for (; shift >= 0; shift--) {
		q <<= 1;
		if (n >= d) {
			n -= d;
			q |= 1;
		}
		d >>= 1;
	}
	if (rem)
		*rem = n;
	return q;
}

u64 __udivdi3(u64 n, u64 d)
{
	return __udivmoddi4(n, d, NULL);
}

u64 __umoddi3(u64 n, u64 d)
{
	u64 r;

	__udivmoddi4(n, d, &r);
	return r;
}

/* Signed: divide magnitudes; the quotient's sign is the XOR, the remainder's the dividend's. */
s64 __divdi3(s64 n, s64 d)
{
	u64 q = __udivmoddi4(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d,
			     NULL);

	return (n < 0) != (d < 0) ? (s64)-q : (s64)q;
}

s64 __moddi3(s64 n, s64 d)
{
	u64 r;

	__udivmoddi4(n < 0 ? -(u64)n : (u64)n, d < 0 ? -(u64)d : (u64)d, &r);
	return n < 0 ? (s64)-r : (s64)r;
}
