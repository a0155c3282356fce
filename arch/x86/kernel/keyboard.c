// SPDX-License-Identifier: MIT
/*
 * The PS/2 keyboard behind the 8042 controller (data port 0x60, IRQ 1),
 * scancode set 1 as the BIOS leaves the controller translating. Keys
 * become the bytes a serial terminal would send: ASCII, Ctrl+letter as
 * 0x01..0x1a, Backspace as DEL, arrows as ESC [ A/B/C/D. No layout other
 * than US; key releases only matter for Shift and Ctrl.
 */
#include <asm/io.h>
#include <asm/irq.h>
#include <kernel/console.h>

#define I8042_DATA 0x60
#define I8042_STATUS 0x64
#define I8042_STR_OBF 0x01 /* output buffer full: a byte to read */
#define KBD_IRQ 1

#define SC_RELEASE 0x80
#define SC_EXTENDED 0xe0
#define SC_LSHIFT 0x2a
#define SC_RSHIFT 0x36
#define SC_CTRL 0x1d
#define SC_CAPS 0x3a

/* Set 1 make codes 0x00..0x39, unshifted and shifted (0: no character). */
static const char keymap[2][0x3a] = {
	{ 0,   0x1b, '1', '2',	'3',  '4', '5', '6',  '7', '8', '9', '0',
	  '-', '=',  127, '\t', 'q',  'w', 'e', 'r',  't', 'y', 'u', 'i',
	  'o', 'p',  '[', ']',	'\r', 0,   'a', 's',  'd', 'f', 'g', 'h',
	  'j', 'k',  'l', ';',	'\'', '`', 0,	'\\', 'z', 'x', 'c', 'v',
	  'b', 'n',  'm', ',',	'.',  '/', 0,	'*',  0,   ' ' },
	{ 0,   0x1b, '!', '@',	'#',  '$', '%', '^', '&', '*', '(', ')',
	  '_', '+',  127, '\t', 'Q',  'W', 'E', 'R', 'T', 'Y', 'U', 'I',
	  'O', 'P',  '{', '}',	'\r', 0,   'A', 'S', 'D', 'F', 'G', 'H',
	  'J', 'K',  'L', ':',	'"',  '~', 0,	'|', 'Z', 'X', 'C', 'V',
	  'B', 'N',  'M', '<',	'>',  '?', 0,	'*', 0,	  ' ' },
};

static struct {
	void (*push)(u8 c);
	bool shift, ctrl, caps, extended;
} kbd;

static void kbd_push_seq(const char *s)
{
	while (*s)
		kbd.push((u8)*s++);
}

/* One scancode byte. */
static void kbd_scancode(u8 sc)
{
	bool release = sc & SC_RELEASE, extended = kbd.extended;
	u8 code = sc & ~SC_RELEASE;
	char c;

	kbd.extended = false;
	if (sc == SC_EXTENDED) {
		kbd.extended = true;
		return;
	}
	if (code == SC_LSHIFT || code == SC_RSHIFT) {
		kbd.shift = !release;
		return;
	}
	if (code == SC_CTRL) { /* right Ctrl is E0 1D */
		kbd.ctrl = !release;
		return;
	}
	if (release)
		return;
	if (code == SC_CAPS) {
		kbd.caps = !kbd.caps;
		return;
	}
	if (extended) {
		switch (code) {
		case 0x48:
			kbd_push_seq("\x1b[A");
			break;
		case 0x50:
			kbd_push_seq("\x1b[B");
			break;
		case 0x4d:
			kbd_push_seq("\x1b[C");
			break;
		case 0x4b:
			kbd_push_seq("\x1b[D");
			break;
		case 0x1c:
			kbd.push('\r');
			break; /* keypad Enter */
		case 0x35:
			kbd.push('/');
			break; /* keypad / */
		}
		return;
	}
	if (code >= sizeof(keymap[0]) || !(c = keymap[kbd.shift][code]))
		return;
	if (kbd.caps && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
		c ^= 0x20;
	if (kbd.ctrl && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
		c &= 0x1f;
	kbd.push((u8)c);
}

static void kbd_interrupt(struct pt_regs *regs __unused, void *dev __unused)
{
	while (inb(I8042_STATUS) & I8042_STR_OBF)
		kbd_scancode(inb(I8042_DATA));
}

int kbd_start(void (*push)(u8 c))
{
	kbd.push = push;
	kbd.shift = kbd.ctrl = kbd.extended = false;
	while (inb(I8042_STATUS) &
	       I8042_STR_OBF) /* stale bytes from the BIOS */
		inb(I8042_DATA);
	return request_irq(KBD_IRQ, kbd_interrupt, &kbd);
}

void kbd_stop(void)
{
	free_irq(KBD_IRQ, &kbd);
}
