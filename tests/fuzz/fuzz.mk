# libFuzzer targets: each tests/fuzz/<name>_fuzz.c becomes build/fuzz/<name>_fuzz,
# linked with the kernel sources listed here (headers are listed only as
# prerequisites). Run by `make fuzz` and, briefly, by `make test`.
# Optional: <name>_fuzz-cflags (before the common flags) and
# <name>_fuzz-deps, files the target includes (.c ones are not compiled).

FUZZERS += vmap_area
vmap_area_fuzz-srcs := mm/vmap_area.c tests/host/vmap_area_model.h

# string_fuzz.c includes arch/x86/lib/string.c itself, renamed.
FUZZERS += string
string_fuzz-srcs :=
string_fuzz-cflags := -Itests/host/include -Iarch/x86/include
string_fuzz-deps := arch/x86/lib/string.c
