// SPDX-License-Identifier: MIT
#include <kernel/ksyms.h>
#include <kernel/printk.h>
#include <kernel/string.h>

extern const char _text[], _etext[];

/* The table is sorted by address: binary search for the last entry <= addr. */
const char *ksym_lookup(unsigned long addr, unsigned long *offset,
			unsigned long *size)
{
	unsigned int lo = 0, hi = ksym_count;

	if (addr < (unsigned long)_text || addr >= (unsigned long)_etext ||
	    !ksym_count || addr < ksym_table[0].addr)
		return NULL;
	while (hi - lo > 1) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (ksym_table[mid].addr <= addr)
			lo = mid;
		else
			hi = mid;
	}
	*offset = addr - ksym_table[lo].addr;
	*size = (lo + 1 < ksym_count ? ksym_table[lo + 1].addr
				     : (unsigned long)_etext) -
		ksym_table[lo].addr;
	return &ksym_names[ksym_table[lo].name];
}

unsigned long ksym_address(const char *name)
{
	unsigned int i;

	for (i = 0; i < ksym_count; i++)
		if (strcmp(&ksym_names[ksym_table[i].name], name) == 0)
			return ksym_table[i].addr;
	return 0;
}

static const char *ksym_format_at(unsigned long addr, unsigned long lookup,
				  char *buf, size_t size)
{
	unsigned long off, len;
	const char *name = ksym_lookup(lookup, &off, &len);

	if (name)
		snprintf(buf, size, "%s+0x%lx/0x%lx", name,
			 off + (addr - lookup), len);
	else
		snprintf(buf, size, "0x%lx", addr);
	return buf;
}

const char *ksym_format(unsigned long addr, char *buf, size_t size)
{
	return ksym_format_at(addr, addr, buf, size);
}

/*
 * A return address names its call: after a call that never returns it is
 * already the next function's first byte (Linux's %pB).
 */
const char *ksym_format_ret(unsigned long ret, char *buf, size_t size)
{
	return ksym_format_at(ret, ret - 1, buf, size);
}
