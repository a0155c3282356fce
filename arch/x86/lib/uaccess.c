// SPDX-License-Identifier: MIT
/* The user-memory helpers (asm/uaccess.h). */
#include <asm/extable.h>
#include <asm/smap.h>
#include <asm/uaccess.h>
#include <kernel/errno.h>
#include <kernel/pgtable.h>

int get_user_u8(u8 *val, const u8 *uaddr)
{
	int err = 0;
	u8 v = 0;

	if ((unsigned long)uaddr >= TASK_SIZE)
		return -EFAULT;
	stac();
	__asm__ __volatile__("1: movb %2, %b0\n"
			     "2:\n\t"
			     ".pushsection .text.fixup, \"ax\"\n"
			     "3: mov %3, %1\n\t"
			     "jmp 2b\n\t"
			     ".popsection\n\t" _ASM_EXTABLE(1b, 3b)
			     : "+q"(v), "+r"(err)
			     : "m"(*uaddr), "i"(-EFAULT));
	clac();
	*val = v;
	return err;
}

int copy_from_user(void *to, const void *from, size_t n)
{
	const u8 *src = from;
	u8 *dst = to;

	if ((unsigned long)src + n < (unsigned long)src)
		return -EFAULT;
	for (; n; n--)
		if (get_user_u8(dst++, src++))
			return -EFAULT;
	return 0;
}
