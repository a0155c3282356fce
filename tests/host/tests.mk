# Host unit tests: each tests/host/<name>_test.c becomes build/host/<name>_test,
# linked with the ktest runner and the kernel sources it tests, listed here.
# Built with ASan and UBSan; run by `make test` (and `make host-tests`).

HOST_TESTS += glob
glob_test-srcs :=

HOST_TESTS += vsprintf
vsprintf_test-srcs := lib/vsprintf.c

# string_test.c includes lib/string.c itself, renamed (see the file).
HOST_TESTS += string
string_test-srcs :=

HOST_TESTS += memmap
memmap_test-srcs := mm/memmap.c

HOST_TESTS += multiboot
multiboot_test-srcs := kernel/multiboot.c mm/memmap.c

HOST_TESTS += cmdline
cmdline_test-srcs := kernel/cmdline.c
