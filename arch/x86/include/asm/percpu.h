/* SPDX-License-Identifier: MIT */
/*
 * Per-CPU data, reached through a segment base: GS on x86_64 (the
 * IA32_GS_BASE MSR), FS on i386 (a GDT data segment whose base is the
 * area, loaded again by the interrupt entry). Each CPU's area is its own:
 * only that CPU writes it after bring-up, so nothing in it is locked.
 *
 *	offset 0:  self        this CPU's area (this_cpu_ptr)
 *	           cpu_number  smp_processor_id()
 *	           apic_id     this CPU's local APIC ID
 *	           tss         this CPU's TSS (the i386 #DF task reads it)
 *	           apic_timer_ticks ...  interrupt counters (asm/apic.h): only
 *	                       this CPU increments them (this_cpu_inc); any
 *	                       CPU may read them (READ_ONCE through per_cpu_area)
 */
#ifndef ASM_PERCPU_H
#define ASM_PERCPU_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct tss;

struct percpu_area {
	struct percpu_area *self;
	unsigned int cpu_number;
	u32 apic_id;
	struct tss *tss;
	unsigned long apic_timer_ticks;	   /* local APIC timer interrupts */
	unsigned long ipi_call_count;	   /* CALL_FUNCTION_VECTOR received */
	unsigned long ipi_resched_count;   /* RESCHEDULE_VECTOR received */
	unsigned long apic_spurious_count; /* SPURIOUS_APIC_VECTOR, no EOI */
};

#ifdef CONFIG_X86_64
#define __percpu_seg "gs"
#define MSR_GS_BASE 0xc0000101
#define MSR_KERNEL_GS_BASE 0xc0000102
#else
#define __percpu_seg "fs"
#endif

/* Read a field of this CPU's area through the segment base. */
#define this_cpu_read(field)                                                   \
	({                                                                     \
		__typeof__(((struct percpu_area *)0)->field) v__;              \
		__asm__ __volatile__(                                          \
			"mov %%" __percpu_seg ":%c1, %0"                       \
			: "=r"(v__)                                            \
			: "i"(__builtin_offsetof(struct percpu_area, field))); \
		v__;                                                           \
	})

#ifdef CONFIG_X86_64
#define __percpu_inc "incq"
#else
#define __percpu_inc "incl"
#endif

/*
 * Add one to an unsigned long field of this CPU's area: one instruction,
 * so an interrupt on this CPU cannot split it (no lock prefix: no other
 * CPU writes the field).
 */
#define this_cpu_inc(field)                                                    \
	do {                                                                   \
		_Static_assert(sizeof(((struct percpu_area *)0)->field) ==     \
				       sizeof(long),                           \
			       "this_cpu_inc: unsigned long fields only");     \
		__asm__ __volatile__(                                          \
			__percpu_inc " %%" __percpu_seg ":%c0" ::"i"(          \
				__builtin_offsetof(struct percpu_area, field)) \
			: "memory");                                           \
	} while (0)

static inline struct percpu_area *this_cpu_area(void)
{
	return this_cpu_read(self);
}

/* The boot CPU's area (static: it exists before any allocator). */
extern struct percpu_area boot_percpu_area;

/* Point this CPU's segment base at area (after its GDT is loaded). */
void load_percpu_segment(struct percpu_area *area);

#endif
