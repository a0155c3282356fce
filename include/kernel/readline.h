/* SPDX-License-Identifier: MIT */
/*
 * The monitor's line editor: fed one input byte at a time, it keeps the
 * line, echoes through a callback, and says when a line is complete.
 * Pure code (no I/O of its own), so it is host-tested under ASan/UBSan
 * (tests/host/readline_test.c) and fuzzed with random bytes.
 *
 *   printable      appended (up to READLINE_MAX - 1 bytes; then a bell)
 *   Backspace/DEL  erase the last byte          Ctrl-U  erase the line
 *   Ctrl-C         drop the line ("^C")         Enter   CR, LF or CR LF
 *   Up / Down      history (ESC [ A/B, ESC O A/B); other escape
 *                  sequences and control bytes are swallowed whole
 */
#ifndef KERNEL_READLINE_H
#define KERNEL_READLINE_H

#include <kernel/types.h>

#define READLINE_MAX 128    /* bytes per line, NUL included */
#define READLINE_HISTORY 16 /* lines remembered */
#define READLINE_ESC_MAX 16 /* longest escape sequence parsed */

enum readline_status {
	READLINE_MORE,	 /* keep feeding */
	READLINE_LINE,	 /* rl->line holds a complete line */
	READLINE_CANCEL, /* Ctrl-C: the line was dropped */
};

struct readline {
	char line[READLINE_MAX];
	size_t len;
	char history[READLINE_HISTORY][READLINE_MAX];
	unsigned int hist_count;  /* lines stored, up to READLINE_HISTORY */
	unsigned int hist_next;	  /* slot the next line goes to */
	unsigned int hist_back;	  /* 0: editing; n: showing the n-th newest */
	char saved[READLINE_MAX]; /* the edited line while browsing history */
	enum { RL_TEXT, RL_ESC, RL_CSI, RL_SS3 } state;
	unsigned int esc_len;
	bool after_cr;	/* swallow the LF of a CR LF */
	bool line_done; /* line holds a returned line until the next feed */
	void (*echo)(const char *s, size_t n, void *priv);
	void *priv;
};

/* Empty line and history; echo(s, n, priv) prints (may be NULL). */
void readline_init(struct readline *rl,
		   void (*echo)(const char *s, size_t n, void *priv),
		   void *priv);

/*
 * Feed one byte. On READLINE_LINE, rl->line is the NUL-terminated line
 * (also added to the history unless empty or equal to the newest entry)
 * and the next byte starts a new one.
 */
enum readline_status readline_feed(struct readline *rl, u8 c);

#endif
