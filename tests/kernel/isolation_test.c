// SPDX-License-Identifier: MIT
/*
 * Isolation, attacked from ring 3 (tests/user/hostile.asm, probe.asm):
 * every attack kills the attacker with its one-line report, while the
 * kernel and a bystander task carry on. Then SMEP and SMAP seen from the
 * kernel side, and a system-call fuzz.
 */
#include <asm/processor.h>
#include <asm/smap.h>
#include <asm/traps.h>
#include <asm/uaccess.h>
#include <kernel/errno.h>
#include <kernel/fault.h>
#include <kernel/fault_inject.h>
#include <kernel/ktest.h>
#include <kernel/leak_check.h>
#include <kernel/mm.h>
#include <kernel/page_alloc.h>
#include <kernel/pgtable.h>
#include <kernel/sched.h>
#include <kernel/syscall.h>
#include <kernel/user.h>
#include <kernel/vmalloc.h>

#include "user_probe.h"

#define EBADF 9
#define ENOSYS 38

#ifdef CONFIG_X86_64
#define IS_ENABLED_X86_64 1
#else
#define IS_ENABLED_X86_64 0
#endif

/* Operations of tests/user/hostile.asm. */
enum hostile_op {
	OP_INT,
	OP_SYSCALL,
	OP_UD2,
	OP_DIV0,
	OP_ICEBP,
	OP_HLT,
	OP_CLI,
	OP_IN,
	OP_MOV_CR3,
	OP_LOAD_DS,
	OP_INT3,
	OP_READ_EXIT,
	OP_FUZZ,
	OP_SYSCALL_INSN,
	OP_SYSENTER,
};

/* Run hostile.asm doing op: its exit code, or -1000 if it could not start. */
static int hostile(enum hostile_op op, unsigned long a1, unsigned long a2,
		   unsigned long a3, unsigned long a4)
{
	unsigned long data[5] = { op, a1, a2, a3, a4 };
	struct task_struct *u = user_task_create("hostile", data, sizeof(data));

	return u ? task_wait(u) : -1000;
}

/* A system call from ring 3 with these arguments: its result. */
static long user_syscall(unsigned long nr, unsigned long a0, unsigned long a1,
			 unsigned long a2)
{
	return hostile(OP_SYSCALL, nr, a0, a1, a2);
}

/* A task that sleeps through the attacks and must exit with its value. */
static struct task_struct *bystander(unsigned long value)
{
	return user_task_create("sleeper", &value, sizeof(value));
}

static unsigned long kernel_word = 0x600dcafe;

/* Read, write and run kernel memory of every kind: killed, nothing changed. */
KTEST(isolation, kernel_addresses)
{
	unsigned long *vm = vmalloc(PAGE_SIZE);
	unsigned long *direct = (unsigned long *)get_zeroed_page(GFP_KERNEL);
	struct task_struct *by = bystander(0x42);
	unsigned long user = pf_stats.user;
	unsigned int i, op;

	if (!vm || !direct || !by) {
		vfree(vm);
		free_page((unsigned long)direct);
		if (by)
			task_wait(by);
		ASSERT_TRUE(t, false && "vmalloc, a page and a task");
	}
	*vm = 0x1111;
	*direct = 0x2222;
	{
		const unsigned long targets[] = {
			(unsigned long)direct,	     /* the direct map */
			(unsigned long)vm,	     /* vmalloc */
			(unsigned long)hostile,	     /* kernel text */
			(unsigned long)&kernel_word, /* kernel data */
			(unsigned long)init_mm.pgd,  /* page tables */
			(unsigned long)pgd_from_cr3(read_cr3()),
			VMALLOC_END - PAGE_SIZE,   /* nothing mapped */
			(unsigned long)-PAGE_SIZE, /* the very top */
		};

		for (i = 0; i < ARRAY_SIZE(targets); i++)
			for (op = PROBE_READ; op <= PROBE_CALL; op++)
				if (probe(op, targets[i]) != EXIT_KILLED) {
					t->failed = true;
					ktest_log(
						t,
						"probe %u of %lx was not killed",
						op, targets[i]);
				}
	}
	/* (A call also demand-fills the stack it pushes to.) */
	EXPECT_GE(t, pf_stats.user - user, 8UL * 3);
	EXPECT_EQ(t, *vm, 0x1111UL);
	EXPECT_EQ(t, *direct, 0x2222UL);
	EXPECT_EQ(t, kernel_word, 0x600dcafeUL);
	EXPECT_EQ(t, task_wait(by), 0x42);
	vfree(vm);
	free_page((unsigned long)direct);
}

/* No execution from the stack or the data page where the mode has NX. */
KTEST(isolation, no_exec_stack_and_data)
{
	if (!(__supported_pte_mask & _PAGE_NX)) {
		ktest_skip(t, "no NX in this mode or CPU");
		return;
	}
	EXPECT_EQ(t, probe(PROBE_CALL, USER_DATA + 8), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_CALL, USER_STACK_TOP - 64), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_CALL, USER_STACK_TOP - USER_STACK_SIZE),
		  EXIT_KILLED);
}

KTEST(isolation, read_only_user_pages)
{
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_CODE), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_WRITE, USER_CODE + 0x10), EXIT_KILLED);
	EXPECT_EQ(t, probe(PROBE_READ, USER_CODE), 0); /* reading is fine */
}

/* Kernel, unmapped and wrapping pointers, huge lengths: a clear error each. */
KTEST(isolation, syscall_bad_arguments)
{
	unsigned long *vm = vmalloc(PAGE_SIZE);
	unsigned long calls = syscall_stats.calls;

	ASSERT_NOT_NULL(t, vm);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, (unsigned long)vm, 16),
		  -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, (unsigned long)hostile, 16),
		  -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, (unsigned long)&kernel_word, 4),
		  -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, 0, 16), -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 2, 0x00a00000, 16), -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, TASK_SIZE - 4, 100), -EFAULT);
	EXPECT_EQ(t, user_syscall(SYS_write, 1, (unsigned long)-16, 64),
		  -EFAULT);
	/* A huge length: what could be read, up to the end of the data page. */
	EXPECT_EQ(t,
		  user_syscall(SYS_write, 1, USER_DATA + PAGE_SIZE - 8,
			       (unsigned long)-1 >> 1),
		  8);
	EXPECT_EQ(t, user_syscall(SYS_write, 7, USER_DATA, 4), -EBADF);
	EXPECT_EQ(t, user_syscall(SYS_write, (unsigned long)vm, USER_DATA, 4),
		  -EBADF);
	EXPECT_EQ(t, user_syscall(SYS_sleep, (unsigned long)-1, 0, 0), -EINVAL);
	EXPECT_EQ(t, user_syscall(SYS_sleep, (unsigned long)vm, 0, 0), -EINVAL);
	EXPECT_EQ(t, user_syscall(9999, 1, 2, 3), -ENOSYS);
	EXPECT_EQ(t, user_syscall((unsigned long)-1, 1, 2, 3), -ENOSYS);
	EXPECT_EQ(t, user_syscall((unsigned long)vm, 1, 2, 3), -ENOSYS);
	EXPECT_EQ(t, user_syscall(SYS_sched_yield, (unsigned long)vm, -1UL, 0),
		  0);
	EXPECT_GT(t, user_syscall(SYS_getpid, (unsigned long)vm, 0, -1UL), 0);
	/* exit's code is an int: a kernel pointer is just a number. */
	EXPECT_EQ(t, user_syscall(SYS_exit, 0x1234, 0, 0), 0x1234);
	EXPECT_EQ(t, syscall_stats.calls - calls, 18UL * 2 - 1);
	vfree(vm);
}

/* Another process's page, by its kernel address: killed; by its user address: one's own. */
KTEST(isolation, other_process_pages)
{
	unsigned long secret = 0x5ec7e7;
	struct task_struct *a =
		user_task_create("sleeper", &secret, sizeof(secret));
	enum pg_level level;
	unsigned long pfn;
	pteval_t *e;

	ASSERT_NOT_NULL(t, a);
	e = lookup_address_in_pgd(a->mm->pgd, USER_DATA, &level);
	if (!e || level != PG_LEVEL_4K) {
		task_wait(a);
		ASSERT_NOT_NULL(t, e);
	}
	pfn = pte_pfn(*(pte_t *)e);
	if (!PageHighMem(pfn_to_page(pfn)))
		EXPECT_EQ(t,
			  hostile(OP_READ_EXIT,
				  (unsigned long)page_address(pfn_to_page(pfn)),
				  0, 0, 0),
			  EXIT_KILLED);
	/* The physical address taken as a virtual one. */
	EXPECT_EQ(
		t,
		hostile(OP_READ_EXIT, PFN_PHYS(pfn) & (TASK_SIZE - 1), 0, 0, 0),
		EXIT_KILLED);
	/* At the same user address each sees its own page (the op, here). */
	EXPECT_EQ(t, hostile(OP_READ_EXIT, USER_DATA, 0, 0, 0), OP_READ_EXIT);
	EXPECT_EQ(t, task_wait(a), 0x5ec7e7);
}

/*
 * The #GP error code of `int v` through a DPL 0 gate: the IDT bit and the
 * vector (SDM Vol. 3A, 6.13). QEMU's TCG in 64-bit mode puts v * 16 + 2
 * there (do_interrupt64 scales by the 16-byte gate size): accepted too.
 */
static bool idt_error_code(unsigned long ec, unsigned int v)
{
	return ec == v * 8 + 2 || (IS_ENABLED_X86_64 && ec == v * 16 + 2);
}

/* int n for every vector but 0x80: #GP naming the vector, the task killed. */
KTEST(isolation, int_every_vector)
{
	struct task_struct *by = bystander(0x77);
	unsigned long killed = user_trap_stats.killed;
	unsigned int v, bad = 0;

	ASSERT_NOT_NULL(t, by);
	for (v = 0; v < 256; v++) {
		int code = hostile(OP_INT, v, 0, 0, 0);

		if (v == SYSCALL_VECTOR) {
			EXPECT_EQ(t, code, 0); /* eax 0: -ENOSYS, then exit */
			continue;
		}
		if (code != EXIT_KILLED ||
		    user_trap_stats.last_vector != X86_TRAP_GP ||
		    !idt_error_code(user_trap_stats.last_error_code, v)) {
			if (bad++ < 8)
				ktest_log(
					t,
					"int %u: exit %d, vector %d, error_code 0x%lx",
					v, code, user_trap_stats.last_vector,
					user_trap_stats.last_error_code);
		}
	}
	EXPECT_EQ(t, bad, 0U);
	EXPECT_EQ(t, user_trap_stats.killed - killed, 255UL);
	EXPECT_EQ(t, task_wait(by), 0x77);
}

/* Privileged and faulting instructions: each kills with its signal's code. */
KTEST(isolation, privileged_and_faulting_instructions)
{
	static const struct {
		enum hostile_op op;
		int code, vector;
		unsigned long error_code;
	} cases[] = {
		{ OP_UD2, EXIT_SIGILL, X86_TRAP_UD, 0 },
		{ OP_DIV0, EXIT_SIGFPE, X86_TRAP_DE, 0 },
		/* int1 is #DB; QEMU's TCG (without WANT_ICEBP) makes it #UD. */
		{ OP_ICEBP, EXIT_SIGTRAP, X86_TRAP_DB, 0 },
		{ OP_HLT, EXIT_KILLED, X86_TRAP_GP, 0 },
		{ OP_CLI, EXIT_KILLED, X86_TRAP_GP, 0 },
		{ OP_IN, EXIT_KILLED, X86_TRAP_GP, 0 },
		{ OP_MOV_CR3, EXIT_KILLED, X86_TRAP_GP, 0 },
		{ OP_LOAD_DS, EXIT_KILLED, X86_TRAP_GP, 0x10 },
		{ OP_INT3, EXIT_KILLED, X86_TRAP_GP, X86_TRAP_BP * 8 + 2 },
		{ OP_SYSCALL_INSN, EXIT_SIGILL, X86_TRAP_UD, 0 },
		{ OP_SYSENTER, EXIT_KILLED, X86_TRAP_GP, 0 },
	};
	struct task_struct *by = bystander(0x99);
	unsigned int i;

	ASSERT_NOT_NULL(t, by);
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		int code = hostile(cases[i].op, 0, 0, 0, 0);

		/* sysenter without SYSENTER_CS: #GP (Intel), #UD (AMD, 64-bit). */
		if (cases[i].op == OP_SYSENTER && code == EXIT_SIGILL &&
		    user_trap_stats.last_vector == X86_TRAP_UD)
			continue;
		if (cases[i].op == OP_ICEBP && code == EXIT_SIGILL &&
		    user_trap_stats.last_vector == X86_TRAP_UD)
			continue;
		if (cases[i].op == OP_INT3 && code == EXIT_KILLED &&
		    user_trap_stats.last_vector == X86_TRAP_GP &&
		    idt_error_code(user_trap_stats.last_error_code,
				   X86_TRAP_BP))
			continue;
		if (code != cases[i].code ||
		    user_trap_stats.last_vector != cases[i].vector ||
		    user_trap_stats.last_error_code != cases[i].error_code) {
			t->failed = true;
			ktest_log(
				t,
				"op %d: exit %d (want %d), vector %d (want %d), error_code 0x%lx (want 0x%lx)",
				cases[i].op, code, cases[i].code,
				user_trap_stats.last_vector, cases[i].vector,
				user_trap_stats.last_error_code,
				cases[i].error_code);
		}
	}
	EXPECT_EQ(t, task_wait(by), 0x99);
}

/*
 * Random system calls from ring 3, many thousands: the kernel survives,
 * every fuzzer exits normally, nothing leaks. Seeded by seed=.
 */
KTEST(isolation, syscall_fuzz)
{
	enum { TASKS = 4, CALLS = 5000 };
	unsigned long calls = syscall_stats.calls;
	struct mem_snapshot before, after;
	u32 seed = fault_inject_random();
	unsigned int i;

	mem_snapshot(&before);
	for (i = 0; i < TASKS; i++) {
		int code = hostile(OP_FUZZ, CALLS, seed + i * 7919, 0, 0);

		if (code != 0) {
			t->failed = true;
			ktest_log(t, "fuzzer %u (seed %u) ended with %d", i,
				  seed + i * 7919, code);
		}
	}
	ktest_log(t, "%lu system calls, seed %u", syscall_stats.calls - calls,
		  seed);
	EXPECT_GE(t, syscall_stats.calls - calls, TASKS * CALLS * 9UL / 10);
	mem_snapshot(&after);
	EXPECT_EQ(t, mem_snapshot_diff(&before, &after, "syscall fuzz"), 0UL);
	EXPECT_EQ(t, page_alloc_verify(), 0UL);
}

/* ---- SMEP and SMAP, from the kernel side ------------------------------------ */

/* An address space with one user page at USER_DATA holding value, and CR3 on it. */
static struct mm_struct *user_page_mm(unsigned long value, unsigned int flags)
{
	struct mm_struct *mm = mm_alloc();

	if (!mm)
		return NULL;
	if (mm_map_user_page(mm, USER_DATA, flags, &value, sizeof(value))) {
		mm_free(mm);
		return NULL;
	}
	switch_mm(mm);
	return mm;
}

static void user_page_mm_done(struct mm_struct *mm)
{
	switch_mm(&init_mm);
	mm_free(mm);
}

static u8 page_buf[PAGE_SIZE + 1];

KTEST(smap, kernel_read_of_user_memory_faults)
{
	volatile unsigned long *u = (volatile unsigned long *)USER_DATA;
	unsigned long before = smap_stats.smap, v = 0;
	struct mm_struct *mm;
	u8 byte = 0;

	if (!smap_enabled) {
		ktest_skip(t, "no SMAP (QEMU: -cpu qemu64,+smep,+smap or max)");
		return;
	}
	mm = user_page_mm(0xabcdef, VM_READ | VM_WRITE);
	ASSERT_NOT_NULL(t, mm);
	/* A plain read: #PF, protection, supervisor, reported as SMAP. */
	if (EXPECT_EXCEPTION_REPORT(t, X86_TRAP_PF, v = *u)) {
		EXPECT_EQ(t, t->fault.address, USER_DATA);
		EXPECT_EQ(t, t->fault.error_code & (X86_PF_PROT | X86_PF_USER),
			  X86_PF_PROT);
	}
	EXPECT_EXCEPTION(t, X86_TRAP_PF, *u = 1);
	EXPECT_EQ(t, smap_stats.smap - before, 2UL);
	/* The helpers still work. */
	EXPECT_EQ(t, get_user_u8(&byte, (const u8 *)USER_DATA), 0);
	EXPECT_EQ(t, byte, 0xef);
	EXPECT_EQ(t, copy_from_user(&v, (const void *)USER_DATA, sizeof(v)), 0);
	EXPECT_EQ(t, v, 0xabcdefUL);
	/* Runs off the page: the bytes before the end are copied. */
	EXPECT_EQ(t,
		  copy_from_user(page_buf, (const void *)USER_DATA,
				 PAGE_SIZE + 1),
		  -EFAULT);
	EXPECT_EQ(t, page_buf[0], 0xefU);
	user_page_mm_done(mm);
	/* And the system calls that read user memory. */
	EXPECT_EQ(t, user_syscall(SYS_write, 1, USER_DATA + PAGE_SIZE - 4, 4),
		  4);
}

KTEST(smap, kernel_exec_of_user_memory_faults)
{
	unsigned long before = smap_stats.smep;
	struct mm_struct *mm;

	if (!smep_enabled) {
		ktest_skip(t, "no SMEP (QEMU: -cpu qemu64,+smep,+smap or max)");
		return;
	}
	/* A user page holding `ret`: without SMEP the call would return. */
	mm = user_page_mm(0xc3c3c3c3, VM_READ | VM_EXEC);
	ASSERT_NOT_NULL(t, mm);
	if (EXPECT_EXCEPTION_REPORT(t, X86_TRAP_PF,
				    ((void (*)(void))USER_DATA)())) {
		EXPECT_EQ(t, t->fault.address, USER_DATA);
		EXPECT_EQ(t,
			  t->fault.error_code &
				  (X86_PF_PROT | X86_PF_INSTR | X86_PF_USER),
			  X86_PF_PROT | X86_PF_INSTR);
	}
	EXPECT_EQ(t, smap_stats.smep - before, 1UL);
	user_page_mm_done(mm);
}
