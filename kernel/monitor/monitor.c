// SPDX-License-Identifier: MIT
/*
 * The kernel monitor: read a line, split it into words, run the command.
 *
 * It runs on the boot context (task 0, init_mm). Commands run with
 * interrupts off, as the boot-time tests do: the kernel has no locks yet,
 * and a task switched to in the middle of a vmalloc would find the
 * allocator half-way. Interrupts are on only while the monitor waits for
 * input (sti; hlt), which is when spawned tasks run.
 */
#include <asm/irq.h>
#include <asm/processor.h>
#include <kernel/console.h>
#include <kernel/errno.h>
#include <kernel/readline.h>
#include <kernel/string.h>

#include "monitor.h"

bool monitor_active;

static int mon_help(int argc, char **argv);

/* Every command, in the order help lists them. */
static const struct mon_cmd mon_cmds[] = {
	{ "help", "[command]", "list the commands, or explain one", 0, 1,
	  mon_help },
	{ "meminfo", "",
	  "free/total pages per zone, slab, page tables, vmalloc", 0, 0,
	  mon_meminfo },
	{ "vmallocinfo", "", "every vmalloc area, as /proc/vmallocinfo", 0, 0,
	  mon_vmallocinfo },
	{ "ptdump", "[pid]", "the kernel half, or a process's page tables", 0,
	  1, mon_ptdump },
	{ "ps", "", "tasks: pid, name, state, cpu, mm, PGD physical address", 0,
	  0, mon_ps },
	{ "spawn", "PROGRAM [N]",
	  "start N (default 1) ring-3 tasks running PROGRAM", 1, 2, mon_spawn },
	{ "kill", "PID", "end a ring-3 task", 1, 1, mon_kill },
	{ "wait", "PID", "wait until a spawned task exits; its exit code", 1, 1,
	  mon_wait },
	{ "vmalloc", "SIZE", "vmalloc SIZE bytes (K, M, G suffixes)", 1, 1,
	  mon_vmalloc },
	{ "vfree", "ADDR", "free an area that vmalloc (the command) returned",
	  1, 1, mon_vfree },
	{ "peek", "ADDR [N]", "read N (default 1, at most 64) words at ADDR", 1,
	  2, mon_peek },
	{ "poke", "ADDR VALUE",
	  "write a word into a monitor vmalloc area (or an unmapped address)",
	  2, 2, mon_poke },
	{ "pgd", "PID",
	  "the kernel top-level slots of a PGD, and how each got there", 1, 1,
	  mon_pgd },
	{ "faults", "", "the page-fault counters", 0, 0, mon_faults },
	{ "sync", "", "the kernel PGD sync strategy in force (kpgd_sync=)", 0,
	  0, mon_sync },
	{ "demo", "", "the lazy sync, step by step, with real numbers", 0, 0,
	  mon_demo },
	{ "kpgdmap", "[N]",
	  "N processes x kernel slots origin map, machine-readable", 0, 1,
	  mon_kpgdmap },
	{ "test", "[GLOB]", "run the boot-time tests (all, or suite.case GLOB)",
	  0, 1, mon_test },
	{ "bench", "NAME", "run one benchmark (vmalloc, sync)", 1, 1,
	  mon_bench },
	{ "cpus", "", "the CPUs and their paging features", 0, 0, mon_cpus },
	{ "reboot", "", "reset the machine", 0, 0, mon_reboot },
	{ "halt", "", "stop the machine (QEMU exits)", 0, 0, mon_halt },
};

static const struct mon_cmd *mon_lookup(const char *name)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(mon_cmds); i++)
		if (!strcmp(mon_cmds[i].name, name))
			return &mon_cmds[i];
	return NULL;
}

static void mon_usage(const struct mon_cmd *c)
{
	printk("usage: %s%s%s\n", c->name, c->args[0] ? " " : "", c->args);
}

static int mon_help(int argc, char **argv)
{
	const struct mon_cmd *c;
	unsigned int i;

	if (argc == 2) {
		c = mon_lookup(argv[1]);
		if (!c) {
			printk("help: unknown command '%s' (try help)\n",
			       argv[1]);
			return -EINVAL;
		}
		mon_usage(c);
		printk("  %s\n", c->help);
		return 0;
	}
	for (i = 0; i < ARRAY_SIZE(mon_cmds); i++) {
		char usage[32];

		c = &mon_cmds[i];
		snprintf(usage, sizeof(usage), "%s %s", c->name, c->args);
		printk("  %-22s %s\n", usage, c->help);
	}
	return 0;
}

int mon_arg_ulong(const char *cmd, const char *what, const char *s,
		  unsigned long *val)
{
	int err = mon_parse_ulong(s, val);

	if (err == -ERANGE)
		printk("%s: %s '%s' is out of range\n", cmd, what, s);
	else if (err)
		printk("%s: %s '%s' is not a number (decimal or 0x hex)\n", cmd,
		       what, s);
	return err;
}

int mon_arg_size(const char *cmd, const char *what, const char *s,
		 unsigned long *val)
{
	int err = mon_parse_size(s, val);

	if (err == -ERANGE)
		printk("%s: %s '%s' is out of range\n", cmd, what, s);
	else if (err)
		printk("%s: %s '%s' is not a size (a number, optionally K, M or G)\n",
		       cmd, what, s);
	return err;
}

int monitor_command(char *line)
{
	char *argv[MON_MAX_ARGS];
	const struct mon_cmd *c;
	int argc = mon_split(line, argv, MON_MAX_ARGS);

	if (argc == 0)
		return 0;
	if (argc < 0) {
		printk("too many words (at most %d)\n", MON_MAX_ARGS);
		return -E2BIG;
	}
	c = mon_lookup(argv[0]);
	if (!c) {
		printk("unknown command '%s' (try help)\n", argv[0]);
		return -ENOENT;
	}
	if (argc - 1 < c->min_args || argc - 1 > c->max_args) {
		mon_usage(c);
		return -EINVAL;
	}
	return c->run(argc, argv);
}

/* ---- input: bytes from the interrupt handlers ------------------------------ */

/*
 * COM1 is flow-controlled: its interrupt handler stops reading the UART
 * when the buffer is full, the bytes wait in the UART (and QEMU holds
 * back the rest), and the monitor pulls them in with serial_rx_poll() as
 * it makes room: nothing typed or pasted is lost. (The UART's line then
 * stays raised without a new edge for the 8259, hence the polling.) The
 * keyboard cannot outrun a person; a full buffer drops its keys.
 */
#define MON_INPUT_SIZE 256 /* a power of two */

static struct {
	u8 buf[MON_INPUT_SIZE];
	unsigned int head, tail; /* written by IRQs, read with IRQs off */
	unsigned long dropped;	 /* keys lost to a full buffer */
	bool serial_on, kbd_on;
} mon_in;

static bool mon_input_room(void)
{
	return mon_in.head - mon_in.tail < MON_INPUT_SIZE;
}

/* From the IRQ handlers (COM1 only when mon_input_room() said so). */
static void mon_input_push(u8 c)
{
	if (!mon_input_room()) {
		mon_in.dropped++;
		return;
	}
	mon_in.buf[mon_in.head++ % MON_INPUT_SIZE] = c;
}

void mon_input_start(void)
{
	int err;

	if (!mon_in.serial_on) {
		err = serial_rx_start(mon_input_push, mon_input_room);
		if (err)
			printk("monitor: no COM1 input (IRQ 4: error %d)\n",
			       err);
		mon_in.serial_on = !err;
	}
	if (!mon_in.kbd_on) {
		err = kbd_start(mon_input_push);
		if (err)
			printk("monitor: no keyboard input (IRQ 1: error %d)\n",
			       err);
		mon_in.kbd_on = !err;
	}
}

void mon_input_stop(void)
{
	if (mon_in.serial_on)
		serial_rx_stop();
	if (mon_in.kbd_on)
		kbd_stop();
	mon_in.serial_on = mon_in.kbd_on = false;
}

/* The next input byte there is, or -1. Interrupts off. */
static int mon_poll_byte(void)
{
	if (mon_in.serial_on)
		serial_rx_poll(); /* what waits in the UART, as room allows */
	if (mon_in.head == mon_in.tail)
		return -1;
	return mon_in.buf[mon_in.tail++ % MON_INPUT_SIZE];
}

/*
 * The next input byte. Called and returns with interrupts off; waits
 * with them on, so the timer runs other tasks in the meantime.
 */
static u8 mon_getc(void)
{
	int c;

	while ((c = mon_poll_byte()) < 0)
		mon_wait_input();
	return (u8)c;
}

bool mon_interrupted(void)
{
	int c;

	while ((c = mon_poll_byte()) >= 0)
		if (c == 0x03)
			return true;
	return false;
}

void mon_wait_input(void)
{
	safe_halt();
	local_irq_disable();
}

static void mon_echo(const char *s, size_t n, void *priv __unused)
{
	serial_write(s, n);
	vga_write(s, n);
}

__noreturn void monitor_main(void)
{
	static struct readline rl;

	local_irq_disable();
	monitor_active = true;
	readline_init(&rl, mon_echo, NULL);
	mon_input_start();
	printk("monitor: type help for the commands\n");
	for (;;) {
		enum readline_status st;

		mon_reap_tasks();
		printk(MON_PROMPT);
		do {
			st = readline_feed(&rl, mon_getc());
		} while (st == READLINE_MORE);
		if (st == READLINE_LINE)
			monitor_command(rl.line);
	}
}
