/* SPDX-License-Identifier: MIT */
/* CPU exception vectors (SDM Vol. 3A, 6.3.1) and the trap entry points. */
#ifndef ASM_TRAPS_H
#define ASM_TRAPS_H

#include <asm/ptrace.h>

enum {
	X86_TRAP_DE = 0,  /* divide error */
	X86_TRAP_DB = 1,  /* debug */
	X86_TRAP_NMI = 2, /* non-maskable interrupt */
	X86_TRAP_BP = 3,  /* breakpoint (int3) */
	X86_TRAP_OF = 4,  /* overflow */
	X86_TRAP_BR = 5,  /* bound range exceeded */
	X86_TRAP_UD = 6,  /* invalid opcode */
	X86_TRAP_NM = 7,  /* device not available */
	X86_TRAP_DF = 8,  /* double fault */
	X86_TRAP_OLD_MF = 9,
	X86_TRAP_TS = 10, /* invalid TSS */
	X86_TRAP_NP = 11, /* segment not present */
	X86_TRAP_SS = 12, /* stack-segment fault */
	X86_TRAP_GP = 13, /* general protection */
	X86_TRAP_PF = 14, /* page fault */
	X86_TRAP_SPURIOUS = 15,
	X86_TRAP_MF = 16, /* x87 floating point */
	X86_TRAP_AC = 17, /* alignment check */
	X86_TRAP_MC = 18, /* machine check */
	X86_TRAP_XF = 19, /* SIMD floating point */
	X86_TRAP_VE = 20, /* virtualization */
	X86_TRAP_CP = 21, /* control protection */
	X86_NR_EXCEPTIONS = 32,
};

/* Page-fault error code bits (SDM Vol. 3A, 4.7). */
#define X86_PF_PROT \
	(1UL << 0) /* 0: not-present page, 1: protection violation */
#define X86_PF_WRITE (1UL << 1) /* write access */
#define X86_PF_USER (1UL << 2)	/* from user mode (CPL 3) */
#define X86_PF_RSVD (1UL << 3)	/* reserved bit set in a paging entry */
#define X86_PF_INSTR (1UL << 4) /* instruction fetch */
#define X86_PF_PK (1UL << 5)	/* protection key */
#define X86_PF_SHSTK (1UL << 6) /* shadow stack */
#define X86_PF_SGX (1UL << 15)

/* A software-interrupt vector for tests (an "interrupt" at a chosen moment). */
#define TEST_VECTOR 0x81
extern void (*test_vector_handler)(struct pt_regs *regs);

/* Called by the entry stubs for every vector. */
void do_interrupt(struct pt_regs *regs);

void idt_init(void);
void gdt_init(void);
/* Load the shared IDT on this CPU (an AP, after idt_init on the BSP). */
void idt_load(void);

/* Decode and print a page-fault error code, Linux style (two lines). */
void show_pf_error_code(const struct pt_regs *regs, unsigned long error_code);
/* Registers, IP as symbol+offset, control registers and a backtrace. */
void show_regs(const struct pt_regs *regs);
/* Backtrace by frame pointers from (ip, bp). */
void show_stack(unsigned long ip, unsigned long bp);
/* Up to max return addresses of the frame chain from bp; how many. */
unsigned int save_stack_trace(unsigned long *trace, unsigned int max,
			      unsigned long bp);
/* One line per return address, with its symbol. */
void print_stack_trace(const unsigned long *trace, unsigned int n);

/* Exception-table fixup or the innermost armed catch; true if regs now resume there. */
bool fixup_exception(struct pt_regs *regs, unsigned long address);
/* Oops and panic. */
__attribute__((noreturn)) void die(const struct pt_regs *regs,
				   unsigned long address);

/* arch/x86/mm/fault.c */
void do_page_fault(struct pt_regs *regs, unsigned long error_code,
		   unsigned long address);

#endif
