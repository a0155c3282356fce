/* SPDX-License-Identifier: MIT */
/*
 * Per-CPU data, reached through a segment base: GS on x86_64 (the
 * IA32_GS_BASE MSR while in the kernel; user code runs with its own base
 * there and the area in IA32_KERNEL_GS_BASE: swapgs in entry_64.asm), FS
 * on i386 (a GDT data segment whose base is the area, loaded again by the
 * interrupt entry after it saved the user's FS). Each CPU's area is its own:
 * only that CPU writes it after bring-up, so nothing in it is locked.
 * The read-modify-write accessors are one instruction each, so an
 * interrupt on this CPU cannot split them, and they need no lock either.
 *
 *	offset 0:  self          this CPU's area (this_cpu_ptr)
 *	           cpu_number    smp_processor_id()
 *	           apic_id       this CPU's local APIC ID
 *	           tss           this CPU's TSS (the i386 #DF task reads it)
 *	           current_task  `current` (include/kernel/sched.h)
 *	           preempt_count include/kernel/preempt.h
 *	           need_resched  the tick asks for a switch at the next chance
 *	           idle_task     this CPU's idle task; slice_left: of current's slice
 *	           apic_timer_ticks ...  interrupt counters (asm/apic.h): only
 *	                         this CPU increments them (this_cpu_inc); any
 *	                         CPU may read them (READ_ONCE through per_cpu_area)
 */
#ifndef ASM_PERCPU_H
#define ASM_PERCPU_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct task_struct;
struct tss;

struct percpu_area {
	struct percpu_area *self;
	unsigned int cpu_number;
	u32 apic_id;
	struct tss *tss;
	struct task_struct *current_task;
	unsigned int preempt_count;
	unsigned int need_resched;
	struct task_struct *idle_task;	   /* runs when nothing else can here */
	unsigned int slice_left;	   /* ticks the current task has left */
	unsigned long apic_timer_ticks;	   /* local APIC timer interrupts */
	unsigned long ipi_call_count;	   /* CALL_FUNCTION_VECTOR received */
	unsigned long ipi_resched_count;   /* RESCHEDULE_VECTOR received */
	unsigned long apic_spurious_count; /* SPURIOUS_APIC_VECTOR, no EOI */
};

#ifdef CONFIG_X86_64
#define __percpu_seg "gs"
#define MSR_FS_BASE 0xc0000100
#define MSR_GS_BASE 0xc0000101
#define MSR_KERNEL_GS_BASE 0xc0000102
#else
#define __percpu_seg "fs"
#endif

/* Read a field of this CPU's area through the segment base. */
#define this_cpu_read(field)                                          \
	({                                                            \
		__typeof__(((struct percpu_area *)0)->field) v__;     \
		__asm__ __volatile__("mov %%" __percpu_seg ":%c1, %0" \
				     : "=r"(v__)                      \
				     : "i"(__percpu_off(field)));     \
		v__;                                                  \
	})

#define __percpu_off(field) __builtin_offsetof(struct percpu_area, field)

/* Write a field of this CPU's area. */
#define this_cpu_write(field, val)                                        \
	do {                                                              \
		__typeof__(((struct percpu_area *)0)->field) v__ = (val); \
		__asm__ __volatile__("mov %1, %%" __percpu_seg ":%c0"     \
				     :                                    \
				     : "i"(__percpu_off(field)), "r"(v__) \
				     : "memory");                         \
	} while (0)

/* Add to a field of this CPU's area: one instruction, safe from interrupts. */
#define this_cpu_add(field, val)                                          \
	do {                                                              \
		__typeof__(((struct percpu_area *)0)->field) v__ = (val); \
		__asm__ __volatile__("add %1, %%" __percpu_seg ":%c0"     \
				     :                                    \
				     : "i"(__percpu_off(field)), "r"(v__) \
				     : "memory", "cc");                   \
	} while (0)
#define this_cpu_sub(field, val) this_cpu_add(field, -(val))

#define this_cpu_inc(field) this_cpu_add(field, 1)

static inline struct percpu_area *this_cpu_area(void)
{
	return this_cpu_read(self);
}

/* The boot CPU's area (static: it exists before any allocator). */
extern struct percpu_area boot_percpu_area;

/* Point this CPU's segment base at area (after its GDT is loaded). */
void load_percpu_segment(struct percpu_area *area);

#endif
