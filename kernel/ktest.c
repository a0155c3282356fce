// SPDX-License-Identifier: MIT
/*
 * The ktest runner: selects cases by glob, groups them by suite in source
 * order, runs each and prints KTAP version 1 (the format Linux's
 * tools/testing/kunit parser reads). Shared by the kernel and the host
 * unit tests; only crash containment is kernel-specific.
 */
#include <stdarg.h>

#ifdef __KERNEL__
#include <asm/processor.h>
#include <kernel/lockdep.h>
#include <kernel/preempt.h>
#endif
#include <kernel/ksyms.h>
#include <kernel/ktest.h>
#include <kernel/printk.h>
#include <kernel/string.h>

#define KTEST_MAX_CASES 1024
#define KTEST_INDENT "    "

extern const struct ktest_case *const __start_ktest_cases[];
extern const struct ktest_case *const __stop_ktest_cases[];

static const struct ktest_case *selected[KTEST_MAX_CASES];
static unsigned int suite_rank[KTEST_MAX_CASES];

/* ---- assertions ---------------------------------------------------- */

bool ktest_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

void ktest_log(struct ktest *t __unused, const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk(KTEST_INDENT "# %s\n", buf);
}

__noreturn void ktest_abort(struct ktest *t)
{
	longjmp(t->abort, 1);
}

static void ktest_fail_header(struct ktest *t, const char *file, int line,
			      bool fatal)
{
	t->failed = true;
	ktest_log(t, "%s FAILED at %s:%d", fatal ? "ASSERTION" : "EXPECTATION",
		  file, line);
}

static void ktest_log_value(struct ktest *t, const char *expr, u64 v,
			    bool is_signed)
{
	if (is_signed)
		ktest_log(t, "    %s == %lld (0x%llx)", expr, (long long)v,
			  (unsigned long long)v);
	else
		ktest_log(t, "    %s == %llu (0x%llx)", expr,
			  (unsigned long long)v, (unsigned long long)v);
}

void ktest_report_cmp(struct ktest *t, const char *file, int line,
		      const char *lhs, const char *op, const char *rhs, u64 lv,
		      u64 rv, bool is_signed, bool fatal)
{
	ktest_fail_header(t, file, line, fatal);
	ktest_log(t, "Expected %s %s %s, but", lhs, op, rhs);
	ktest_log_value(t, lhs, lv, is_signed);
	ktest_log_value(t, rhs, rv, is_signed);
	if (fatal)
		ktest_abort(t);
}

void ktest_report_str(struct ktest *t, const char *file, int line,
		      const char *lhs, const char *rhs, const char *lv,
		      const char *rv, bool fatal)
{
	ktest_fail_header(t, file, line, fatal);
	ktest_log(t, "Expected %s == %s, but", lhs, rhs);
	ktest_log(t, "    %s == \"%s\"", lhs, lv ? lv : "(null)");
	ktest_log(t, "    %s == \"%s\"", rhs, rv ? rv : "(null)");
	if (fatal)
		ktest_abort(t);
}

void ktest_report_bool(struct ktest *t, const char *file, int line,
		       const char *expr, bool expected, bool fatal)
{
	ktest_fail_header(t, file, line, fatal);
	ktest_log(t, "Expected %s to be %s", expr, expected ? "true" : "false");
	if (fatal)
		ktest_abort(t);
}

void ktest_skip(struct ktest *t, const char *reason)
{
	t->skipped = true;
	t->skip_reason = reason;
}

#ifdef __KERNEL__
bool ktest_check_exception(struct ktest *t, const char *file, int line,
			   const char *stmt, int vector, bool caught)
{
	if (caught && t->fault.vector == vector) {
		char ip[96];

		ktest_log(t, "caught %s at %s, error_code 0x%lx, cr2 0x%lx",
			  exception_name(vector),
			  ksym_format(t->fault.ip, ip, sizeof(ip)),
			  t->fault.error_code, t->fault.address);
		return true;
	}
	ktest_fail_header(t, file, line, false);
	if (!caught)
		ktest_log(t, "Expected %s to raise %s, but it completed", stmt,
			  exception_name(vector));
	else
		ktest_log(t, "Expected %s to raise %s, but it raised %s", stmt,
			  exception_name(vector),
			  exception_name(t->fault.vector));
	return false;
}
#endif

/* ---- selection and order ------------------------------------------- */

/* The filter is one glob, or several separated by commas: any may match. */
static bool ktest_matches(const struct ktest_case *c, const char *filter)
{
	char full[128], one[128];
	const char *p = filter;

	if (!filter || !*filter)
		return true;
	snprintf(full, sizeof(full), "%s.%s", c->suite, c->name);
	while (*p) {
		size_t n = 0;

		while (p[n] && p[n] != ',')
			n++;
		snprintf(one, sizeof(one), "%.*s", (int)n, p);
		if (glob_match(one, full))
			return true;
		p += n + (p[n] == ',');
	}
	return false;
}

/* Suites in order of first appearance; cases of a suite in source order. */
static bool ktest_before(unsigned int i, unsigned int j)
{
	const struct ktest_case *a = selected[i], *b = selected[j];
	int f;

	if (suite_rank[i] != suite_rank[j])
		return suite_rank[i] < suite_rank[j];
	f = strcmp(a->file, b->file);
	return f ? f < 0 : a->line < b->line;
}

static unsigned int ktest_select(const char *filter)
{
	const struct ktest_case *const *p;
	unsigned int n = 0, i, j;

	for (p = __start_ktest_cases; p < __stop_ktest_cases; p++) {
		if (!ktest_matches(*p, filter))
			continue;
		if (n == KTEST_MAX_CASES) {
			printk("ktest: more than %d cases, rest ignored\n",
			       KTEST_MAX_CASES);
			break;
		}
		selected[n] = *p;
		suite_rank[n] = n;
		for (j = 0; j < n; j++) {
			if (strcmp(selected[j]->suite, (*p)->suite) == 0) {
				suite_rank[n] = suite_rank[j];
				break;
			}
		}
		n++;
	}
	/* Insertion sort: a few hundred cases, once per boot. */
	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && ktest_before(j, j - 1); j--) {
			const struct ktest_case *c = selected[j];
			unsigned int r = suite_rank[j];

			selected[j] = selected[j - 1];
			suite_rank[j] = suite_rank[j - 1];
			selected[j - 1] = c;
			suite_rank[j - 1] = r;
		}
	}
	return n;
}

/* ---- running ------------------------------------------------------- */

static void ktest_call(struct ktest *t)
{
	if (setjmp(t->abort) == 0)
		t->kcase->run(t);
}

static void ktest_run_case(struct ktest *t)
{
#ifdef __KERNEL__
	unsigned long reports = lockdep_reports, warnings = context_warnings;
	struct fault_info fi;

	/* A case that oopses fails, and the suite goes on. */
	if (catch_exception(&fi, CATCH_REPORT, ktest_call(t))) {
		t->failed = true;
		ktest_log(t, "case crashed: %s at ip %lx",
			  exception_name(fi.vector), fi.ip);
	}
	/* Cases that turn interrupts on must not leave them on for the next. */
	if (read_flags() & X86_EFLAGS_IF) {
		local_irq_disable();
		t->failed = true;
		ktest_log(t, "case left interrupts enabled");
	}
	/* Whatever the case did on purpose, it has taken back (see lockdep_test). */
	if (lockdep_reports != reports) {
		t->failed = true;
		ktest_log(t,
			  "lockdep reported %lu lock-order problem(s) (above)",
			  lockdep_reports - reports);
	}
	if (context_warnings != warnings) {
		t->failed = true;
		ktest_log(t, "%lu context warning(s) (BUG lines above)",
			  context_warnings - warnings);
	}
	if (preempt_count()) {
		t->failed = true;
		ktest_log(t, "case left preempt_count at %#x (a lock held?)",
			  preempt_count());
		this_cpu_write(preempt_count, 0);
	}
#else
	ktest_call(t);
#endif
}

static unsigned int ktest_count_suites(unsigned int n)
{
	unsigned int i, suites = 0;

	for (i = 0; i < n; i++)
		if (i == 0 || suite_rank[i] != suite_rank[i - 1])
			suites++;
	return suites;
}

int ktest_run_all(const char *filter, int *passed, int *skipped)
{
	unsigned int n = ktest_select(filter), i = 0, suite_nr = 0;
	int failed = 0;

	*passed = *skipped = 0;
	if (!n && filter && *filter)
		printk("ktest: warning: ktest.filter=%s matches no test\n",
		       filter);
	printk("KTAP version 1\n1..%u\n", ktest_count_suites(n));
	while (i < n) {
		unsigned int first = i, case_nr = 0, nr_cases;
		bool suite_failed = false;

		while (i < n && suite_rank[i] == suite_rank[first])
			i++;
		nr_cases = i - first;
		printk(KTEST_INDENT "KTAP version 1\n" KTEST_INDENT
				    "# Subtest: %s\n" KTEST_INDENT "1..%u\n",
		       selected[first]->suite, nr_cases);
		for (unsigned int k = first; k < i; k++) {
			struct ktest t = { .kcase = selected[k] };

			ktest_run_case(&t);
			case_nr++;
			if (t.failed) {
				failed++;
				suite_failed = true;
				printk(KTEST_INDENT "not ok %u %s\n", case_nr,
				       t.kcase->name);
			} else if (t.skipped) {
				(*skipped)++;
				printk(KTEST_INDENT "ok %u %s # SKIP %s\n",
				       case_nr, t.kcase->name,
				       t.skip_reason ? t.skip_reason : "");
			} else {
				(*passed)++;
				printk(KTEST_INDENT "ok %u %s\n", case_nr,
				       t.kcase->name);
			}
		}
		printk("%s %u %s\n", suite_failed ? "not ok" : "ok", ++suite_nr,
		       selected[first]->suite);
	}
	return failed;
}
