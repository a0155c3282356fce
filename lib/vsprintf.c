// SPDX-License-Identifier: MIT
/*
 * vsnprintf and snprintf: the formatting behind printk.
 *
 * Conversions %s %c %d %i %u %o %x %X %p %%, length modifiers hh h l ll z
 * (and j t), flags - 0 + space #, a field width and a precision, both either
 * digits or '*'. Precision limits %s and is the minimum digit count of an
 * integer, as in C. %p prints "0x" and every hex digit of the pointer. An
 * unknown conversion is copied to the output as written ("%q" -> "%q").
 * No floating point.
 */
#include <limits.h>
#include <stdarg.h>

#include <kernel/printk.h>
#include <kernel/string.h>

/* ---- output: a bounded buffer that still counts what does not fit ---- */

struct output {
	char *buf;
	size_t size;
	size_t len; /* length of the full output so far, stored or not */
};

/* Store c if it fits (keeping a byte for the NUL) and count it either way. */
static void out_char(struct output *out, char c)
{
	if (out->len + 1 < out->size)
		out->buf[out->len] = c;
	out->len++;
}

/* out_char() each of the n bytes at s. */
static void out_chars(struct output *out, const char *s, size_t n)
{
	while (n--)
		out_char(out, *s++);
}

/* Emit c n times; nothing when n <= 0. */
static void out_fill(struct output *out, char c, int n)
{
	while (n-- > 0)
		out_char(out, c);
}

/* ---- conversion specifications -------------------------------------- */

#define FLAG_LEFT 0x01	  /* '-': pad on the right */
#define FLAG_ZEROPAD 0x02 /* '0': pad numbers with leading zeros */
#define FLAG_PLUS 0x04	  /* '+': signed conversions always show a sign */
#define FLAG_SPACE 0x08	  /* ' ': a space where '+' would be */
#define FLAG_ALT 0x10	  /* '#': 0x before nonzero hex, 0 before octal */

enum length_mod { LEN_INT, LEN_CHAR, LEN_SHORT, LEN_LONG, LEN_LLONG, LEN_SIZE };

struct format_spec {
	unsigned int flags;
	int width;     /* minimum field width; 0: none */
	int precision; /* -1: none */
	enum length_mod length;
	char conv; /* the conversion character, e.g. 'd' */
};

/* Read a run of decimal digits at *fmt, saturating at INT_MAX. */
static int parse_decimal(const char **fmt)
{
	int n = 0;

	for (; **fmt >= '0' && **fmt <= '9'; (*fmt)++) {
		int digit = **fmt - '0';

		n = n > (INT_MAX - digit) / 10 ? INT_MAX : n * 10 + digit;
	}
	return n;
}

/*
 * Parse flags, width, precision and length after a '%' into spec. A '*'
 * takes its value from ap: a negative width means '-' and its magnitude, a
 * negative precision means none. Returns a pointer to the conversion
 * character (the NUL if the format ends early).
 */
static const char *parse_spec(const char *fmt, struct format_spec *spec,
			      va_list *ap)
{
	spec->flags = 0;
	for (;; fmt++) {
		if (*fmt == '-')
			spec->flags |= FLAG_LEFT;
		else if (*fmt == '0')
			spec->flags |= FLAG_ZEROPAD;
		else if (*fmt == '+')
			spec->flags |= FLAG_PLUS;
		else if (*fmt == ' ')
			spec->flags |= FLAG_SPACE;
		else if (*fmt == '#')
			spec->flags |= FLAG_ALT;
		else
			break;
	}

	if (*fmt == '*') {
		fmt++;
		spec->width = va_arg(*ap, int);
		if (spec->width < 0) {
			spec->flags |= FLAG_LEFT;
			spec->width =
				spec->width < -INT_MAX ? INT_MAX : -spec->width;
		}
	} else {
		spec->width = parse_decimal(&fmt);
	}

	spec->precision = -1;
	if (*fmt == '.') {
		fmt++;
		if (*fmt == '*') {
			fmt++;
			spec->precision = va_arg(*ap, int);
			if (spec->precision < 0)
				spec->precision = -1;
		} else {
			spec->precision = parse_decimal(&fmt);
		}
	}

	spec->length = LEN_INT;
	if (*fmt == 'h') {
		fmt++;
		spec->length = LEN_SHORT;
		if (*fmt == 'h') {
			fmt++;
			spec->length = LEN_CHAR;
		}
	} else if (*fmt == 'l') {
		fmt++;
		spec->length = LEN_LONG;
		if (*fmt == 'l') {
			fmt++;
			spec->length = LEN_LLONG;
		}
	} else if (*fmt == 'z' || *fmt == 't') {
		/* ptrdiff_t is the signed type of size_t's width on x86 */
		fmt++;
		spec->length = LEN_SIZE;
	} else if (*fmt == 'j') {
		fmt++;
		spec->length = LEN_LLONG; /* intmax_t is long long here */
	}

	spec->conv = *fmt;
	return fmt;
}

/* Fetch a signed integer argument of the spec's length, widened to 64 bits. */
static s64 fetch_signed(va_list *ap, enum length_mod length)
{
	switch (length) {
	case LEN_CHAR:
		return (signed char)va_arg(*ap, int);
	case LEN_SHORT:
		return (short)va_arg(*ap, int);
	case LEN_LONG:
		return va_arg(*ap, long);
	case LEN_LLONG:
		return va_arg(*ap, long long);
	case LEN_SIZE:
		return va_arg(*ap, ptrdiff_t);
	default:
		return va_arg(*ap, int);
	}
}

/* Fetch an unsigned integer argument of the spec's length. */
static u64 fetch_unsigned(va_list *ap, enum length_mod length)
{
	switch (length) {
	case LEN_CHAR:
		return (unsigned char)va_arg(*ap, unsigned int);
	case LEN_SHORT:
		return (unsigned short)va_arg(*ap, unsigned int);
	case LEN_LONG:
		return va_arg(*ap, unsigned long);
	case LEN_LLONG:
		return va_arg(*ap, unsigned long long);
	case LEN_SIZE:
		return va_arg(*ap, size_t);
	default:
		return va_arg(*ap, unsigned int);
	}
}

/* ---- numbers ---------------------------------------------------------- */

/*
 * Divide *n by 10 in place and return the remainder, using 32-bit divisions
 * only: i386 kernels are linked without libgcc, so a u64 '/' or '%' would
 * leave __udivdi3 / __umoddi3 undefined. This is schoolbook long division
 * with one 32-bit digit followed by two 16-bit digits: each step divides
 * (remainder << 16 | digit), and as the remainder is below 10 that fits in
 * 32 bits. Values that already fit in 32 bits take a single division.
 */
static unsigned int div10_u64(u64 *n)
{
	u32 hi = (u32)(*n >> 32), lo = (u32)*n;
	u32 q_hi, q_mid, q_lo, rem, part;

	if (hi == 0) {
		*n = lo / 10;
		return lo % 10;
	}
	q_hi = hi / 10;
	rem = hi % 10;
	part = rem << 16 | lo >> 16;
	q_mid = part / 10;
	rem = part % 10;
	part = rem << 16 | (lo & 0xffff);
	q_lo = part / 10;
	rem = part % 10;
	*n = (u64)q_hi << 32 | q_mid << 16 | q_lo;
	return rem;
}

/*
 * Write the digits of num in base 8, 10 or 16 into buf backwards (least
 * significant first) and return how many; none for 0. Bases 8 and 16 are
 * shifts and masks, base 10 goes through div10_u64().
 */
static int u64_to_digits(char *buf, u64 num, unsigned int base, bool upper)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	unsigned int shift = base == 16 ? 4 : 3;
	int n = 0;

	while (num) {
		if (base == 10) {
			buf[n++] = digits[div10_u64(&num)];
		} else {
			buf[n++] = digits[num & (base - 1)];
			num >>= shift;
		}
	}
	return n;
}

/*
 * Print an integer conversion (d i u o x X p) of magnitude num. The field
 * is: padding spaces, sign or prefix, zeros up to the precision (or up to
 * the width with '0'), the digits; with '-', the spaces go last instead.
 */
static void format_number(struct output *out, u64 num, bool negative,
			  const struct format_spec *spec)
{
	char digits[24]; /* 64 bits are 22 octal digits */
	const char *prefix = "";
	int ndigits, min_digits, zeros, plen, padding;
	unsigned int base = 10;
	bool upper = spec->conv == 'X';

	if (spec->conv == 'x' || spec->conv == 'X' || spec->conv == 'p')
		base = 16;
	else if (spec->conv == 'o')
		base = 8;
	ndigits = u64_to_digits(digits, num, base, upper);

	/* As in C: the default precision is 1; "%.0d" of 0 prints nothing. */
	min_digits = spec->precision >= 0 ? spec->precision : 1;
	if (spec->conv == 'p')
		min_digits = 2 * sizeof(void *);
	else if (base == 8 && (spec->flags & FLAG_ALT) && ndigits >= min_digits)
		min_digits = ndigits + 1; /* "%#o": a leading 0 */
	zeros = ndigits < min_digits ? min_digits - ndigits : 0;

	if (spec->conv == 'd' || spec->conv == 'i') {
		if (negative)
			prefix = "-";
		else if (spec->flags & FLAG_PLUS)
			prefix = "+";
		else if (spec->flags & FLAG_SPACE)
			prefix = " ";
	} else if (spec->conv == 'p') {
		prefix = "0x";
	} else if (base == 16 && (spec->flags & FLAG_ALT) && num) {
		prefix = upper ? "0X" : "0x";
	}
	plen = (int)strlen(prefix);

	padding = spec->width - plen - zeros - ndigits;
	/* '0' pads with zeros after the sign, unless '-' or a precision. */
	if ((spec->flags & (FLAG_ZEROPAD | FLAG_LEFT)) == FLAG_ZEROPAD &&
	    spec->precision < 0 && spec->conv != 'p' && padding > 0) {
		zeros += padding;
		padding = 0;
	}

	if (!(spec->flags & FLAG_LEFT))
		out_fill(out, ' ', padding);
	out_chars(out, prefix, plen);
	out_fill(out, '0', zeros);
	while (ndigits > 0)
		out_char(out, digits[--ndigits]);
	if (spec->flags & FLAG_LEFT)
		out_fill(out, ' ', padding);
}

/* Print len bytes of s, padded with spaces to the field width. */
static void format_chars(struct output *out, const char *s, size_t len,
			 const struct format_spec *spec)
{
	int padding = spec->width > (int)len ? spec->width - (int)len : 0;

	if (!(spec->flags & FLAG_LEFT))
		out_fill(out, ' ', padding);
	out_chars(out, s, len);
	if (spec->flags & FLAG_LEFT)
		out_fill(out, ' ', padding);
}

/* ---- the entry points -------------------------------------------------- */

/*
 * Format fmt into buf, storing at most size - 1 characters and a NUL (none
 * at all when size is 0). Returns the length of the untruncated output.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct output out = { .buf = buf, .size = size, .len = 0 };
	struct format_spec spec;
	const char *start, *s;
	va_list args;
	char c;
	s64 v;

	/* A copy, so the helpers can take &args (va_list may be an array). */
	va_copy(args, ap);
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			out_char(&out, *fmt);
			continue;
		}
		start = fmt;
		fmt = parse_spec(fmt + 1, &spec, &args);

		switch (spec.conv) {
		case '%':
			out_char(&out, '%');
			break;
		case 'c':
			c = (char)va_arg(args, int);
			format_chars(&out, &c, 1, &spec);
			break;
		case 's':
			s = va_arg(args, const char *);
			if (!s)
				s = "(null)";
			format_chars(&out, s,
				     spec.precision >= 0
					     ? strnlen(s, spec.precision)
					     : strlen(s),
				     &spec);
			break;
		case 'p':
			format_number(&out, (uintptr_t)va_arg(args, void *),
				      false, &spec);
			break;
		case 'd':
		case 'i':
			v = fetch_signed(&args, spec.length);
			/* 0 - (u64)v is the magnitude even for LLONG_MIN. */
			format_number(&out, v < 0 ? 0 - (u64)v : (u64)v, v < 0,
				      &spec);
			break;
		case 'u':
		case 'o':
		case 'x':
		case 'X':
			format_number(&out, fetch_unsigned(&args, spec.length),
				      false, &spec);
			break;
		case '\0':
			/* The format ends inside a conversion: copy it out. */
			out_chars(&out, start, fmt - start);
			fmt--;
			break;
		default:
			/* Unknown conversion: copy it out as written. */
			out_chars(&out, start, fmt - start + 1);
			break;
		}
	}
	va_end(args);

	if (size > 0)
		buf[out.len < size ? out.len : size - 1] = '\0';
	return out.len > INT_MAX ? INT_MAX : (int)out.len;
}

/* vsnprintf() with the arguments inline. */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return len;
}
