// SPDX-License-Identifier: MIT
/*
 * Fault injection for the page allocator and kmalloc
 * (include/kernel/fault_inject.h). The decision follows Linux's
 * should_fail(): fail-nth first, then times, space, interval and
 * probability, in that order.
 */
#include <kernel/errno.h>
#include <kernel/fault_inject.h>
#include <kernel/ksyms.h>
#include <kernel/printk.h>

struct fault_attr fail_page_alloc = { .name = "fail_page_alloc",
				      .interval = 1,
				      .times = 1 };
struct fault_attr failslab = { .name = "failslab", .interval = 1, .times = 1 };

static bool started;
static unsigned int paused;
static unsigned int fail_nth; /* 0: off; else calls left until the failure */
static bool fail_nth_fired;
static u32 rnd_state = 1;
bool fault_inject_armed;

/* The hooks' fast test: can anything be injected now? */
static void update_armed(void)
{
	fault_inject_armed =
		fail_nth ||
		(started && !paused &&
		 (fail_page_alloc.probability || failslab.probability));
}

/* ---- knobs ------------------------------------------------------------- */

/* One decimal number (a leading '-' if neg_ok) ending at ',' or the end. */
static const char *parse_num(const char *s, long *val, bool neg_ok)
{
	bool neg = false;
	long v = 0;

	if (*s == '-' && neg_ok) {
		neg = true;
		s++;
	}
	if (*s < '0' || *s > '9')
		return NULL;
	while (*s >= '0' && *s <= '9') {
		if (v > 100000000L)
			return NULL;
		v = v * 10 + (*s++ - '0');
	}
	*val = neg ? -v : v;
	return s;
}

int setup_fault_attr(struct fault_attr *attr, const char *str)
{
	long v[4];
	const char *s = str;
	int i;

	for (i = 0; i < 4 && s; i++) {
		s = parse_num(s, &v[i], i == 3);
		if (s && i < 3)
			s = *s == ',' ? s + 1 : NULL;
	}
	if (!s || *s || v[1] > 100 || v[3] < -1) {
		printk("fault_inject: %s=%s: expected <interval>,<probability 0-100>,<space>,<times (-1: unlimited)>; ignored\n",
		       attr->name, str);
		return -EINVAL;
	}
	attr->interval = v[0] ? (unsigned long)v[0] : 1;
	attr->probability = (unsigned long)v[1];
	attr->space = v[2];
	attr->times = v[3];
	printk("fault_inject: %s: interval %lu, probability %lu%%, space %ld, times %ld\n",
	       attr->name, attr->interval, attr->probability, attr->space,
	       attr->times);
	update_armed();
	return 0;
}

void fault_inject_seed(u32 seed)
{
	rnd_state = seed ? seed : 1;
}

/* xorshift32: the same failures for the same seed. */
u32 fault_inject_random(void)
{
	u32 x = rnd_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rnd_state = x;
}

void fault_inject_start(void)
{
	started = true;
	update_armed();
}

bool fault_inject_random_enabled(void)
{
	return started && (fail_page_alloc.probability || failslab.probability);
}

void fault_inject_pause(void)
{
	paused++;
	update_armed();
}

void fault_inject_resume(void)
{
	if (paused)
		paused--;
	update_armed();
}

void fault_inject_fail_nth(unsigned int n)
{
	fail_nth = n;
	fail_nth_fired = false;
	update_armed();
}

bool fault_inject_fail_nth_fired(void)
{
	bool fired = fail_nth_fired;

	fail_nth = 0;
	fail_nth_fired = false;
	update_armed();
	return fired;
}

/* ---- the decision ------------------------------------------------------ */

static void count_site(struct fault_attr *attr, const void *caller)
{
	unsigned int i;

	for (i = 0; i < FAULT_INJECT_SITES; i++) {
		struct fault_site *s = &attr->sites[i];

		if (!s->caller)
			s->caller = caller;
		if (s->caller == caller) {
			s->failures++;
			return;
		}
	}
	attr->other_sites++;
}

bool should_fail(struct fault_attr *attr, unsigned long size,
		 const void *caller)
{
	attr->calls++;
	if (fail_nth) {
		if (--fail_nth)
			return false;
		fail_nth_fired = true;
		update_armed();
		goto fail;
	}
	if (!started || paused || !attr->probability || !attr->times)
		return false;
	if (attr->space > (long)size) {
		attr->space -= (long)size;
		return false;
	}
	if (attr->interval > 1 && ++attr->count % attr->interval)
		return false;
	if (attr->probability <= fault_inject_random() % 100)
		return false;
fail:
	if (attr->times > 0)
		attr->times--;
	attr->failures++;
	count_site(attr, caller);
	return true;
}

bool __should_fail_alloc_page(gfp_t gfp __attribute__((unused)),
			      unsigned int order, const void *caller)
{
	return should_fail(&fail_page_alloc, 1UL << order, caller);
}

bool __should_failslab(unsigned long size, gfp_t gfp __attribute__((unused)),
		       const void *caller)
{
	return should_fail(&failslab, size, caller);
}

/* ---- report ------------------------------------------------------------ */

static void print_attr(const struct fault_attr *attr)
{
	unsigned int i;
	char sym[96];

	printk("fault_inject: %s: %lu failures injected in %lu calls\n",
	       attr->name, attr->failures, attr->calls);
	for (i = 0; i < FAULT_INJECT_SITES && attr->sites[i].caller; i++)
		printk("fault_inject:   %6lu at %s\n", attr->sites[i].failures,
		       ksym_format_ret((unsigned long)attr->sites[i].caller,
				       sym, sizeof(sym)));
	if (attr->other_sites)
		printk("fault_inject:   %6lu at other sites\n",
		       attr->other_sites);
}

void fault_inject_print(void)
{
	print_attr(&fail_page_alloc);
	print_attr(&failslab);
}
