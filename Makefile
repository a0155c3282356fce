# lazypgd: an x86 kernel memory subsystem you can boot, test and single-step.
# `make help` lists the targets and variables.

MODE ?= x86_64
MODES := i386 pae x86_64
ifeq ($(filter $(MODE),$(MODES)),)
$(error MODE=$(MODE) is not one of: $(MODES))
endif

V ?= 0
ifeq ($(V),1)
Q :=
quiet = @true
else
Q := @
quiet = @printf '  %-7s %s\n'
endif

# ---- toolchain ---------------------------------------------------------
CROSS_COMPILE ?=
ifeq ($(origin CC),default)
CC := $(CROSS_COMPILE)gcc
endif
NASM ?= nasm
HOSTCC ?= cc
PYTHON ?= python3

ifneq ($(findstring clang,$(CC)),)
COMPILER := clang
LD := ld.lld
NM := llvm-nm
OBJCOPY := llvm-objcopy
ifeq ($(shell command -v $(NM) 2>/dev/null),)
NM := nm
endif
else
COMPILER := gcc
LD := $(CROSS_COMPILE)ld
NM := $(CROSS_COMPILE)nm
OBJCOPY := $(CROSS_COMPILE)objcopy
endif

# Everything built goes under O (default build/): build/<mode>/, build/host/...
O ?= build
BUILD := $(O)/$(MODE)

# ---- per-mode flags ------------------------------------------------------
# X86_5LEVEL=y (default): one x86_64 kernel that runs 5-level paging (LA57)
# where the CPU has it and `no5lvl` is not given, 4-level otherwise, the
# p4d level folded at run time; n: a 4-level-only kernel (p4d folded at
# compile time) that says so in one line on an LA57 CPU.
X86_5LEVEL ?= y
ifeq ($(MODE),x86_64)
BITS := 64
ifeq ($(X86_5LEVEL),y)
MODE_DEFS := -DCONFIG_X86_64 -DCONFIG_X86_5LEVEL -DCONFIG_PGTABLE_LEVELS=5
else
MODE_DEFS := -DCONFIG_X86_64 -DCONFIG_PGTABLE_LEVELS=4
endif
ARCH_CFLAGS := -mcmodel=kernel -mno-red-zone
CLANG_TARGET := --target=x86_64-elf
GCC_ARCH := -m64
LD_EMUL := elf_x86_64
else
BITS := 32
ARCH_CFLAGS := -march=i686
CLANG_TARGET := --target=i686-elf
GCC_ARCH := -m32
LD_EMUL := elf_i386
ifeq ($(MODE),pae)
MODE_DEFS := -DCONFIG_X86_32 -DCONFIG_X86_PAE -DCONFIG_PGTABLE_LEVELS=3
else
MODE_DEFS := -DCONFIG_X86_32 -DCONFIG_PGTABLE_LEVELS=2
endif
endif

# PARAVIRT=y (default): page-table writes, CR3 and TLB operations go
# through pv_mmu_ops (arch/x86/include/asm/paravirt.h); n: direct.
PARAVIRT ?= y
ifeq ($(PARAVIRT),y)
MODE_DEFS += -DCONFIG_PARAVIRT
endif

ifeq ($(COMPILER),clang)
ARCH_CFLAGS += $(CLANG_TARGET)
else
# -Wclobbered flags every local of a function that uses catch_exception()
# (a setjmp), also those set after it; values that really change between
# the setjmp and the longjmp are volatile instead.
ARCH_CFLAGS += $(GCC_ARCH) -Wno-clobbered
endif

CFLAGS := -std=gnu11 -O2 -g -Wall -Wextra -Werror \
	-ffreestanding -fno-pic -fno-pie -fno-stack-protector \
	-fno-asynchronous-unwind-tables -fno-exceptions -fno-common \
	-fno-strict-aliasing -fno-delete-null-pointer-checks \
	-fno-omit-frame-pointer -mno-mmx -mno-sse -mno-sse2 \
	$(ARCH_CFLAGS) -D__KERNEL__ $(MODE_DEFS) \
	-Iinclude -Iarch/x86/include $(EXTRA_CFLAGS)
NASMFLAGS := -f elf$(BITS) $(MODE_DEFS) -I.
LDFLAGS := -m $(LD_EMUL) -nostdlib -static -z max-page-size=0x1000 -z noexecstack
ifeq ($(COMPILER),gcc)
LDFLAGS += --no-warn-rwx-segments
endif

# ---- sources -----------------------------------------------------------
# Files ending in _32 or _64 build only in that word size.
OTHER_BITS := $(if $(filter 64,$(BITS)),32,64)
C_SRCS := $(filter-out %_$(OTHER_BITS).c, \
	$(wildcard kernel/*.c kernel/monitor/*.c mm/*.c lib/*.c arch/x86/kernel/*.c \
		   arch/x86/mm/*.c arch/x86/lib/*.c tests/kernel/*.c))
ASM_SRCS := boot/head_$(BITS).asm boot/trampoline.asm arch/x86/entry/entry_$(BITS).asm \
	arch/x86/entry/switch_$(BITS).asm arch/x86/lib/setjmp_$(BITS).asm
# Ring-3 test programs: flat binaries embedded by a generated .asm file.
USER_PROGS := $(sort $(basename $(notdir $(wildcard tests/user/*.asm))))
USER_BINS := $(addprefix $(BUILD)/user/,$(addsuffix .bin,$(USER_PROGS)))
ifneq ($(PARAVIRT),y)
C_SRCS := $(filter-out arch/x86/kernel/paravirt%.c,$(C_SRCS))
endif
OBJS := $(addprefix $(BUILD)/,$(C_SRCS:.c=.o) $(ASM_SRCS:.asm=.o)) \
	$(BUILD)/user/programs.o

# Objects depend on the flags they were built with: switching CC or
# EXTRA_CFLAGS rebuilds the mode instead of mixing compilers.
BUILD_FLAGS := $(BUILD)/.build-flags
BUILD_FLAGS_NOW := $(CC) $(CFLAGS) | $(NASM) $(NASMFLAGS) | $(LD) $(LDFLAGS)
ifneq ($(BUILD_FLAGS_NOW),$(shell cat $(BUILD_FLAGS) 2>/dev/null))
$(shell mkdir -p $(BUILD) && echo '$(BUILD_FLAGS_NOW)' > $(BUILD_FLAGS))
endif

KERNEL := $(BUILD)/kernel.elf
ISO := $(BUILD)/kernel.iso
LDS := $(BUILD)/linker.lds
KSYM := $(BUILD)/kernel.sym

.PHONY: all kernel iso clean help run run-iso run-kernel test host-tests \
	deps all-modes compile_commands.json format fuzz fuzz-smoke \
	bochs debug test-debuggers test-bochs test-cross bench heatmap soak
.DEFAULT_GOAL := all

all: kernel iso

kernel: $(KERNEL) $(KSYM)
iso: $(ISO)

$(BUILD)/%.o: %.c $(BUILD_FLAGS)
	@mkdir -p $(dir $@)
	$(quiet) CC $<
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/%.o: %.asm $(BUILD_FLAGS)
	@mkdir -p $(dir $@)
	$(quiet) AS $<
	$(Q)$(NASM) $(NASMFLAGS) -MD $(@:.o=.d) -MP $< -o $@

$(BUILD)/user/%.bin: tests/user/%.asm tests/user/user.inc $(BUILD_FLAGS)
	@mkdir -p $(dir $@)
	$(quiet) AS $<
	$(Q)$(NASM) -f bin $(if $(filter 64,$(BITS)),-DBITS64) -I. $< -o $@

$(BUILD)/user/programs.asm: $(USER_BINS)
	$(Q){ echo 'section .rodata'; \
	  for p in $(USER_PROGS); do \
	    echo "global user_prog_$$p, user_prog_$${p}_end"; \
	    echo "user_prog_$$p: incbin \"$(BUILD)/user/$$p.bin\""; \
	    echo "user_prog_$${p}_end:"; \
	  done; echo 'section .note.GNU-stack noalloc noexec nowrite progbits'; } > $@

$(BUILD)/user/programs.o: $(BUILD)/user/programs.asm
	$(quiet) AS $<
	$(Q)$(NASM) $(NASMFLAGS) $< -o $@

$(LDS): linker.ld
	@mkdir -p $(dir $@)
	$(quiet) CPP $<
	$(Q)$(CC) -E -P -undef -x c $(MODE_DEFS) $< -o $@

# Two link passes embed the symbol table: the first with an empty one,
# the second with the table of the first. .ksyms lies after all code, so
# no function moves between the passes; the cmp proves it.
$(KERNEL): $(OBJS) $(LDS) tools/gen-ksyms.sh $(BUILD_FLAGS)
	$(quiet) LD $@
	$(Q)tools/gen-ksyms.sh $(NM) - > $(BUILD)/ksyms0.c
	$(Q)$(CC) $(CFLAGS) -c $(BUILD)/ksyms0.c -o $(BUILD)/ksyms0.o
	$(Q)$(LD) $(LDFLAGS) -T $(LDS) $(OBJS) $(BUILD)/ksyms0.o -o $@.pass1
	$(quiet) KSYMS $@
	$(Q)tools/gen-ksyms.sh $(NM) $@.pass1 > $(BUILD)/ksyms.c
	$(Q)$(CC) $(CFLAGS) -c $(BUILD)/ksyms.c -o $(BUILD)/ksyms.o
	$(Q)$(LD) $(LDFLAGS) -T $(LDS) $(OBJS) $(BUILD)/ksyms.o -o $@.tmp
	$(Q)tools/gen-ksyms.sh $(NM) $@.tmp | cmp -s - $(BUILD)/ksyms.c || \
		{ echo "ksyms: symbol addresses moved between link passes" >&2; exit 1; }
	$(Q)mv $@.tmp $@
	$(Q)rm -f $@.pass1

# "address name" per line, for the Bochs debugger's ldsym (make bochs).
$(KSYM): $(KERNEL)
	$(quiet) NM $@
	$(Q)$(NM) $< | awk '$$2 ~ /^[TtDdBbRr]$$/ { print $$1, $$3 }' > $@

$(ISO): $(KERNEL) boot/grub.cfg
	$(quiet) ISO $@
	@rm -rf $(BUILD)/iso && mkdir -p $(BUILD)/iso/boot/grub
	$(Q)cp $(KERNEL) $(BUILD)/iso/boot/kernel.elf
	$(Q)cp boot/grub.cfg $(BUILD)/iso/boot/grub/grub.cfg
	$(Q)grub-file --is-x86-multiboot2 $(KERNEL) || { echo "$(KERNEL): no multiboot2 header" >&2; exit 1; }
	$(Q)grub-mkrescue -o $@ -d /usr/lib/grub/i386-pc \
		--install-modules="multiboot2 multiboot normal serial terminal" \
		--locales="" --fonts="" --themes="" $(BUILD)/iso 2>/dev/null \
		|| { echo "grub-mkrescue failed" >&2; exit 1; }

# ---- running -----------------------------------------------------------
, := ,
QEMU_32 := qemu-system-i386
QEMU_64 := qemu-system-x86_64
QEMU := $(if $(filter x86_64,$(MODE)),$(QEMU_64),$(QEMU_32))
# COM1 on this terminal, multiplexed with the QEMU monitor (Ctrl-A C), so
# that Ctrl-A X quits and Ctrl-C reaches the kernel monitor.
# x86_64 on a CPU with LA57: 5-level paging (GRUB's no5lvl entry: 4-level).
QEMU_RUN_CPU := $(if $(filter x86_64,$(MODE)),-cpu qemu64$(,)+la57)
QEMU_RUN_FLAGS := -m 128M $(QEMU_RUN_CPU) -chardev stdio,id=com1,mux=on,signal=off \
	-serial chardev:com1 -mon chardev=com1 -display none -no-reboot \
	-device isa-debug-exit,iobase=0xf4,iosize=0x04 $(QEMUFLAGS)
APPEND ?=

run: deps
	$(Q)$(MAKE) --no-print-directory $(if $(APPEND),run-kernel,run-iso)

run-iso: $(ISO)
	@echo "Booting $(ISO) in QEMU: GRUB menu, then the lazypgd> prompt (quit with Ctrl-A X)"
	$(QEMU) -cdrom $(ISO) $(QEMU_RUN_FLAGS) || [ $$? = 33 ] # 33: halt

run-kernel: $(KERNEL)
	@echo "Booting $(KERNEL) with -kernel (quit with Ctrl-A X)"
	$(QEMU) -kernel $(KERNEL) -append "$(APPEND)" $(QEMU_RUN_FLAGS) || [ $$? = 33 ]

# ---- debuggers (docs/debugging.md) ---------------------------------------
BREAK ?= start_kernel
GDB_PORT ?= 1234

# Bochs's internal debugger on a GRUB ISO whose command line is
# "bochs.break=$(BREAK) $(APPEND)"; files in build/<mode>/bochs/.
bochs: deps $(KERNEL) $(KSYM)
	$(quiet) GEN $(BUILD)/bochs
	$(Q)tools/bochs/setup.sh $(BUILD) $(BUILD)/bochs 'bochs.break=$(BREAK) $(APPEND)'
	@echo "Bochs starts paused in its debugger: type c to boot (it stops at bochs.break=$(BREAK)), q to quit."
	@echo "Kernel console: tail -f $(BUILD)/bochs/com1.log"
	bochs -q -f $(BUILD)/bochs/bochsrc -rc $(BUILD)/bochs/start.rc

# QEMU halted at the reset vector with its gdbstub; serial on this terminal.
debug: deps $(KERNEL)
	@echo "QEMU is halted before the first instruction. In another terminal:"
	@echo "  gdb -q $(KERNEL) -x tools/gdb/lazypgd.py -ex 'kconnect :$(GDB_PORT)'"
	@echo "then e.g. hbreak start_kernel, continue (docs/debugging.md). Quit QEMU with Ctrl-A X."
	$(QEMU) -kernel $(KERNEL) -append "$(APPEND)" -S -gdb tcp::$(GDB_PORT) $(QEMU_RUN_FLAGS)

# Scripted Bochs and GDB sessions per mode: in the #PF handler (test_pf), and
# at the lazy PGD sync (test_vmalloc; exit 77 = skipped: PAE takes none).
DEBUGGER_SESSIONS := tools/bochs/test_pf.py tools/gdb/test_pf.py \
	tools/bochs/test_vmalloc.py tools/gdb/test_vmalloc.py
test-debuggers: deps
	$(Q)for m in $(MODES); do $(MAKE) --no-print-directory MODE=$$m kernel || exit 1; done
	$(Q)pass=0; fail=0; skip=0; \
	for m in $(MODES); do \
	  for t in $(DEBUGGER_SESSIONS); do \
	    $(PYTHON) $$t $(O)/$$m; \
	    case $$? in 0) pass=$$((pass + 1));; 77) skip=$$((skip + 1));; *) fail=$$((fail + 1));; esac; \
	  done; \
	done; \
	for t in tools/gdb/test_pf.py tools/gdb/test_vmalloc.py; do \
	  $(PYTHON) $$t --cpu qemu64,+la57 $(O)/x86_64; \
	  case $$? in 0) pass=$$((pass + 1));; 77) skip=$$((skip + 1));; *) fail=$$((fail + 1));; esac; \
	done; \
	[ $$skip = 0 ] || echo "($$skip sessions skipped)"; \
	echo "$$pass passed, $$fail failed"; [ $$fail = 0 ]

# ---- tests -------------------------------------------------------------
deps:
	@tools/deps.sh $(if $(filter test test-bochs,$(MAKECMDGOALS)),--kunit)

all-modes:
	$(Q)for m in $(MODES); do $(MAKE) --no-print-directory MODE=$$m all || exit 1; done

test: deps
	$(Q)$(MAKE) --no-print-directory all-modes
	$(Q)$(MAKE) --no-print-directory host-tests
	$(Q)$(MAKE) --no-print-directory fuzz-smoke
	$(Q)$(MAKE) --no-print-directory test-debuggers
	@# PARAVIRT=n: page-table writes compiled to direct stores, one mode booted.
	$(Q)$(MAKE) --no-print-directory O=$(O)/nopv PARAVIRT=n MODE=i386 kernel
	$(Q)$(PYTHON) tests/run --build-dir $(O)/nopv --mode i386 --timeout 120
	@# Last, so that its "N passed, N failed" closes the output.
	$(Q)$(PYTHON) tests/run --matrix --kunit --build-dir $(O)

# The boot-time suite under Bochs, a second CPU model: every mode's GRUB ISO,
# one Bochs at a time, the same KTAP checks and Linux's parser as `make
# test` (tests/run --bochs; docs/testing.md). BOCHS_CPUS: CPUs per Bochs (the
# smp.* cases pass with 2; the whole suite is timed with 1).
BOCHS_CPUS ?= 1
test-bochs: deps
	$(Q)for m in $(MODES); do $(MAKE) --no-print-directory MODE=$$m kernel || exit 1; done
	$(Q)$(PYTHON) tests/run --bochs --kunit --smp $(BOCHS_CPUS) --build-dir $(O)

# The whole boot matrix SOAK_ROUNDS times, each round with its own seed=
# (random fault injection, system-call fuzz); every hang, triple fault,
# failure or leak is listed with its seed and a replay command. Not part
# of `make test` (docs/fault-injection.md). SOAK_SEED: the first round
# uses SOAK_SEED+1 (default: from the clock); SOAK_ARGS: more tests/run
# options, e.g. --no-iso or --modes x86_64.
SOAK_ROUNDS ?= 20
SOAK_SEED ?=
SOAK_ARGS ?=
soak: deps
	$(Q)$(MAKE) --no-print-directory all-modes
	$(Q)$(PYTHON) tests/run --soak $(SOAK_ROUNDS) $(if $(SOAK_SEED),--seed $(SOAK_SEED)) \
		--build-dir $(O) $(SOAK_ARGS)

# A real GCC cross toolchain (Debian's gcc-i686-linux-gnu): build i386 and
# PAE with it, boot the PAE suite. CI runs it once.
CROSS_I686 := i686-linux-gnu-
test-cross:
	$(Q)tools/deps.sh --cross
	$(Q)for m in i386 pae; do $(MAKE) --no-print-directory O=$(O)/cross MODE=$$m CROSS_COMPILE=$(CROSS_I686) kernel || exit 1; done
	$(Q)$(PYTHON) tests/run --build-dir $(O)/cross --mode pae --timeout 120

# Benchmarks: every mode's kernel.elf, then tools/bench boots each with
# bench=vmalloc (plain TCG and -icount shift=0; docs/benchmarks.md) and with
# bench=sync under each kpgd_sync strategy (docs/sync-strategies.md, plots
# in build/bench/) and bench=smp with 4 CPUs (docs/smp.md). Tables only,
# never a verdict. BENCH_ARGS: tools/bench options.
BENCH_ARGS ?=
bench:
	-$(Q)tools/deps.sh --bench
	$(Q)for m in $(MODES); do $(MAKE) --no-print-directory MODE=$$m kernel || exit 1; done
	$(Q)$(PYTHON) tools/bench --suite all --build-dir $(O) $(BENCH_ARGS)

# The picture of the lazy sync: each mode's kernel booted to its monitor
# under each kpgd_sync strategy, `kpgdmap` typed, and the processes x
# kernel slots map drawn with gnuplot: build/heatmap/kpgd-<mode>.png
# (docs/page-faults.md shows copies from docs/img/).
HEATMAP_MODES ?= i386,x86_64
heatmap:
	-$(Q)tools/deps.sh --bench
	$(Q)for m in $$(echo $(HEATMAP_MODES) | tr , ' '); do $(MAKE) --no-print-directory MODE=$$m kernel || exit 1; done
	$(Q)$(PYTHON) tools/heatmap --modes $(HEATMAP_MODES) --build-dir $(O)

# Host unit tests of the architecture-neutral code, under ASan and UBSan.
include tests/host/tests.mk
HOST_BUILD := $(O)/host
HOST_CFLAGS := -std=gnu11 -g -O1 -Wall -Wextra -Werror -fno-builtin \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -Itests/host/include -Iinclude -Iarch/x86/include
HOST_COMMON := kernel/ktest.c lib/glob.c tests/host/ktest_main.c
HOST_BINS := $(addprefix $(HOST_BUILD)/,$(addsuffix _test,$(HOST_TESTS)))
HOST_HDRS := $(wildcard include/kernel/*.h include/asm-generic/*.h \
	arch/x86/include/asm/*.h tests/host/include/*/*.h tests/host/*/include/*/*.h)

host-tests: $(HOST_BINS)

# Source: tests/host/<main>_test.c, <main> = NAME_test-main or NAME. The
# optional NAME_test-cflags go first, so their -I directories win.
define host_test_rule
$(HOST_BUILD)/$(1)_test: tests/host/$(or $($(1)_test-main),$(1))_test.c $$($(1)_test-srcs) $$($(1)_test-deps) $(HOST_COMMON) $(HOST_HDRS)
	@mkdir -p $(HOST_BUILD)
	$$(quiet) HOSTCC $$@
	$$(Q)$(HOSTCC) $($(1)_test-cflags) $(HOST_CFLAGS) $$(filter %.c,$$(filter-out $$($(1)_test-deps),$$^)) -o $$@
endef
$(foreach t,$(HOST_TESTS),$(eval $(call host_test_rule,$(t))))

# libFuzzer targets (tests/fuzz/NAME_fuzz.c, listed in tests/fuzz/fuzz.mk
# with the sources they link), built by clang with ASan and UBSan. `make
# fuzz` runs each for FUZZ_SECONDS on its corpus in build/fuzz/corpus/;
# `make fuzz-smoke` (part of `make test`) runs each for a fixed, seeded
# number of inputs: deterministic, a few seconds. Crashes: build/fuzz/.
include tests/fuzz/fuzz.mk
FUZZ_BUILD := $(O)/fuzz
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_RUNS ?= 20000
FUZZ_CFLAGS := -std=gnu11 -g -O1 -Wall -Wextra -Werror \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer -Iinclude
FUZZ_BINS := $(addprefix $(FUZZ_BUILD)/,$(addsuffix _fuzz,$(FUZZERS)))

define fuzz_rule
$(FUZZ_BUILD)/$(1)_fuzz: tests/fuzz/$(1)_fuzz.c $$($(1)_fuzz-srcs) $$($(1)_fuzz-deps) $$(wildcard include/kernel/*.h)
	@mkdir -p $(FUZZ_BUILD)
	$$(quiet) FUZZCC $$@
	$$(Q)$(FUZZ_CC) $($(1)_fuzz-cflags) $(FUZZ_CFLAGS) $$(filter %.c,$$(filter-out $$($(1)_fuzz-deps),$$^)) -o $$@
endef
$(foreach f,$(FUZZERS),$(eval $(call fuzz_rule,$(f))))

fuzz: $(FUZZ_BINS)
	$(Q)for f in $(FUZZERS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$f && \
	  echo "  FUZZ    $$f for $(FUZZ_SECONDS) s" && \
	  $(FUZZ_BUILD)/$${f}_fuzz -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/$$f- -print_final_stats=1 \
	    $(FUZZ_BUILD)/corpus/$$f || exit 1; \
	done

fuzz-smoke: $(FUZZ_BINS)
	$(Q)for f in $(FUZZERS); do \
	  log=$(FUZZ_BUILD)/$$f-smoke.log; \
	  printf '  %-7s %s\n' FUZZ "$$f ($(FUZZ_SMOKE_RUNS) runs, seed 1)"; \
	  $(FUZZ_BUILD)/$${f}_fuzz -runs=$(FUZZ_SMOKE_RUNS) -seed=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/$$f- > $$log 2>&1 || \
	    { tail -40 $$log; echo "fuzz-smoke: $$f failed, log: $$log" >&2; exit 1; }; \
	done

# ---- housekeeping --------------------------------------------------------
# compile_commands.json for clangd, written from the same flags the build uses.
compile_commands.json:
	$(quiet) GEN $@
	$(Q){ echo '['; sep=''; \
	  for f in $(C_SRCS); do \
	    printf '%s{"directory":"%s","file":"%s","command":"%s %s -c %s -o %s"}' \
	      "$$sep" "$(CURDIR)" "$$f" "$(CC)" '$(CFLAGS)' "$$f" "$(BUILD)/$${f%.c}.o"; \
	    sep=','; \
	  done; echo ']'; } > $@

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(O) compile_commands.json

help:
	@echo 'lazypgd: targets'
	@echo '  all             kernel.elf and kernel.iso for MODE (default)'
	@echo '  kernel          build/<mode>/kernel.elf only'
	@echo '  iso             build/<mode>/kernel.iso (GRUB, multiboot2)'
	@echo '  run             boot the ISO in QEMU to the GRUB menu and the lazypgd> monitor prompt,'
	@echo '                  serial on the terminal (installs missing packages); with APPEND=, -kernel'
	@echo '  run-iso         the same, without the package check'
	@echo '  run-kernel      boot kernel.elf with QEMU -kernel; APPEND="ktest" passes a command line'
	@echo '  test            build every mode, run host unit tests and every boot-time suite'
	@echo '  test-debuggers  scripted Bochs and GDB sessions (#PF handler, vmalloc_fault), every mode'
	@echo '  test-bochs      every mode'"'"'s boot-time suite under Bochs (GRUB ISO), one Bochs at a time'
	@echo '  test-cross      build i386 and PAE with gcc-i686-linux-gnu, boot the PAE suite (CI)'
	@echo '  soak            the whole boot matrix SOAK_ROUNDS times with new seeds; lists every failure with its replay'
	@echo '  bochs           boot the ISO in the Bochs debugger; BREAK=points sets bochs.break'
	@echo '  debug           QEMU halted with its gdbstub on GDB_PORT; prints the gdb command'
	@echo '  bench           build every mode; vmalloc, sync-strategy and SMP benchmarks in QEMU (tables, plots)'
	@echo '  heatmap         boot the kpgdmap workload per strategy; PNG of processes x kernel slots'
	@echo '                  (build/heatmap/kpgd-<mode>.png; HEATMAP_MODES=i386,x86_64)'
	@echo '  host-tests      build the host unit tests (build/host/*_test)'
	@echo '  fuzz            run each libFuzzer target for FUZZ_SECONDS (default 60)'
	@echo '  fuzz-smoke      run each libFuzzer target for a short seeded run (in test)'
	@echo '  all-modes       build every mode'
	@echo '  deps            install missing Debian packages (as root) or print the apt-get line'
	@echo '  compile_commands.json  for clangd, from the real flags'
	@echo '  format          clang-format every C file'
	@echo '  clean           remove build/'
	@echo 'variables'
	@echo '  MODE=i386|pae|x86_64   paging mode (default x86_64: 4- or 5-level, chosen at boot)'
	@echo '  CC=gcc|clang           compiler (clang links with ld.lld)'
	@echo '  CROSS_COMPILE=prefix   e.g. i686-elf- or x86_64-elf-'
	@echo '  V=1                    show full commands'
	@echo '  O=dir                  build directory (default build)'
	@echo '  PARAVIRT=y|n           MMU operations through pv_mmu_ops (default y) or direct'
	@echo '  X86_5LEVEL=y|n         x86_64: 5-level paging where the CPU has LA57 (default y), or 4-level only'
	@echo '  APPEND="..."           kernel command line for run (then a -kernel boot), run-kernel, debug, bochs'
	@echo '  BREAK=a,b              bochs.break points for make bochs (default start_kernel)'
	@echo '  GDB_PORT=n             gdbstub port for make debug (default 1234)'
	@echo '  BOCHS_CPUS=n           Bochs CPUs for test-bochs (default 1; docs/smp.md)'
	@echo '  QEMUFLAGS="..."        extra QEMU options for run-* and debug, e.g. -cpu qemu64,+la57 (5-level)'
	@echo '  BENCH_ARGS="..."       tools/bench options for make bench, e.g. --modes x86_64'
	@echo '  EXTRA_CFLAGS="..."     extra kernel compiler flags'
	@echo '  SOAK_ROUNDS=n          rounds of make soak (default 20); SOAK_SEED=n, SOAK_ARGS="--no-iso"'

-include $(OBJS:.o=.d)
