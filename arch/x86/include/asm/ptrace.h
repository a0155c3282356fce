/* SPDX-License-Identifier: MIT */
/*
 * struct pt_regs: the register frame the interrupt entry stubs
 * (arch/x86/entry/entry_{32,64}.asm) build on the stack. The order here
 * must match the push order there.
 */
#ifndef ASM_PTRACE_H
#define ASM_PTRACE_H

#include <kernel/types.h>

#ifdef CONFIG_X86_64
struct pt_regs {
	unsigned long r15, r14, r13, r12, r11, r10, r9, r8;
	unsigned long bp, di, si, dx, cx, bx, ax;
	unsigned long vector, error_code;
	/* pushed by the CPU */
	unsigned long ip, cs, flags, sp, ss;
};

static inline unsigned long regs_sp(const struct pt_regs *regs)
{
	return regs->sp;
}
#else
struct pt_regs {
	unsigned long gs, fs, es, ds;
	/* pushad order, reversed */
	unsigned long di, si, bp, esp_unused, bx, dx, cx, ax;
	unsigned long vector, error_code;
	/* pushed by the CPU; sp and ss only on a change of privilege */
	unsigned long ip, cs, flags, sp, ss;
};

/* A same-privilege trap pushes no SP: the old stack starts where sp would be. */
static inline unsigned long regs_sp(const struct pt_regs *regs)
{
	return (regs->cs & 3) ? regs->sp : (unsigned long)&regs->sp;
}
#endif

static inline bool user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}

#endif
