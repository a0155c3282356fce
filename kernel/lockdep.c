// SPDX-License-Identifier: MIT
/*
 * The lock-order validator (include/kernel/lockdep.h).
 *
 * Classes get small numbers on first use, so that "classes taken while
 * A is held" is one 64-bit mask, after[A]. A new pair (A held, B taken)
 * is checked once: if B already reaches A through the masks, the order
 * is inverted; otherwise the pair becomes an edge, with the call chain
 * of that first time. Pairs seen before cost a mask test.
 */
#include <asm/smp.h>
#include <asm/traps.h>
#include <kernel/ksyms.h>
#include <kernel/lockdep.h>
#include <kernel/printk.h>
#include <kernel/spinlock.h>

#define MAX_CLASSES 63 /* ids 1..63: one bit each in a u64 */
#define MAX_DEPTH 8    /* locks one CPU holds at once */
#define MAX_EDGES 256
#define TRACE_DEPTH 6
#define REPORTS_PRINTED 4

struct lock_class {
	const char *name;
	unsigned long irq_ip;	/* first taken in a hard interrupt handler */
	unsigned long irqon_ip; /* first taken with interrupts on */
};

/* B was first taken while A was held, from trace (A taken at held_ip). */
struct lock_edge {
	unsigned char from, to;
	unsigned int depth;
	unsigned long held_ip;
	unsigned long trace[TRACE_DEPTH];
};

struct held_lock {
	struct lockdep_map *map;
	unsigned int class;
	unsigned long ip;
};

bool lockdep_enabled;
unsigned long lockdep_reports;

/* The graph and the class table: under graph_lock, interrupts off. */
static DEFINE_SPINLOCK(graph_lock);
static struct lock_class classes[MAX_CLASSES + 1];
static unsigned int nr_classes;
static u64 after[MAX_CLASSES + 1];
static struct lock_edge edges[MAX_EDGES];
static unsigned int nr_edges;

/* Each CPU's own, touched only by that CPU with interrupts off. */
static struct {
	struct held_lock held[MAX_DEPTH];
	unsigned int depth;
} cpu_held[NR_CPUS];

void lockdep_init(void)
{
	lockdep_enabled = true;
	printk("lockdep: lock-order validator on (%u classes, %u pairs at most)\n",
	       MAX_CLASSES, MAX_EDGES);
}

/* Out of room: stop validating rather than report nonsense. */
static void lockdep_off(const char *why)
{
	lockdep_enabled = false;
	printk("lockdep: %s; validator off\n", why);
}

static unsigned int class_of(struct lockdep_map *map)
{
	struct lock_class_key *key = map->key;

	if (!key->id) {
		if (nr_classes == MAX_CLASSES) {
			lockdep_off("more than 63 lock classes");
			return 0;
		}
		key->id = (unsigned short)++nr_classes;
		classes[key->id].name = map->name;
	}
	return key->id;
}

/* The path from -> ... -> to through the edges, in parent[]; false if none. */
static bool find_path(unsigned int from, unsigned int to,
		      unsigned char parent[])
{
	u64 seen = 1ULL << from, frontier = seen;

	while (frontier) {
		u64 next = 0;

		for (unsigned int c = 1; c <= nr_classes; c++) {
			u64 fresh;

			if (!(frontier & (1ULL << c)))
				continue;
			fresh = after[c] & ~seen & ~next;
			for (unsigned int d = 1; d <= nr_classes; d++)
				if (fresh & (1ULL << d))
					parent[d] = (unsigned char)c;
			next |= fresh;
		}
		if (next & (1ULL << to))
			return true;
		seen |= next;
		frontier = next;
	}
	return false;
}

static struct lock_edge *find_edge(unsigned int from, unsigned int to)
{
	for (unsigned int i = 0; i < nr_edges; i++)
		if (edges[i].from == from && edges[i].to == to)
			return &edges[i];
	return NULL;
}

static void print_ip(const char *what, unsigned long ip)
{
	char sym[96];

	printk("  %s %s\n", what, ksym_format_ret(ip, sym, sizeof(sym)));
}

static void print_this_chain(void)
{
	unsigned long trace[TRACE_DEPTH];

	print_stack_trace(
		trace,
		save_stack_trace(trace, TRACE_DEPTH,
				 (unsigned long)__builtin_frame_address(0)));
}

/* Count a report; true if it is to be printed in full. */
static bool report_begin(void)
{
	return ++lockdep_reports <= REPORTS_PRINTED;
}

static void report_inversion(const struct held_lock *held, unsigned int cls,
			     unsigned long ip)
{
	unsigned char parent[MAX_CLASSES + 1];
	unsigned int c;

	if (!report_begin())
		return;
	find_path(cls, held->class, parent);
	printk("lockdep: possible circular locking dependency: CPU %u takes %s while holding %s\n",
	       smp_processor_id(), classes[cls].name,
	       classes[held->class].name);
	print_ip(classes[held->class].name, held->ip);
	print_ip("then", ip);
	printk("lockdep: this chain:\n");
	print_this_chain();
	printk("lockdep: the opposite order was seen before:\n");
	for (c = held->class; c != cls; c = parent[c]) {
		const struct lock_edge *e = find_edge(parent[c], c);

		printk("lockdep: %s then %s, first here (%s taken at the first line):\n",
		       classes[parent[c]].name, classes[c].name,
		       classes[parent[c]].name);
		print_ip(classes[parent[c]].name, e->held_ip);
		print_stack_trace(e->trace, e->depth);
	}
	printk("lockdep: end of report\n");
}

static void report_irq_inversion(unsigned int cls)
{
	if (!report_begin())
		return;
	printk("lockdep: %s is taken in an interrupt handler and, elsewhere, with interrupts on: the interrupt can come while it is held\n",
	       classes[cls].name);
	print_ip("in interrupt:", classes[cls].irq_ip);
	print_ip("interrupts on:", classes[cls].irqon_ip);
	printk("lockdep: this chain:\n");
	print_this_chain();
	printk("lockdep: end of report\n");
}

static void report_recursion(const struct held_lock *held, unsigned long ip)
{
	if (!report_begin())
		return;
	printk("lockdep: CPU %u takes %s while already holding it (a lock of its class)\n",
	       smp_processor_id(), classes[held->class].name);
	print_ip("held since", held->ip);
	print_ip("taken again", ip);
	printk("lockdep: end of report\n");
}

static void check_irq_usage(unsigned int cls, bool irqs_were_on,
			    unsigned long ip)
{
	struct lock_class *c = &classes[cls];

	if (in_hardirq()) {
		if (c->irq_ip)
			return;
		c->irq_ip = ip;
	} else if (irqs_were_on) {
		if (c->irqon_ip)
			return;
		c->irqon_ip = ip;
	} else {
		return;
	}
	if (c->irq_ip && c->irqon_ip)
		report_irq_inversion(cls);
}

static void add_edge(const struct held_lock *held, unsigned int cls)
{
	struct lock_edge *e;

	if (nr_edges == MAX_EDGES) {
		lockdep_off("more than 256 lock-order pairs");
		return;
	}
	e = &edges[nr_edges++];
	e->from = (unsigned char)held->class;
	e->to = (unsigned char)cls;
	e->held_ip = held->ip;
	e->depth = save_stack_trace(e->trace, TRACE_DEPTH,
				    (unsigned long)__builtin_frame_address(0));
	after[held->class] |= 1ULL << cls;
}

static void check_order(unsigned int cpu, unsigned int cls, bool trylock,
			unsigned long ip)
{
	unsigned char parent[MAX_CLASSES + 1];

	for (unsigned int i = 0; i < cpu_held[cpu].depth; i++) {
		const struct held_lock *h = &cpu_held[cpu].held[i];

		if (h->class == cls) {
			if (!trylock)
				report_recursion(h, ip);
			continue;
		}
		/* A trylock cannot wait, so it closes no cycle. */
		if (trylock || (after[h->class] & (1ULL << cls)))
			continue;
		if (find_path(cls, h->class, parent))
			report_inversion(h, cls, ip);
		else
			add_edge(h, cls);
	}
}

void lock_acquire(struct lockdep_map *map, bool trylock, unsigned long ip)
{
	unsigned long flags;
	unsigned int cpu, cls;

	local_irq_save(flags);
	cpu = smp_processor_id();
	arch_spin_lock(&graph_lock);
	cls = class_of(map);
	if (cls && lockdep_enabled) {
		check_irq_usage(cls, flags & X86_EFLAGS_IF, ip);
		check_order(cpu, cls, trylock, ip);
		if (cpu_held[cpu].depth == MAX_DEPTH)
			lockdep_off("more than 8 locks held at once");
	}
	arch_spin_unlock(&graph_lock);
	if (lockdep_enabled) {
		struct held_lock *h =
			&cpu_held[cpu].held[cpu_held[cpu].depth++];

		h->map = map;
		h->class = cls;
		h->ip = ip;
	}
	local_irq_restore(flags);
}

void lock_release(struct lockdep_map *map, unsigned long ip)
{
	unsigned long flags;
	unsigned int cpu, i;
	char sym[96];

	local_irq_save(flags);
	cpu = smp_processor_id();
	for (i = cpu_held[cpu].depth; i-- > 0;) {
		if (cpu_held[cpu].held[i].map != map)
			continue;
		/* Released out of order is fine: close the gap. */
		for (; i + 1 < cpu_held[cpu].depth; i++)
			cpu_held[cpu].held[i] = cpu_held[cpu].held[i + 1];
		cpu_held[cpu].depth--;
		local_irq_restore(flags);
		return;
	}
	if (report_begin())
		printk("lockdep: CPU %u releases %s, which it does not hold, at %s\n",
		       cpu, map->name, ksym_format_ret(ip, sym, sizeof(sym)));
	local_irq_restore(flags);
}

void lockdep_test_reset_irq_usage(struct lockdep_map *map)
{
	unsigned long flags;

	local_irq_save(flags);
	arch_spin_lock(&graph_lock);
	if (map->key->id) {
		classes[map->key->id].irq_ip = 0;
		classes[map->key->id].irqon_ip = 0;
	}
	arch_spin_unlock(&graph_lock);
	local_irq_restore(flags);
}

void lockdep_print_holders(struct lockdep_map *map)
{
	char sym[96];

	if (!lockdep_enabled)
		return;
	/* Racy reads of other CPUs' stacks: good enough for a report. */
	for (unsigned int cpu = 0; cpu < NR_CPUS; cpu++) {
		unsigned int depth = READ_ONCE(cpu_held[cpu].depth);

		for (unsigned int i = 0; i < depth && i < MAX_DEPTH; i++)
			if (READ_ONCE(cpu_held[cpu].held[i].map) == map)
				printk("lockdep: %s is held by CPU %u since %s\n",
				       map->name, cpu,
				       ksym_format_ret(cpu_held[cpu].held[i].ip,
						       sym, sizeof(sym)));
	}
}

void lockdep_print_summary(void)
{
	if (!lockdep_enabled)
		return;
	printk("lockdep: %u lock classes, %u lock-order pairs seen, %lu reports\n",
	       nr_classes, nr_edges, lockdep_reports);
	for (unsigned int i = 0; i < nr_edges; i++)
		printk("lockdep:   %s -> %s\n", classes[edges[i].from].name,
		       classes[edges[i].to].name);
}

unsigned int lockdep_depth(void)
{
	return cpu_held[smp_processor_id()].depth;
}
