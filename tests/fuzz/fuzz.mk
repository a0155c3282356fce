# libFuzzer targets: each tests/fuzz/<name>_fuzz.c becomes build/fuzz/<name>_fuzz,
# linked with the kernel sources listed here (headers are listed only as
# prerequisites). Run by `make fuzz` and, briefly, by `make test`.

FUZZERS += vmap_area
vmap_area_fuzz-srcs := mm/vmap_area.c tests/host/vmap_area_model.h
