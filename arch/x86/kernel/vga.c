// SPDX-License-Identifier: MIT
/*
 * The VGA text screen at physical 0xb8000: 80x25 cells of (char, attr),
 * scrolling. Reached through the kernel's mapping of low memory.
 */
#include <asm/boot.h>
#include <asm/io.h>
#include <kernel/console.h>
#include <kernel/string.h>

#define VGA_PHYS 0xb8000
#define VGA_COLS 80
#define VGA_ROWS 25
#define VGA_ATTR 0x07 /* light grey on black */

static volatile u16 *vga;
static unsigned int vga_row, vga_col;

static void vga_scroll(void)
{
	unsigned int i;

	for (i = 0; i < (VGA_ROWS - 1) * VGA_COLS; i++)
		vga[i] = vga[i + VGA_COLS];
	for (; i < VGA_ROWS * VGA_COLS; i++)
		vga[i] = (VGA_ATTR << 8) | ' ';
	vga_row = VGA_ROWS - 1;
}

void vga_init(void)
{
	unsigned int i;

	vga = boot_phys_to_virt(VGA_PHYS, VGA_ROWS * VGA_COLS * 2);
	if (!vga)
		return;
	for (i = 0; i < VGA_ROWS * VGA_COLS; i++)
		vga[i] = (VGA_ATTR << 8) | ' ';
	vga_row = vga_col = 0;
}

/* Put the blinking hardware cursor where the next character goes. */
static void vga_move_cursor(void)
{
	unsigned int pos = vga_row * VGA_COLS + vga_col;

	outb(0x3d4, 0x0f);
	outb(0x3d5, (u8)pos);
	outb(0x3d4, 0x0e);
	outb(0x3d5, (u8)(pos >> 8));
}

/* '\b' moves back one cell (the monitor erases with "\b \b"), '\r' to column 0. */
void vga_write(const char *s, size_t n)
{
	if (!vga)
		return;
	while (n--) {
		char c = *s++;

		if (c == '\b') {
			if (vga_col)
				vga_col--;
			continue;
		}
		if (c == '\r') {
			vga_col = 0;
			continue;
		}
		if (c == '\n' || vga_col == VGA_COLS) {
			vga_col = 0;
			if (++vga_row == VGA_ROWS)
				vga_scroll();
			if (c == '\n')
				continue;
		}
		vga[vga_row * VGA_COLS + vga_col++] = (VGA_ATTR << 8) | (u8)c;
	}
	vga_move_cursor();
}
