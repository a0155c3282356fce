/* SPDX-License-Identifier: MIT */
#ifndef KERNEL_VERSION_H
#define KERNEL_VERSION_H

#include <asm/page.h>
#include <kernel/compiler.h>

#define KERNEL_NAME "lazypgd"
#define KERNEL_VERSION "0.1"

#if defined(CONFIG_X86_64)
#define KERNEL_MODE "x86_64"
/* One kernel, the format chosen at boot (boot/head_64.asm). */
#define KERNEL_PAGING \
	(pgtable_l5_enabled() ? "5-level paging" : "4-level paging")
#elif defined(CONFIG_X86_PAE)
#define KERNEL_MODE "pae"
#define KERNEL_PAGING "3-level PAE paging"
#else
#define KERNEL_MODE "i386"
#define KERNEL_PAGING "2-level paging"
#endif

#ifdef __clang__
#define KERNEL_COMPILER "clang " __clang_version__
#else
#define KERNEL_COMPILER "gcc " __VERSION__
#endif

#endif
