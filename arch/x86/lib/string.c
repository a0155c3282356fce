// SPDX-License-Identifier: MIT
/*
 * memset, memcpy, memmove, clear_page and copy_page with the x86 string
 * instructions, in every mode (lib/string.c has the rest, in plain C).
 *
 * With ERMS (enhanced rep movsb/stosb: CPUID.(EAX=7,ECX=0):EBX[9]; SDM
 * vol. 1 7.3.9.3) rep stosb and rep movsb are fast at any size and
 * alignment, and the microcode picks the chunk size. Without it, the bulk
 * goes a long at a time (rep stosl / rep movsl on i386 and PAE, the q
 * forms on x86_64), then rep stosb / rep movsb do the 0 to
 * sizeof(long) - 1 bytes left. boot_cpu.erms picks the path; it is false
 * until cpu_detect() reads CPUID, which is correct on every CPU, so these
 * work from the first instruction of start_kernel.
 *
 * The string instructions walk up while EFLAGS.DF is clear. Both ABIs
 * guarantee DF clear at every call and return, and the interrupt entry
 * clears it (cld): only memmove's backward copy sets it, and clears it
 * again in the same asm statement.
 */
#include <asm/page.h>
#include <asm/setup.h>
#include <kernel/string.h>

#ifdef __x86_64__
#define REP_STOS_LONG "rep stosq"
#define REP_MOVS_LONG "rep movsq"
#else
#define REP_STOS_LONG "rep stosl"
#define REP_MOVS_LONG "rep movsl"
#endif

/* Fill n bytes at s with the byte c. Returns s. */
void *memset(void *s, int c, size_t n)
{
	unsigned long fill = (unsigned char)c * (~0UL / 0xff); /* c c c c */
	unsigned long longs = n / sizeof(long);
	void *d = s;

	if (boot_cpu.erms) {
		__asm__ __volatile__("rep stosb"
				     : "+D"(d), "+c"(n)
				     : "a"(c)
				     : "memory");
		return s;
	}
	n %= sizeof(long);
	__asm__ __volatile__(REP_STOS_LONG
			     : "+D"(d), "+c"(longs)
			     : "a"(fill)
			     : "memory");
	__asm__ __volatile__("rep stosb"
			     : "+D"(d), "+c"(n)
			     : "a"(fill)
			     : "memory");
	return s;
}

/*
 * Copy n bytes up from src to dst. Correct for overlapping ranges too when
 * dst is below src: each iteration of rep movs reads its source before any
 * later iteration writes, and the writes stay below the reads still to
 * come (memmove relies on this, as Linux's does).
 */
static void copy_forward(void *dst, const void *src, size_t n)
{
	unsigned long longs = n / sizeof(long);

	if (boot_cpu.erms) {
		__asm__ __volatile__("rep movsb"
				     : "+D"(dst), "+S"(src), "+c"(n)
				     :
				     : "memory");
		return;
	}
	n %= sizeof(long);
	__asm__ __volatile__(REP_MOVS_LONG
			     : "+D"(dst), "+S"(src), "+c"(longs)
			     :
			     : "memory");
	__asm__ __volatile__("rep movsb"
			     : "+D"(dst), "+S"(src), "+c"(n)
			     :
			     : "memory");
}

/* Copy n bytes from src to dst; the ranges must not overlap. Returns dst. */
void *memcpy(void *dst, const void *src, size_t n)
{
	copy_forward(dst, src, n);
	return dst;
}

/*
 * Copy n bytes from src to dst; the ranges may overlap. Up, as memcpy,
 * unless dst lies inside [src, src + n): then down, from the last long,
 * with DF set for the two rep movs and clear again before the asm ends
 * (ERMS does not speed up a downward copy, so there is one path).
 * Returns dst.
 */
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned long longs = n / sizeof(long), head = n % sizeof(long);
	/* Where the last long of each range starts (below it if n is small). */
	unsigned long d = (unsigned long)dst + n - sizeof(long);
	unsigned long s = (unsigned long)src + n - sizeof(long);

	if ((unsigned long)dst - (unsigned long)src >= n) {
		copy_forward(dst, src, n);
		return dst;
	}
	/*
	 * One asm statement, so that no compiled code runs with DF set. After
	 * the longs, edi/esi (rdi/rsi) are a long below the last one copied;
	 * the head's last byte is sizeof(long) - 1 above that.
	 */
	__asm__ __volatile__("std\n\t" REP_MOVS_LONG "\n\t"
			     "add %4, %0\n\t"
			     "add %4, %1\n\t"
			     "mov %3, %2\n\t"
			     "rep movsb\n\t"
			     "cld"
			     : "+D"(d), "+S"(s), "+c"(longs)
			     : "r"(head), "i"(sizeof(long) - 1)
			     : "memory", "cc");
	return dst;
}

/* Zero the page at the page-aligned address page. */
void clear_page(void *page)
{
	unsigned long n;

	if (boot_cpu.erms) {
		n = PAGE_SIZE;
		__asm__ __volatile__("rep stosb"
				     : "+D"(page), "+c"(n)
				     : "a"(0)
				     : "memory");
		return;
	}
	n = PAGE_SIZE / sizeof(long);
	__asm__ __volatile__(REP_STOS_LONG
			     : "+D"(page), "+c"(n)
			     : "a"(0UL)
			     : "memory");
}

/* Copy the page-aligned page from to the page-aligned page to. */
void copy_page(void *to, const void *from)
{
	unsigned long n;

	if (boot_cpu.erms) {
		n = PAGE_SIZE;
		__asm__ __volatile__("rep movsb"
				     : "+D"(to), "+S"(from), "+c"(n)
				     :
				     : "memory");
		return;
	}
	n = PAGE_SIZE / sizeof(long);
	__asm__ __volatile__(REP_MOVS_LONG
			     : "+D"(to), "+S"(from), "+c"(n)
			     :
			     : "memory");
}
