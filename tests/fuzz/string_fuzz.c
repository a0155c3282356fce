// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for memset, memcpy, memmove, clear_page and copy_page
 * (arch/x86/lib/string.c, x86_64 code, included renamed as in
 * tests/host/string_test.c). Every operation runs on an arena and, by
 * byte loops, on a copy of it; then the two, and a page of guard either
 * side of the arena, must be equal, the return value dst and EFLAGS.DF
 * clear. Any difference aborts with a message. Build and run: `make fuzz`.
 *
 * Input: operations of 8 bytes each (missing bytes read as 0): the op
 * (low 3 bits, modulo 5) and the path (bit 3: boot_cpu.erms), dst and src offsets
 * into the arena (2 bytes each), the length (2 bytes; cut to what fits)
 * and the fill byte of memset. memcpy of overlapping ranges is skipped.
 */
#define memset kmemset
#define memcpy kmemcpy
#define memmove kmemmove
#define memcmp kmemcmp
#define strlen kstrlen
#define strnlen kstrnlen
#define strcmp kstrcmp
#define strncmp kstrncmp
#define strchr kstrchr
#include "../../arch/x86/lib/string.c"
#undef memset
#undef memcpy
#undef memmove
#undef memcmp
#undef strlen
#undef strnlen
#undef strcmp
#undef strncmp
#undef strchr

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_PAGES 3
#define ARENA (ARENA_PAGES * PAGE_SIZE)

struct cpu_features boot_cpu; /* arch/x86/kernel/setup.c's: .erms */

/* A guard page, the arena, a guard page; and the reference of all three. */
static unsigned char buf[ARENA + 2 * PAGE_SIZE] __attribute__((aligned(4096)));
static unsigned char ref[sizeof(buf)];

struct input {
	const u8 *p, *end;
};

static unsigned int get8(struct input *in)
{
	return in->p < in->end ? *in->p++ : 0;
}

static unsigned int get16(struct input *in)
{
	unsigned int lo = get8(in);

	return lo | get8(in) << 8;
}

static bool df_set(void)
{
	return __builtin_ia32_readeflags_u64() & (1u << 10);
}

static const char *const op_name[] = { "memset", "memcpy", "memmove",
				       "clear_page", "copy_page" };

static void fail(const char *what, unsigned int op, size_t dst, size_t src,
		 size_t len)
{
	fprintf(stderr,
		"string_fuzz: %s after %s (erms=%d) dst %zu src %zu len %zu\n",
		what, op_name[op], boot_cpu.erms, dst, src, len);
	abort();
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	struct input in = { data, data + size };
	unsigned char *arena = buf + PAGE_SIZE, *rarena = ref + PAGE_SIZE;
	size_t i;

	for (i = 0; i < sizeof(buf); i++)
		buf[i] = ref[i] = (unsigned char)((i * 2654435761u) >> 24);
	while (in.p < in.end) {
		unsigned int op = get8(&in);
		size_t dst = get16(&in) % ARENA, src = get16(&in) % ARENA;
		size_t len = get16(&in), c = get8(&in);
		size_t top = dst > src ? dst : src;
		void *ret = NULL, *want = arena + dst;

		boot_cpu.erms = op & 8;
		op = (op & 7) % 5; /* 5, 6, 7: memset, memcpy, memmove again */
		if (len > ARENA - top)
			len = ARENA - top;
		switch (op) {
		case 0:
			ret = kmemset(arena + dst, (int)c, len);
			for (i = 0; i < len; i++)
				rarena[dst + i] = (unsigned char)c;
			break;
		case 1:
			if (dst < src + len && src < dst + len)
				continue;
			ret = kmemcpy(arena + dst, arena + src, len);
			for (i = 0; i < len; i++)
				rarena[dst + i] = rarena[src + i];
			break;
		case 2:
			ret = kmemmove(arena + dst, arena + src, len);
			if (dst < src) {
				for (i = 0; i < len; i++)
					rarena[dst + i] = rarena[src + i];
			} else {
				for (i = len; i-- > 0;)
					rarena[dst + i] = rarena[src + i];
			}
			break;
		case 3:
			dst = dst / PAGE_SIZE * PAGE_SIZE;
			want = ret = NULL;
			clear_page(arena + dst);
			for (i = 0; i < PAGE_SIZE; i++)
				rarena[dst + i] = 0;
			break;
		default:
			dst = dst / PAGE_SIZE * PAGE_SIZE;
			src = src / PAGE_SIZE * PAGE_SIZE;
			want = ret = NULL;
			copy_page(arena + dst, arena + src);
			for (i = 0; i < PAGE_SIZE; i++)
				rarena[dst + i] = rarena[src + i];
			break;
		}
		if (df_set())
			fail("DF set", op, dst, src, len);
		if (ret != want)
			fail("wrong return value", op, dst, src, len);
		if (memcmp(buf, ref, sizeof(buf)))
			fail("arena differs from the reference", op, dst, src,
			     len);
	}
	return 0;
}
