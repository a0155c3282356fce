// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for mm/vmap_area.c: the input is a root range and a
 * sequence of alloc / free / reserve / lookup operations. After every
 * operation the result is compared with the reference model
 * (tests/host/vmap_area_model.h) and the tree with vmap_area_check().
 * Any difference aborts with a message. Build and run: `make fuzz`.
 *
 * Input: byte 0 picks where the root lies (low, at 0, ending at ~0UL, or
 * anywhere), bytes 1-2 its length; then one opcode byte per operation,
 * followed by the bytes that operation reads (missing bytes read as 0).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <kernel/errno.h>
#include <kernel/printk.h>
#include <kernel/vmap_area.h>

#include "../host/vmap_area_model.h"

#define MAX_LIVE 4096
#define BITS_PER_LONG (8 * (int)sizeof(long))

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(stderr, fmt, ap);
	va_end(ap);
	return n;
}

static struct vmap_area_root root;
static struct model m;
static struct vmap_area nodes[MAX_LIVE];
static struct vmap_area *live[MAX_LIVE]; /* the first nr_live are in use */
static struct vmap_area *spare[MAX_LIVE];
static unsigned int nr_live, nr_spare;

struct input {
	const u8 *p, *end;
};

static unsigned long get8(struct input *in)
{
	return in->p < in->end ? *in->p++ : 0;
}

static unsigned long get16(struct input *in)
{
	unsigned long lo = get8(in);

	return lo | get8(in) << 8;
}

static unsigned long get32(struct input *in)
{
	unsigned long lo = get16(in);

	return lo | get16(in) << 16;
}

#define fuzz_assert(cond, ...)                                          \
	do {                                                            \
		if (!(cond)) {                                          \
			fprintf(stderr, "vmap_area_fuzz: %s: ", #cond); \
			fprintf(stderr, __VA_ARGS__);                   \
			fputc('\n', stderr);                            \
			abort();                                        \
		}                                                       \
	} while (0)

/* An address near or inside the root, from 16 input bits. */
static unsigned long get_addr(struct input *in)
{
	unsigned long off = get16(in) % (m.end - m.start + 64);

	if (off < 32)
		return m.start >= 32 - off ? m.start - (32 - off) : 0;
	off -= 32;
	return off > ~0UL - m.start ? ~0UL : m.start + off;
}

static void do_alloc(unsigned long size, unsigned long align, unsigned long lo,
		     unsigned long hi)
{
	unsigned long addr = 0, nr_free = root.nr_free;
	unsigned int misses;
	bool fits = model_first_fit(&m, size, align, lo, hi, &addr, &misses);
	struct vmap_area *va;
	int ret;

	if (!nr_spare)
		return;
	va = spare[--nr_spare];
	ret = vmap_area_alloc(&root, va, size, align, lo, hi);
	if (!fits) {
		fuzz_assert(ret == -ENOMEM, "alloc(%lx, %lx, [%lx, %lx)) = %d",
			    size, align, lo, hi, ret);
		fuzz_assert(root.nr_free == nr_free, "changed on failure");
		spare[nr_spare++] = va;
		return;
	}
	fuzz_assert(ret == 0, "alloc(%lx, %lx, [%lx, %lx)) = %d, model %lx",
		    size, align, lo, hi, ret, addr);
	fuzz_assert(misses >= MODEL_SEARCH_BUDGET || va->va_start == addr,
		    "alloc(%lx, %lx, [%lx, %lx)) at %lx, model %lx", size,
		    align, lo, hi, va->va_start, addr);
	fuzz_assert(va->va_start >= addr && va->va_end - va->va_start == size &&
			    !(va->va_start & (align - 1)) &&
			    va->va_start >= lo && va->va_end <= hi &&
			    model_is_free(&m, va->va_start, size),
		    "alloc(%lx, %lx, [%lx, %lx)) gave bad [%lx, %lx)", size,
		    align, lo, hi, va->va_start, va->va_end);
	model_insert(&m, va->va_start, va->va_end, va);
	live[nr_live++] = va;
}

static void do_free(unsigned int i)
{
	struct vmap_area *va = live[i];

	fuzz_assert(model_remove(&m, va->va_start) == va, "model lost %lx",
		    va->va_start);
	vmap_area_free(&root, va);
	live[i] = live[--nr_live];
	spare[nr_spare++] = va;
}

static void do_reserve(unsigned long addr, unsigned long size)
{
	struct vmap_area *va;
	int want = 0, ret;

	if (!size || addr < m.start || addr >= m.end || size > m.end - addr)
		want = -EINVAL;
	else if (!model_is_free(&m, addr, size))
		want = -EBUSY;
	if (!nr_spare)
		return;
	va = spare[--nr_spare];
	ret = vmap_area_reserve(&root, va, addr, size);
	fuzz_assert(ret == want, "reserve(%lx, %lx) = %d, want %d", addr, size,
		    ret, want);
	if (ret) {
		spare[nr_spare++] = va;
		return;
	}
	model_insert(&m, addr, addr + size, va);
	live[nr_live++] = va;
}

static void do_lookup(unsigned long addr)
{
	fuzz_assert(vmap_area_find_containing(&root, addr) ==
			    model_containing(&m, addr),
		    "find_containing(%lx)", addr);
	fuzz_assert(vmap_area_find(&root, addr) == model_find(&m, addr),
		    "find(%lx)", addr);
}

static void setup(struct input *in)
{
	unsigned long kind = get8(in), len = 1 + get16(in) % 4096;
	unsigned long start;

	switch (kind % 4) {
	case 0:
		start = 0x1000;
		break;
	case 1:
		start = 0;
		break;
	case 2:
		start = ~0UL - len; /* the root ends at the top */
		break;
	default:
		start = get32(in) * 4096UL;
		if (start > ~0UL - len)
			start = ~0UL - len;
		break;
	}
	fuzz_assert(vmap_area_init(&root, start, start + len) == 0, "init");
	model_init(&m, start, start + len);
	nr_live = 0;
	nr_spare = MAX_LIVE;
	for (unsigned int i = 0; i < MAX_LIVE; i++)
		spare[i] = &nodes[MAX_LIVE - 1 - i];
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	struct input in = { data, data + size };
	unsigned long len, sz, align, lo, hi, b;
	const char *diff;

	setup(&in);
	len = m.end - m.start;
	while (in.p < in.end) {
		unsigned long op = get8(&in);

		switch (op % 8) {
		case 0: /* small, page-like */
		case 1:
			b = get8(&in);
			sz = 1 + b % 8;
			align = 1UL << (b >> 3) % 4;
			do_alloc(sz, align, 0, ~0UL);
			break;
		case 2: /* any size, any alignment, maybe a window */
			sz = 1 + get16(&in) % len;
			align = 1UL << get8(&in) % BITS_PER_LONG;
			lo = 0;
			hi = ~0UL;
			if (op & 8) {
				lo = get_addr(&in);
				hi = op & 16 ? lo + sz : get_addr(&in);
				if (hi < lo && (op & 16))
					hi = ~0UL;
			}
			do_alloc(sz, align, lo, hi);
			break;
		case 3: /* a burst, to grow the tree */
			b = get8(&in);
			for (unsigned long i = 0; i < b % 64; i++)
				do_alloc(1 + (b + i) % 3, 1, 0, ~0UL);
			break;
		case 4:
		case 5:
			if (nr_live)
				do_free(get16(&in) % nr_live);
			break;
		case 6:
			lo = get_addr(&in);
			do_reserve(lo, 1 + get8(&in) % 32);
			break;
		case 7:
			do_lookup(get_addr(&in));
			break;
		}
		fuzz_assert(vmap_area_check(&root) == 0, "check");
		diff = model_compare(&m, &root);
		fuzz_assert(!diff, "%s", diff);
	}
	while (nr_live)
		do_free(nr_live - 1);
	fuzz_assert(vmap_area_check(&root) == 0 && root.nr_free == 1,
		    "not empty after freeing all");
	return 0;
}
