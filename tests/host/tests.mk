# Host unit tests: each tests/host/<name>_test.c becomes build/host/<name>_test,
# linked with the ktest runner and the kernel sources it tests, listed here.
# Built with ASan and UBSan; run by `make test` (and `make host-tests`).
#
# Optional, per binary: <name>_test-cflags, extra compiler flags placed
# before the common ones (so their -I directories are searched first), and
# <name>_test-main, the source's stem when several binaries share one
# tests/host/<main>_test.c (built with different flags); <name>_test-deps,
# files it includes (even .c files: those are not compiled on their own).

HOST_TESTS += glob
glob_test-srcs :=

HOST_TESTS += vsprintf
vsprintf_test-srcs := lib/vsprintf.c

# string_test.c includes lib/string.c and arch/x86/lib/string.c itself,
# renamed (see the file).
HOST_TESTS += string
string_test-srcs :=
string_test-deps := lib/string.c arch/x86/lib/string.c \
	tests/host/string_sweep.h

HOST_TESTS += memmap
memmap_test-srcs := mm/memmap.c

HOST_TESTS += multiboot
multiboot_test-srcs := kernel/multiboot.c mm/memmap.c

HOST_TESTS += cmdline
cmdline_test-srcs := kernel/cmdline.c

HOST_TESTS += memblock
memblock_test-srcs := mm/memblock.c mm/memmap.c

HOST_TESTS += page_alloc
page_alloc_test-srcs := mm/page_alloc.c mm/memblock.c mm/memmap.c \
	mm/fault_inject.c

# The generic page-table code (mm/) over each paging format's real headers,
# one binary per format from the same pgtable_test.c; only asm/page.h's
# direct map is faked, over simulated RAM (tests/host/pgtable/include).
PGTABLE_SRCS := mm/memory.c mm/mprotect.c mm/pagewalk.c
PGTABLE_CFLAGS := -Itests/host/pgtable/include

HOST_TESTS += pgtable_2level
pgtable_2level_test-main := pgtable
pgtable_2level_test-srcs := $(PGTABLE_SRCS)
pgtable_2level_test-cflags := $(PGTABLE_CFLAGS) -DCONFIG_X86_32 \
	-DCONFIG_PGTABLE_LEVELS=2

HOST_TESTS += pgtable_3level
pgtable_3level_test-main := pgtable
pgtable_3level_test-srcs := $(PGTABLE_SRCS)
pgtable_3level_test-cflags := $(PGTABLE_CFLAGS) -DCONFIG_X86_32 \
	-DCONFIG_X86_PAE -DCONFIG_PGTABLE_LEVELS=3

# x86_64 built 4-level only (X86_5LEVEL=n): p4d folded at compile time.
HOST_TESTS += pgtable_4level
pgtable_4level_test-main := pgtable
pgtable_4level_test-srcs := $(PGTABLE_SRCS)
pgtable_4level_test-cflags := $(PGTABLE_CFLAGS) -DCONFIG_X86_64 \
	-DCONFIG_PGTABLE_LEVELS=4

# The default x86_64 kernel: 5-level with LA57 ...
HOST_TESTS += pgtable_5level
pgtable_5level_test-main := pgtable
pgtable_5level_test-srcs := $(PGTABLE_SRCS)
pgtable_5level_test-cflags := $(PGTABLE_CFLAGS) -DCONFIG_X86_64 \
	-DCONFIG_X86_5LEVEL -DCONFIG_PGTABLE_LEVELS=5 -DHOST_PGTABLE_L5=1

# ... and 4-level without it (or with no5lvl): p4d folded at run time.
HOST_TESTS += pgtable_5level_no5lvl
pgtable_5level_no5lvl_test-main := pgtable
pgtable_5level_no5lvl_test-srcs := $(PGTABLE_SRCS)
pgtable_5level_no5lvl_test-cflags := $(PGTABLE_CFLAGS) -DCONFIG_X86_64 \
	-DCONFIG_X86_5LEVEL -DCONFIG_PGTABLE_LEVELS=5 -DHOST_PGTABLE_L5=0

HOST_TESTS += vmap_area
# The model header is listed as a prerequisite (only .c files are compiled).
vmap_area_test-srcs := mm/vmap_area.c tests/host/vmap_area_model.h

# The monitor's line editor and parsers (kernel/monitor/).
HOST_TESTS += monitor
monitor_test-srcs := kernel/monitor/readline.c kernel/monitor/parse.c
