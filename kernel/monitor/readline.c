// SPDX-License-Identifier: MIT
/*
 * The monitor's line editor (include/kernel/readline.h). The cursor is
 * always at the end of the line: erasing is "\b \b" per byte, which both a
 * serial terminal and the VGA console understand.
 */
#include <kernel/readline.h>
#include <kernel/string.h>

void readline_init(struct readline *rl,
		   void (*echo)(const char *s, size_t n, void *priv),
		   void *priv)
{
	memset(rl, 0, sizeof(*rl));
	rl->echo = echo;
	rl->priv = priv;
}

static void rl_echo(struct readline *rl, const char *s, size_t n)
{
	if (rl->echo && n)
		rl->echo(s, n, rl->priv);
}

static void rl_erase(struct readline *rl, size_t n)
{
	while (n--) {
		rl_echo(rl, "\b \b", 3);
		rl->len--;
	}
	rl->line[rl->len] = '\0';
}

/* Replace the line on screen and in the buffer with s. */
static void rl_replace(struct readline *rl, const char *s)
{
	rl_erase(rl, rl->len);
	rl->len = strnlen(s, READLINE_MAX - 1);
	memcpy(rl->line, s, rl->len);
	rl->line[rl->len] = '\0';
	rl_echo(rl, rl->line, rl->len);
}

/* The n-th newest history line, 1 <= n <= hist_count. */
static const char *rl_history(const struct readline *rl, unsigned int n)
{
	return rl->history[(rl->hist_next + READLINE_HISTORY - n) %
			   READLINE_HISTORY];
}

static void rl_history_move(struct readline *rl, bool older)
{
	if (older && rl->hist_back < rl->hist_count) {
		if (rl->hist_back == 0)
			memcpy(rl->saved, rl->line, rl->len + 1);
		rl->hist_back++;
		rl_replace(rl, rl_history(rl, rl->hist_back));
	} else if (!older && rl->hist_back > 0) {
		rl->hist_back--;
		rl_replace(rl, rl->hist_back ? rl_history(rl, rl->hist_back)
					     : rl->saved);
	}
}

static void rl_history_add(struct readline *rl)
{
	if (!rl->len ||
	    (rl->hist_count && !strcmp(rl_history(rl, 1), rl->line)))
		return;
	memcpy(rl->history[rl->hist_next], rl->line, rl->len + 1);
	rl->hist_next = (rl->hist_next + 1) % READLINE_HISTORY;
	if (rl->hist_count < READLINE_HISTORY)
		rl->hist_count++;
}

/* An escape sequence ended with final byte c (ESC [ ... c or ESC O c). */
static void rl_escape_done(struct readline *rl, u8 c, bool plain)
{
	rl->state = RL_TEXT;
	if (!plain) /* parameters: Shift-Up and friends, ignored */
		return;
	if (c == 'A')
		rl_history_move(rl, true);
	else if (c == 'B')
		rl_history_move(rl, false);
}

static enum readline_status rl_text(struct readline *rl, u8 c)
{
	bool after_cr = rl->after_cr;

	rl->after_cr = false;
	switch (c) {
	case '\n':
		if (after_cr)
			return READLINE_MORE;
		/* fall through */
	case '\r':
		rl->after_cr = c == '\r';
		rl_echo(rl, "\n", 1);
		rl_history_add(rl);
		rl->hist_back = 0;
		/* The caller reads rl->line before the next feed clears it. */
		rl->len = 0;
		rl->line_done = true;
		return READLINE_LINE;
	case 0x03: /* Ctrl-C */
		rl_echo(rl, "^C\n", 3);
		rl->len = 0;
		rl->line[0] = '\0';
		rl->hist_back = 0;
		return READLINE_CANCEL;
	case 0x08: /* Backspace */
	case 0x7f: /* DEL, what most terminals send for Backspace */
		if (rl->len)
			rl_erase(rl, 1);
		return READLINE_MORE;
	case 0x15: /* Ctrl-U */
		rl_erase(rl, rl->len);
		return READLINE_MORE;
	case 0x1b:
		rl->state = RL_ESC;
		rl->esc_len = 0;
		return READLINE_MORE;
	}
	if (c < 0x20 || c > 0x7e) /* other control bytes, non-ASCII */
		return READLINE_MORE;
	if (rl->len == READLINE_MAX - 1) {
		rl_echo(rl, "\a", 1);
		return READLINE_MORE;
	}
	rl->line[rl->len++] = (char)c;
	rl->line[rl->len] = '\0';
	rl_echo(rl, (const char *)&c, 1);
	return READLINE_MORE;
}

enum readline_status readline_feed(struct readline *rl, u8 c)
{
	if (rl->line_done) { /* the caller has read the last line */
		rl->line[0] = '\0';
		rl->line_done = false;
	}
	switch (rl->state) {
	case RL_TEXT:
		return rl_text(rl, c);
	case RL_ESC:
		/* ESC [ and ESC O start sequences; ESC x is Alt-x: dropped. */
		rl->state = c == '[' ? RL_CSI : c == 'O' ? RL_SS3 : RL_TEXT;
		if (c == 0x1b)
			rl->state = RL_ESC;
		return READLINE_MORE;
	case RL_SS3:
		rl_escape_done(rl, c, true);
		return READLINE_MORE;
	case RL_CSI:
		/* Parameter and intermediate bytes 0x20..0x3f, final 0x40..0x7e. */
		if (c >= 0x40 && c <= 0x7e) {
			rl_escape_done(rl, c, rl->esc_len == 0);
		} else if (c < 0x20 || c > 0x7e ||
			   ++rl->esc_len > READLINE_ESC_MAX) {
			/* Not a sequence after all: drop it, read c as text. */
			rl->state = RL_TEXT;
			return rl_text(rl, c);
		}
		return READLINE_MORE;
	}
	rl->state = RL_TEXT;
	return READLINE_MORE;
}
