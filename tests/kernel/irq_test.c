// SPDX-License-Identifier: MIT
/*
 * The ISA lines through whichever controller init_IRQ() chose (the 8259A
 * pair or the I/O APIC), the tick (the local APIC timer, or the PIT's
 * IRQ 0 without a local APIC) and request_irq(). Interrupts are off in
 * the runner; a case turns them on only around a hlt (safe_halt()) and
 * leaves them off. Nothing measures wall time: a case counts ticks
 * against hlt wakeups, and while only the tick is open every wakeup is a
 * tick.
 */
#include <asm/apic.h>
#include <asm/i8253.h>
#include <asm/i8259.h>
#include <asm/io.h>
#include <asm/io_apic.h>
#include <asm/irq.h>
#include <asm/percpu.h>
#include <asm/segment.h>
#include <kernel/errno.h>
#include <kernel/ktest.h>
#include <kernel/nmi.h>
#include <kernel/time.h>

#define TEST_IRQ 5 /* LPT2: nothing on it under QEMU */
#define RTC_IRQ 8

/* ---- the tick and the lines, whichever controller carries them ---- */

static unsigned long tick_vector(void)
{
	return tick_from_apic_timer ? LOCAL_TIMER_VECTOR
				    : ISA_IRQ_VECTOR(PIT_IRQ);
}

static bool tick_pending(void)
{
	return tick_from_apic_timer ? apic_vector_pending(LOCAL_TIMER_VECTOR)
				    : i8259A_irq_pending(PIT_IRQ);
}

static bool tick_in_service(void)
{
	return tick_from_apic_timer ? apic_vector_in_service(LOCAL_TIMER_VECTOR)
				    : i8259A_irq_in_service(PIT_IRQ);
}

/* Tick interrupts CPU 0 has taken. */
static unsigned long tick_count(void)
{
	return tick_from_apic_timer ? this_cpu_read(apic_timer_ticks)
				    : irq_desc[PIT_IRQ].count;
}

static bool line_masked(unsigned int irq)
{
	if (io_apic_in_use())
		return io_apic_read_entry(io_apic_config.isa[irq].gsi) &
		       IO_APIC_RTE_MASKED;
	return i8259A_get_mask() & (1U << irq);
}

static bool line_in_service(unsigned int irq)
{
	if (io_apic_in_use())
		return apic_vector_in_service(ISA_IRQ_VECTOR(irq));
	return i8259A_irq_in_service(irq);
}

/*
 * The tick was raised (seen in the PIC's or local APIC's IRR, interrupts
 * still off) within a bound of reads far above one tick: if not, a hlt
 * would never return.
 */
static bool timer_alive(struct ktest *t)
{
	unsigned long i;

	for (i = 0; i < 5000000; i++) {
		if (tick_pending())
			return true;
	}
	ktest_log(
		t,
		"the tick (vector %#lx) never raised: its timer is not running",
		tick_vector());
	t->failed = true;
	return false;
}

/* hlt with interrupts on until jiffies advances by n or max_wakeups pass. */
static unsigned int hlt_for_ticks(unsigned long n, unsigned int max_wakeups)
{
	unsigned long start = jiffies;
	unsigned int wakeups = 0;

	while (jiffies - start < n && wakeups < max_wakeups) {
		unsigned long nmis = READ_ONCE(nmi_stats_this_cpu()->nmis),
			      j = jiffies;

		safe_halt();
		local_irq_disable();
		/* An NMI wakes hlt too (tests/run --nmi-ms): not a tick's wakeup. */
		if (jiffies == j &&
		    READ_ONCE(nmi_stats_this_cpu()->nmis) != nmis)
			continue;
		wakeups++;
	}
	return wakeups;
}

static void raise_vector(unsigned int irq)
{
	switch (irq) {
	case 5:
		__asm__ __volatile__("int %0" ::"i"(ISA_IRQ_VECTOR(5))
				     : "memory");
		break;
	case 7:
		__asm__ __volatile__("int %0" ::"i"(ISA_IRQ_VECTOR(7))
				     : "memory");
		break;
	case 15:
		__asm__ __volatile__("int %0" ::"i"(ISA_IRQ_VECTOR(15))
				     : "memory");
		break;
	}
}

KTEST(irq, runner_has_interrupts_off)
{
	EXPECT_TRUE(t, irqs_disabled());
}

KTEST(irq, only_requested_lines_unmasked)
{
	u16 mask = i8259A_get_mask();
	unsigned int irq;

	/* IRQ 0 is the tick only where the local APIC timer is not. */
	EXPECT_EQ(t, !irq_desc[PIT_IRQ].handler, tick_from_apic_timer);
	if (io_apic_in_use())
		EXPECT_EQ(t, mask, 0xffffU); /* the PICs say nothing at all */
	else
		EXPECT_EQ(t, mask & (1U << PIC_CASCADE_IR), 0U);
	for (irq = 0; irq < NR_IRQS; irq++) {
		if (irq == PIC_CASCADE_IR)
			continue;
		if (line_masked(irq) != !irq_desc[irq].handler) {
			ktest_log(t, "IRQ %u (%s): masked %d, handler %p", irq,
				  irq_chip->name, line_masked(irq),
				  (void *)irq_desc[irq].handler);
			t->failed = true;
		}
	}
}

KTEST(irq, pit_counts_down_from_latch)
{
	unsigned int a = pit_read_count(), b, i;

	for (i = 0; i < 1000 && (b = pit_read_count()) == a; i++)
		;
	EXPECT_LE(t, a, PIT_LATCH(HZ));
	EXPECT_LE(t, b, PIT_LATCH(HZ));
	EXPECT_NE(t, a, b);
}

KTEST(irq, jiffies_advance_with_hlt)
{
	const unsigned long n = 10;
	unsigned long start = jiffies;
	unsigned int wakeups;

	if (!timer_alive(t))
		return;
	wakeups = hlt_for_ticks(n, n + 1);
	EXPECT_TRUE(t, irqs_disabled());
	EXPECT_GE(t, jiffies - start, n);
	EXPECT_LE(t, wakeups, n + 1);
	ktest_log(t, "%lu ticks in %u hlt wakeups", jiffies - start, wakeups);
}

static struct {
	unsigned int calls;
	unsigned long hook_flags;
	unsigned long cs, vector, flags;
	bool user;
	bool in_service; /* IRQ 0 still in service in the hook: no EOI yet */
	unsigned long jiffies;
} seen;

static void test_tick_hook(struct pt_regs *regs)
{
	seen.calls++;
	seen.hook_flags |= read_flags();
	seen.cs = regs->cs;
	seen.vector = regs->vector;
	seen.flags = regs->flags;
	seen.user = user_mode(regs);
	seen.in_service |= tick_in_service();
	seen.jiffies = jiffies;
}

KTEST(irq, tick_hook_runs_after_eoi_with_irqs_off)
{
	tick_hook_t old;
	unsigned long start = jiffies;

	if (!timer_alive(t))
		return;
	seen = (__typeof__(seen)){ 0 };
	old = set_tick_hook(test_tick_hook);
	hlt_for_ticks(3, 4);
	EXPECT_PTR_EQ(t, set_tick_hook(old), test_tick_hook);

	EXPECT_TRUE(t, irqs_disabled());
	EXPECT_GE(t, seen.calls, 3U);
	EXPECT_EQ(t, seen.calls, jiffies - start);
	EXPECT_EQ(t, seen.jiffies, jiffies); /* jiffies advanced before it */
	EXPECT_EQ(t, seen.hook_flags & X86_EFLAGS_IF, 0UL);
	EXPECT_FALSE(t, seen.in_service);
	EXPECT_EQ(t, seen.cs, (unsigned long)__KERNEL_CS);
	EXPECT_EQ(t, seen.vector, tick_vector());
	EXPECT_FALSE(t, seen.user);
	/* It interrupted the hlt, which ran with interrupts on. */
	EXPECT_NE(t, seen.flags & X86_EFLAGS_IF, 0UL);

	/* Removed: later ticks no longer call it. */
	seen.calls = 0;
	hlt_for_ticks(1, 2);
	EXPECT_EQ(t, seen.calls, 0U);
}

/* Without EOIs the PIC or APIC would hold the tick in service: one tick. */
KTEST(irq, timer_keeps_ticking)
{
	const unsigned long n = 50;
	unsigned long start = jiffies, count = tick_count();
	unsigned int wakeups;

	if (!timer_alive(t))
		return;
	wakeups = hlt_for_ticks(n, n + 1);
	EXPECT_TRUE(t, irqs_disabled());
	EXPECT_GE(t, jiffies - start, n);
	EXPECT_EQ(t, tick_count() - count, jiffies - start);
	EXPECT_EQ(t, irq_desc[PIT_IRQ].unhandled, 0UL);
	EXPECT_LE(t, wakeups, n + 1);
	EXPECT_FALSE(t, tick_in_service());
}

KTEST(irq, request_irq_errors)
{
	static int dev;

	EXPECT_EQ(t, request_irq(NR_IRQS, (irq_handler_t)1, &dev), -EINVAL);
	EXPECT_EQ(t, request_irq(~0U, (irq_handler_t)1, &dev), -EINVAL);
	EXPECT_EQ(t, request_irq(PIC_CASCADE_IR, (irq_handler_t)1, &dev),
		  -EINVAL);
	EXPECT_EQ(t, request_irq(TEST_IRQ, NULL, &dev), -EINVAL);
	if (irq_desc[PIT_IRQ].handler) /* the tick, without a local APIC */
		EXPECT_EQ(t, request_irq(PIT_IRQ, (irq_handler_t)1, &dev),
			  -EBUSY);
	EXPECT_NULL(t, irq_desc[TEST_IRQ].handler);
}

static struct {
	unsigned int calls;
	void *dev;
	unsigned long vector;
	unsigned long flags;
} test_irq_seen;

static void test_irq_handler(struct pt_regs *regs, void *dev)
{
	test_irq_seen.calls++;
	test_irq_seen.dev = dev;
	test_irq_seen.vector = regs->vector;
	test_irq_seen.flags = read_flags();
}

KTEST(irq, request_irq_handler_called)
{
	static int dev;
	unsigned long count = irq_desc[TEST_IRQ].count;

	test_irq_seen.calls = 0;
	ASSERT_EQ(t, request_irq(TEST_IRQ, test_irq_handler, &dev), 0);
	EXPECT_FALSE(t, line_masked(TEST_IRQ));
	EXPECT_EQ(t, request_irq(TEST_IRQ, test_irq_handler, &dev), -EBUSY);

	/* The vector, raised by software: the EOI finds nothing in service. */
	raise_vector(TEST_IRQ);
	EXPECT_EQ(t, test_irq_seen.calls, 1U);
	EXPECT_PTR_EQ(t, test_irq_seen.dev, &dev);
	EXPECT_EQ(t, test_irq_seen.vector,
		  (unsigned long)ISA_IRQ_VECTOR(TEST_IRQ));
	EXPECT_EQ(t, test_irq_seen.flags & X86_EFLAGS_IF, 0UL);
	EXPECT_EQ(t, irq_desc[TEST_IRQ].count, count + 1);

	free_irq(TEST_IRQ, &dev);
	EXPECT_NULL(t, irq_desc[TEST_IRQ].handler);
	EXPECT_TRUE(t, line_masked(TEST_IRQ));
}

KTEST(irq, unhandled_line_counted_and_masked)
{
	unsigned long count = irq_desc[TEST_IRQ].count;
	unsigned long unhandled = irq_desc[TEST_IRQ].unhandled;

	ASSERT_NULL(t, irq_desc[TEST_IRQ].handler);
	raise_vector(TEST_IRQ);
	raise_vector(TEST_IRQ);
	EXPECT_EQ(t, irq_desc[TEST_IRQ].count, count + 2);
	EXPECT_EQ(t, irq_desc[TEST_IRQ].unhandled, unhandled + 2);
	EXPECT_TRUE(t, line_masked(TEST_IRQ));
	EXPECT_TRUE(t, irqs_disabled());
}

/* IRQ 7 and 15 with no in-service bit: counted as spurious, not delivered. */
KTEST(irq, spurious_irq7_irq15)
{
	unsigned long c7 = irq_desc[7].count, s7 = irq_desc[7].spurious;
	unsigned long c15 = irq_desc[15].count, s15 = irq_desc[15].spurious;
	unsigned long start = jiffies;

	if (io_apic_in_use()) {
		ktest_skip(t, "the 8259A's spurious IRQs: the PICs are masked");
		return;
	}
	raise_vector(7);
	raise_vector(15);
	raise_vector(15);
	EXPECT_EQ(t, irq_desc[7].spurious, s7 + 1);
	EXPECT_EQ(t, irq_desc[15].spurious, s15 + 2);
	EXPECT_EQ(t, irq_desc[7].count, c7);
	EXPECT_EQ(t, irq_desc[15].count, c15);
	EXPECT_EQ(t, irq_desc[7].unhandled + irq_desc[15].unhandled, 0UL);

	/* And the tick goes on. */
	if (!timer_alive(t))
		return;
	hlt_for_ticks(3, 4);
	EXPECT_GE(t, jiffies - start, 3UL);
}

/* ---- a real slave line: the RTC's periodic interrupt, IRQ 8 -------- */

#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71
#define RTC_REG_A 0x0a
#define RTC_REG_B 0x0b
#define RTC_REG_C 0x0c
#define RTC_RATE_1024HZ 0x06
#define RTC_PIE 0x40

static u8 cmos_read(u8 reg)
{
	outb(CMOS_INDEX, reg);
	return inb(CMOS_DATA);
}

static void cmos_write(u8 reg, u8 val)
{
	outb(CMOS_INDEX, reg);
	outb(CMOS_DATA, val);
}

static unsigned int rtc_irqs;

/* Reading register C acknowledges the RTC, which raises IRQ 8 again. */
static void rtc_irq_handler(struct pt_regs *regs __unused, void *dev __unused)
{
	rtc_irqs++;
	(void)cmos_read(RTC_REG_C);
}

KTEST(irq, slave_line_through_cascade)
{
	u8 reg_a, reg_b;
	unsigned int wakeups = 0;
	unsigned long start;

	if (!timer_alive(t))
		return;
	rtc_irqs = 0;
	ASSERT_EQ(t, request_irq(RTC_IRQ, rtc_irq_handler, NULL), 0);
	reg_a = cmos_read(RTC_REG_A);
	reg_b = cmos_read(RTC_REG_B);
	cmos_write(RTC_REG_A, (reg_a & 0xf0) | RTC_RATE_1024HZ);
	(void)cmos_read(RTC_REG_C);
	cmos_write(RTC_REG_B, reg_b | RTC_PIE);

	/* About ten RTC interrupts per tick: 20 should come within 20 ticks. */
	start = jiffies;
	while (rtc_irqs < 20 && jiffies - start < 20 && wakeups < 1000) {
		safe_halt();
		local_irq_disable();
		wakeups++;
	}

	cmos_write(RTC_REG_B, reg_b);
	cmos_write(RTC_REG_A, reg_a);
	(void)cmos_read(RTC_REG_C);
	free_irq(RTC_IRQ, NULL);

	ktest_log(t, "%u RTC interrupts, %lu ticks, %u wakeups", rtc_irqs,
		  jiffies - start, wakeups);
	EXPECT_TRUE(t, irqs_disabled());
	EXPECT_GE(t, rtc_irqs, 20U);
	EXPECT_EQ(t, irq_desc[RTC_IRQ].unhandled, 0UL);
	EXPECT_FALSE(t, line_in_service(RTC_IRQ));
	if (!io_apic_in_use())
		EXPECT_FALSE(t, i8259A_irq_in_service(PIC_CASCADE_IR));
	EXPECT_TRUE(t, line_masked(RTC_IRQ));
}

/* ---- the PIT's own line, IRQ 0 (GSI 2 on QEMU's I/O APIC) ---------- */

static unsigned int pit_irqs;
static unsigned long pit_vector;

static void pit_irq_handler(struct pt_regs *regs, void *dev __unused)
{
	pit_irqs++;
	pit_vector = regs->vector;
}

/*
 * Where the local APIC timer is the tick, IRQ 0 is free: requested, the
 * PIT's pulses must arrive on its vector, through the I/O APIC's route
 * for ISA IRQ 0 (an override on QEMU) or the PIC.
 */
KTEST(irq, pit_line_delivers)
{
	unsigned int wakeups = 0;
	unsigned long start;

	if (!tick_from_apic_timer) {
		ktest_skip(t, "IRQ 0 is the tick here (no local APIC)");
		return;
	}
	pit_irqs = 0;
	pit_vector = 0;
	ASSERT_EQ(t, request_irq(PIT_IRQ, pit_irq_handler, NULL), 0);
	start = jiffies;
	while (pit_irqs < 5 && jiffies - start < 50 && wakeups < 1000) {
		safe_halt();
		local_irq_disable();
		wakeups++;
	}
	free_irq(PIT_IRQ, NULL);
	ktest_log(t, "%u PIT interrupts through the %s in %lu ticks", pit_irqs,
		  irq_chip->name, jiffies - start);
	EXPECT_GE(t, pit_irqs, 5U);
	EXPECT_EQ(t, pit_vector, (unsigned long)ISA_IRQ_VECTOR(PIT_IRQ));
	EXPECT_TRUE(t, line_masked(PIT_IRQ));
	EXPECT_FALSE(t, line_in_service(PIT_IRQ));
	EXPECT_TRUE(t, irqs_disabled());
}
