/* SPDX-License-Identifier: MIT */
/*
 * ktest: boot-time (and host) unit tests with KTAP output.
 *
 *	KTEST(vmalloc, guard_page)
 *	{
 *		EXPECT_EQ(t, nr_free_pages(), before);
 *	}
 *
 * Cases are placed in the "ktest_cases" section and run by suite, in
 * source order. EXPECT_* reports a failure and continues; ASSERT_* reports
 * and ends the case. Every failure names file:line and both values.
 */
#ifndef KERNEL_KTEST_H
#define KERNEL_KTEST_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#ifdef __KERNEL__
#include <asm/setjmp.h>
#include <kernel/exception.h>
#else
#include <setjmp.h>
#endif

struct ktest;

struct ktest_case {
	const char *suite;
	const char *name;
	void (*run)(struct ktest *t);
	const char *file;
	int line;
};

struct ktest {
	const struct ktest_case *kcase;
	bool failed;
	bool skipped;
	const char *skip_reason;
	jmp_buf abort; /* ASSERT_* jumps here */
#ifdef __KERNEL__
	struct fault_info fault; /* what the last EXPECT_EXCEPTION caught */
#endif
};

#define KTEST(suite, name)                                                \
	static void ktest_##suite##_##name(struct ktest *t);              \
	static const struct ktest_case ktest_case_##suite##_##name = {    \
		#suite, #name, ktest_##suite##_##name, __FILE__, __LINE__ \
	};                                                                \
	static const struct ktest_case *const ktest_ptr_##suite##_##name  \
		__used __section("ktest_cases") =                         \
			&ktest_case_##suite##_##name;                     \
	static void ktest_##suite##_##name(struct ktest *t __unused)

/*
 * Run every case whose "suite.name" matches the glob filter (NULL: all),
 * printing KTAP. Returns the number of failed cases.
 */
int ktest_run_all(const char *filter, int *passed, int *skipped);

/* Mark the running case skipped; the caller returns from the case. */
void ktest_skip(struct ktest *t, const char *reason);

/* Print a diagnostic line inside the running case ("    # ..."). */
void ktest_log(struct ktest *t, const char *fmt, ...) __printf(2, 3);

void ktest_report_cmp(struct ktest *t, const char *file, int line,
		      const char *lhs, const char *op, const char *rhs, u64 lv,
		      u64 rv, bool is_signed, bool fatal);
void ktest_report_str(struct ktest *t, const char *file, int line,
		      const char *lhs, const char *rhs, const char *lv,
		      const char *rv, bool fatal);
void ktest_report_bool(struct ktest *t, const char *file, int line,
		       const char *expr, bool expected, bool fatal);
__noreturn void ktest_abort(struct ktest *t);

/* (T)-1 < (T)1 rather than (T)-1 < 0, which -Wtype-limits flags for unsigned T. */
#define KTEST_IS_SIGNED(v) ((__typeof__(v))-1 < (__typeof__(v))1)

/* Both operands are converted to their common type first, as C would. */
#define KTEST_CMP(t, a, op, b, fatal)                                        \
	do {                                                                 \
		__typeof__((a) + (b)) ktest_a_ = (a), ktest_b_ = (b);        \
		if (!(ktest_a_ op ktest_b_))                                 \
			ktest_report_cmp(t, __FILE__, __LINE__, #a, #op, #b, \
					 (u64)ktest_a_, (u64)ktest_b_,       \
					 KTEST_IS_SIGNED(ktest_a_), fatal);  \
	} while (0)

#define KTEST_PTR_CMP(t, a, op, b, fatal)                                    \
	do {                                                                 \
		uintptr_t ktest_a_ = (uintptr_t)(a),                         \
			  ktest_b_ = (uintptr_t)(b);                         \
		if (!(ktest_a_ op ktest_b_))                                 \
			ktest_report_cmp(t, __FILE__, __LINE__, #a, #op, #b, \
					 ktest_a_, ktest_b_, false, fatal);  \
	} while (0)

#define KTEST_STR_CMP(t, a, b, fatal)                                   \
	do {                                                            \
		const char *ktest_a_ = (a), *ktest_b_ = (b);            \
		if (!ktest_streq(ktest_a_, ktest_b_))                   \
			ktest_report_str(t, __FILE__, __LINE__, #a, #b, \
					 ktest_a_, ktest_b_, fatal);    \
	} while (0)

#define KTEST_BOOL(t, expr, expected, fatal)                            \
	do {                                                            \
		if (!(expr) != !(expected))                             \
			ktest_report_bool(t, __FILE__, __LINE__, #expr, \
					  expected, fatal);             \
	} while (0)

bool ktest_streq(const char *a, const char *b);

#define EXPECT_EQ(t, a, b) KTEST_CMP(t, a, ==, b, false)
#define EXPECT_NE(t, a, b) KTEST_CMP(t, a, !=, b, false)
#define EXPECT_LT(t, a, b) KTEST_CMP(t, a, <, b, false)
#define EXPECT_LE(t, a, b) KTEST_CMP(t, a, <=, b, false)
#define EXPECT_GT(t, a, b) KTEST_CMP(t, a, >, b, false)
#define EXPECT_GE(t, a, b) KTEST_CMP(t, a, >=, b, false)
#define EXPECT_PTR_EQ(t, a, b) KTEST_PTR_CMP(t, a, ==, b, false)
#define EXPECT_PTR_NE(t, a, b) KTEST_PTR_CMP(t, a, !=, b, false)
#define EXPECT_NULL(t, p) KTEST_PTR_CMP(t, p, ==, NULL, false)
#define EXPECT_NOT_NULL(t, p) KTEST_PTR_CMP(t, p, !=, NULL, false)
#define EXPECT_STREQ(t, a, b) KTEST_STR_CMP(t, a, b, false)
#define EXPECT_TRUE(t, e) KTEST_BOOL(t, e, true, false)
#define EXPECT_FALSE(t, e) KTEST_BOOL(t, e, false, false)

#define ASSERT_EQ(t, a, b) KTEST_CMP(t, a, ==, b, true)
#define ASSERT_NE(t, a, b) KTEST_CMP(t, a, !=, b, true)
#define ASSERT_LT(t, a, b) KTEST_CMP(t, a, <, b, true)
#define ASSERT_LE(t, a, b) KTEST_CMP(t, a, <=, b, true)
#define ASSERT_GT(t, a, b) KTEST_CMP(t, a, >, b, true)
#define ASSERT_GE(t, a, b) KTEST_CMP(t, a, >=, b, true)
#define ASSERT_PTR_EQ(t, a, b) KTEST_PTR_CMP(t, a, ==, b, true)
#define ASSERT_NULL(t, p) KTEST_PTR_CMP(t, p, ==, NULL, true)
#define ASSERT_NOT_NULL(t, p) KTEST_PTR_CMP(t, p, !=, NULL, true)
#define ASSERT_STREQ(t, a, b) KTEST_STR_CMP(t, a, b, true)
#define ASSERT_TRUE(t, e) KTEST_BOOL(t, e, true, true)
#define ASSERT_FALSE(t, e) KTEST_BOOL(t, e, false, true)

#ifdef __KERNEL__
/*
 * Run stmt expecting CPU exception `vector`; the case fails if stmt
 * completes, or raises another vector. What was caught (vector, error
 * code, CR2, IP) is left in t->fault for further checks. Evaluates to true
 * when the expected exception was caught.
 */
#define EXPECT_EXCEPTION(t, vec, stmt)                           \
	ktest_check_exception(t, __FILE__, __LINE__, #stmt, vec, \
			      catch_exception(&(t)->fault, 0, stmt))
/* The same, with the full oops-style report printed as diagnostics. */
#define EXPECT_EXCEPTION_REPORT(t, vec, stmt)      \
	ktest_check_exception(                     \
		t, __FILE__, __LINE__, #stmt, vec, \
		catch_exception(&(t)->fault, CATCH_REPORT, stmt))

bool ktest_check_exception(struct ktest *t, const char *file, int line,
			   const char *stmt, int vector, bool caught);
#endif

#endif
