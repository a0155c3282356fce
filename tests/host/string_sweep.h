/* SPDX-License-Identifier: MIT */
/*
 * The sweep of memset, memcpy, memmove, clear_page and copy_page shared by
 * the host test (tests/host/string_test.c, x86_64 under ASan) and the
 * boot-time test (tests/kernel/string_test.c, which also runs the i386 and
 * PAE code this host cannot). Header-only; the includer passes the
 * functions under test and an arena to work in.
 *
 * Before each call the window it may touch, plus SWEEP_GUARD bytes either
 * side, is filled with sweep_byte(offset), a pattern with no short period;
 * after it every byte of the window is compared with what a byte-by-byte
 * reference would leave there. The first wrong byte ends the sweep with a
 * ktest_log line naming the call and an EXPECT failure.
 *
 * Offsets are from the arena's start. Copies put src at base + src_align
 * and dst at base + dst_align + shift, shift a multiple of 16: the
 * alignments are 0..15 whatever the shift, and shift picks the overlap.
 */
#ifndef TESTS_STRING_SWEEP_H
#define TESTS_STRING_SWEEP_H

#include <asm/page.h>
#include <asm/setup.h>
#include <kernel/ktest.h>

#define SWEEP_GUARD 32
#define SWEEP_ALIGNS 16

struct string_sweep {
	/* The functions under test (host: renamed, see string_test.c). */
	void *(*fn_memset)(void *s, int c, size_t n);
	void *(*fn_memcpy)(void *dst, const void *src, size_t n);
	void *(*fn_memmove)(void *dst, const void *src, size_t n);
	void (*fn_clear_page)(void *page);
	void (*fn_copy_page)(void *to, const void *from);
	unsigned char *arena; /* page aligned, string_sweep_size() bytes */
	size_t max_len;
	size_t calls; /* calls checked so far */
};

/* The space between src and dst that keeps copies of n bytes apart. */
static inline size_t sweep_apart(size_t n)
{
	return (n + SWEEP_ALIGNS + 15) & ~(size_t)15;
}

/* Where copies start: room below for a dst that far apart. */
static inline size_t sweep_base(const struct string_sweep *s)
{
	return SWEEP_GUARD + sweep_apart(s->max_len);
}

/* Bytes of arena a sweep up to max_len needs (at least two pages). */
static inline size_t string_sweep_size(size_t max_len)
{
	size_t n = 2 * SWEEP_GUARD + 2 * sweep_apart(max_len) + SWEEP_ALIGNS +
		   max_len;

	return n > 2 * PAGE_SIZE ? n : 2 * PAGE_SIZE;
}

static inline unsigned char sweep_byte(size_t off)
{
	return (unsigned char)(((u32)off * 2654435761u) >> 24);
}

/* What to sweep; string_sweep_run() takes a mask of 1 << these. */
enum sweep_op { SWEEP_MEMSET, SWEEP_MEMCPY, SWEEP_MEMMOVE, SWEEP_PAGES };

static const char *const sweep_op_name[] = { "memset", "memcpy", "memmove" };

/* EFLAGS.DF (bit 10): every function must return with it clear. */
static inline bool sweep_df_set(void)
{
#ifdef __x86_64__
	return __builtin_ia32_readeflags_u64() & (1u << 10);
#else
	return __builtin_ia32_readeflags_u32() & (1u << 10);
#endif
}

/* What the reference leaves at offset i after op(dst, src or c, len). */
static inline unsigned char sweep_want(enum sweep_op op, size_t dst, size_t src,
				       size_t len, int c, size_t i)
{
	if (i < dst || i >= dst + len)
		return sweep_byte(i);
	return op == SWEEP_MEMSET ? (unsigned char)c
				  : sweep_byte(src + (i - dst));
}

/*
 * One call, checked. op's dst and src are arena offsets (src unused by
 * memset, which stores c). False, with a logged failure, if anything in
 * the window differs from the reference or the return value is not dst.
 */
static inline bool sweep_call(struct ktest *t, struct string_sweep *s,
			      enum sweep_op op, size_t dst, size_t src,
			      size_t len, int c)
{
	unsigned char *a = s->arena;
	size_t lo = (op == SWEEP_MEMSET || dst < src ? dst : src) - SWEEP_GUARD;
	size_t hi = (op == SWEEP_MEMSET || dst > src ? dst : src) + len +
		    SWEEP_GUARD;
	void *ret;
	size_t i;
	bool df;

	for (i = lo; i < hi; i++)
		a[i] = sweep_byte(i);
	if (op == SWEEP_MEMSET)
		ret = s->fn_memset(a + dst, c, len);
	else if (op == SWEEP_MEMCPY)
		ret = s->fn_memcpy(a + dst, a + src, len);
	else
		ret = s->fn_memmove(a + dst, a + src, len);
	df = sweep_df_set();
	s->calls++;
	for (i = lo; i < hi; i++)
		if (a[i] != sweep_want(op, dst, src, len, c, i))
			break;
	if (i == hi && ret == a + dst && !df)
		return true;
	if (op == SWEEP_MEMSET)
		ktest_log(
			t,
			"memset(dst %% 16 = %u, c 0x%x, len %lu) with erms=%d:",
			(unsigned int)(dst % 16), c, (unsigned long)len,
			boot_cpu.erms);
	else
		ktest_log(
			t,
			"%s(dst %% 16 = %u, src %% 16 = %u, len %lu) with erms=%d, src - dst = %ld:",
			sweep_op_name[op], (unsigned int)(dst % 16),
			(unsigned int)(src % 16), (unsigned long)len,
			boot_cpu.erms, (long)(src - dst));
	EXPECT_PTR_EQ(t, ret, a + dst);
	EXPECT_FALSE(t, df);
	if (i < hi) {
		ktest_log(t, "byte at dst%+ld:", (long)(i - dst));
		EXPECT_EQ(t, a[i], sweep_want(op, dst, src, len, c, i));
	}
	return false;
}

/* memset at every dst alignment, of lengths 0..max_len and the big ones. */
static inline bool sweep_memset(struct ktest *t, struct string_sweep *s,
				size_t n_small, const size_t *big, size_t n_big)
{
	static const int fills[] = { 0, 0x5a, 0x1a5 /* stores 0xa5 */ };
	size_t base = sweep_base(s), da, len, k, f;

	for (f = 0; f < ARRAY_SIZE(fills); f++)
		for (da = 0; da < SWEEP_ALIGNS; da++)
			for (k = 0; k < n_small + n_big; k++) {
				len = k < n_small ? k : big[k - n_small];
				if (!sweep_call(t, s, SWEEP_MEMSET, base + da,
						0, len, fills[f]))
					return false;
			}
	return true;
}

/*
 * memcpy or memmove at every pair of alignments, lengths 0..n_small - 1
 * and the big ones, src and dst apart both ways; memmove also at shifts
 * -16, 0 and 16, which overlap (src - dst from -31 to 31).
 */
static inline bool sweep_copy(struct ktest *t, struct string_sweep *s,
			      enum sweep_op op, size_t n_small,
			      const size_t *big, size_t n_big)
{
	size_t base = sweep_base(s), da, sa, len, k, sh;

	for (da = 0; da < SWEEP_ALIGNS; da++)
		for (sa = 0; sa < SWEEP_ALIGNS; sa++)
			for (k = 0; k < n_small + n_big; k++) {
				long apart, shifts[5];
				size_t n_shifts = 2;

				len = k < n_small ? k : big[k - n_small];
				apart = (long)sweep_apart(len);
				shifts[0] = -apart;
				shifts[1] = apart;
				if (op == SWEEP_MEMMOVE) {
					shifts[2] = -16;
					shifts[3] = 0;
					shifts[4] = 16;
					n_shifts = 5;
				}
				for (sh = 0; sh < n_shifts; sh++)
					if (!sweep_call(t, s, op,
							base + da + shifts[sh],
							base + sa, len, 0))
						return false;
			}
	return true;
}

/*
 * clear_page and copy_page on the arena's first two pages (each way),
 * their neighbours checked as well where the arena has them.
 */
static inline bool sweep_pages(struct ktest *t, struct string_sweep *s)
{
	unsigned char *a = s->arena;
	size_t i, end = string_sweep_size(s->max_len);
	int pass;

	for (pass = 0; pass < 3; pass++) {
		for (i = 0; i < end; i++)
			a[i] = sweep_byte(i);
		if (pass == 0)
			s->fn_clear_page(a);
		else if (pass == 1)
			s->fn_copy_page(a, a + PAGE_SIZE);
		else
			s->fn_copy_page(a + PAGE_SIZE, a);
		s->calls++;
		for (i = 0; i < end; i++) {
			unsigned char want = sweep_byte(i);

			if (pass == 0 && i < PAGE_SIZE)
				want = 0;
			if (pass == 1 && i < PAGE_SIZE)
				want = sweep_byte(i + PAGE_SIZE);
			if (pass == 2 && i >= PAGE_SIZE && i < 2 * PAGE_SIZE)
				want = sweep_byte(i - PAGE_SIZE);
			if (a[i] != want) {
				ktest_log(
					t,
					"%s with erms=%d: byte %lu is 0x%x, not 0x%x",
					pass ? "copy_page" : "clear_page",
					boot_cpu.erms, (unsigned long)i, a[i],
					want);
				EXPECT_EQ(t, a[i], want);
				return false;
			}
		}
	}
	return true;
}

/*
 * The sweeps in ops (a mask of 1 << enum sweep_op), on the non-ERMS path
 * and then the ERMS one (boot_cpu.erms flipped, and put back): lengths
 * 0..n_small - 1, then big[] (each at most s->max_len).
 */
static inline void string_sweep_run(struct ktest *t, struct string_sweep *s,
				    unsigned int ops, size_t n_small,
				    const size_t *big, size_t n_big)
{
	bool erms = boot_cpu.erms;
	int path;

	for (path = 0; path < 2; path++) {
		boot_cpu.erms = path;
		if ((ops & (1u << SWEEP_MEMSET)) &&
		    !sweep_memset(t, s, n_small, big, n_big))
			break;
		if ((ops & (1u << SWEEP_MEMCPY)) &&
		    !sweep_copy(t, s, SWEEP_MEMCPY, n_small, big, n_big))
			break;
		if ((ops & (1u << SWEEP_MEMMOVE)) &&
		    !sweep_copy(t, s, SWEEP_MEMMOVE, n_small, big, n_big))
			break;
		if ((ops & (1u << SWEEP_PAGES)) && !sweep_pages(t, s))
			break;
	}
	boot_cpu.erms = erms;
}

#endif
