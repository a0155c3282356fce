// SPDX-License-Identifier: MIT
#include <asm/processor.h>
#include <asm/traps.h>
#include <kernel/panic.h>
#include <kernel/printk.h>
#include <kernel/qemu.h>

__noreturn void halt_forever(void)
{
	for (;;) {
		local_irq_disable();
		halt();
	}
}

__noreturn void panic(const char *fmt, ...)
{
	static bool in_panic;
	char msg[256];
	va_list ap;

	local_irq_disable();
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk("Kernel panic - not syncing: %s\n", msg);
	if (!in_panic) {
		in_panic = true;
		show_stack((unsigned long)panic,
			   (unsigned long)__builtin_frame_address(0));
	}
	printk("---[ end Kernel panic - not syncing: %s ]---\n", msg);
	qemu_exit(QEMU_EXIT_PANIC);
	halt_forever();
}
