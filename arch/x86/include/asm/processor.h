/* SPDX-License-Identifier: MIT */
/* Control registers, CPUID, MSRs and the few instructions C needs. */
#ifndef ASM_PROCESSOR_H
#define ASM_PROCESSOR_H

#include <kernel/compiler.h>
#include <kernel/types.h>

#define X86_CR0_WP (1UL << 16)
#define X86_CR0_NW (1UL << 29)
#define X86_CR0_CD (1UL << 30)
#define X86_CR0_PG (1UL << 31)
#define X86_CR4_PSE (1UL << 4)
#define X86_CR4_PAE (1UL << 5)
#define X86_CR4_PGE (1UL << 7)
#define X86_CR4_LA57 (1UL << 12)
#define X86_CR4_SMEP (1UL << 20)
#define X86_CR4_SMAP (1UL << 21)

#define MSR_EFER 0xc0000080
#define EFER_LME (1ULL << 8)
#define EFER_LMA (1ULL << 10) /* long mode active */
#define EFER_NXE (1ULL << 11)

#define X86_EFLAGS_IF (1UL << 9)
#define X86_EFLAGS_DF (1UL << 10) /* string instructions walk down */

#define DEFINE_CR_ACCESSORS(n)                                               \
	static inline unsigned long read_cr##n(void)                         \
	{                                                                    \
		unsigned long v;                                             \
		__asm__ __volatile__("mov %%cr" #n ", %0"                    \
				     : "=r"(v)::"memory");                   \
		return v;                                                    \
	}                                                                    \
	static inline void write_cr##n(unsigned long v)                      \
	{                                                                    \
		__asm__ __volatile__("mov %0, %%cr" #n ::"r"(v) : "memory"); \
	}
DEFINE_CR_ACCESSORS(0)
DEFINE_CR_ACCESSORS(2)
DEFINE_CR_ACCESSORS(3)
DEFINE_CR_ACCESSORS(4)
#undef DEFINE_CR_ACCESSORS

static inline void cpuid(u32 leaf, u32 *a, u32 *b, u32 *c, u32 *d)
{
	__asm__ __volatile__("cpuid"
			     : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d)
			     : "a"(leaf), "c"(0));
}

static inline u64 rdmsr(u32 msr)
{
	u32 lo, hi;

	__asm__ __volatile__("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return ((u64)hi << 32) | lo;
}

static inline void wrmsr(u32 msr, u64 val)
{
	__asm__ __volatile__("wrmsr" ::"c"(msr), "a"((u32)val),
			     "d"((u32)(val >> 32)));
}

/* In a busy-wait loop: tell the CPU (pause). */
static inline void cpu_relax(void)
{
	__asm__ __volatile__("pause" ::: "memory");
}

/* An address on the stack the caller runs on. */
static __always_inline unsigned long current_stack_pointer(void)
{
	unsigned long sp;

#ifdef CONFIG_X86_64
	__asm__("mov %%rsp, %0" : "=r"(sp));
#else
	__asm__("mov %%esp, %0" : "=r"(sp));
#endif
	return sp;
}

static inline unsigned long read_flags(void)
{
	unsigned long f;

	__asm__ __volatile__("pushf; pop %0" : "=r"(f)::"memory");
	return f;
}

static inline void local_irq_disable(void)
{
	__asm__ __volatile__("cli" ::: "memory");
}

static inline void local_irq_enable(void)
{
	__asm__ __volatile__("sti" ::: "memory");
}

static inline void halt(void)
{
	__asm__ __volatile__("hlt" ::: "memory");
}

/* A segment register's selector, and loading one (a valid selector only). */
#define savesegment(seg, var) \
	__asm__ __volatile__("movw %%" #seg ", %0" : "=rm"(var))
#define loadsegment(seg, sel) \
	__asm__ __volatile__("movl %k0, %%" #seg ::"r"((u32)(sel)) : "memory")

/*
 * A task's user segment state that the entry code does not save for it.
 * x86_64: the data selectors and the FS and GS bases; nothing saves them
 * on an entry from ring 3, so the context switch does
 * (arch_switch_segments). While the task is in the kernel its GS base is
 * in MSR_KERNEL_GS_BASE (swapgs, entry_64.asm). All zero for a new task.
 * i386: the entry saves every selector in the task's pt_regs (on its own
 * kernel stack) and the bases come with the selectors: nothing here.
 * Written by the context switch only, on the CPU the task leaves.
 */
struct thread_struct {
#ifdef CONFIG_X86_64
	unsigned long fsbase, gsbase;
	u16 ds, es, fsindex, gsindex;
#endif
};

/* Magic breakpoint: Bochs stops here when magic_break is enabled. */
#define BOCHS_BREAK() __asm__ __volatile__("xchg %%bx, %%bx" ::: "memory")

__noreturn void halt_forever(void);

#endif
