#!/bin/bash
# Ensure the Debian 12 packages this project needs are installed.
#
# Usage: tools/deps.sh [--check] [--kunit] [--bench] [--cross]
#   --check  only report what is missing (exit 1 if anything is)
#   --kunit  also require linux-source-6.1 (for tools/kunit-parse.sh)
#   --bench  also require gnuplot-nox (the plots of make bench)
#   --cross  also require gcc-i686-linux-gnu (make test-cross)
# Prints nothing and exits 0 when everything is there. Otherwise installs the
# missing packages with apt-get when run as root, or prints the one
# `sudo apt-get install ...` line and exits 1.
set -u

check=0 kunit=0 bench=0 cross=0
for arg; do
	case $arg in
	--check) check=1 ;;
	--kunit) kunit=1 ;;
	--bench) bench=1 ;;
	--cross) cross=1 ;;
	*) echo "usage: $0 [--check] [--kunit] [--bench] [--cross]" >&2; exit 2 ;;
	esac
done

have() { # all the given commands exist
	local c
	for c; do command -v "$c" >/dev/null 2>&1 || return 1; done
}

multilib() { # gcc -m32 has its own libgcc and the 32-bit glibc headers
	local f
	# Without gcc-multilib, -m32 falls back to the 64-bit libgcc, and
	# /usr/lib32 may exist anyway (libc6-i386): neither proves anything.
	f=$(gcc -m32 -print-libgcc-file-name 2>/dev/null) && [ -f "$f" ] &&
		case $f in */32/*) true ;; *) false ;; esac &&
		[ -e /usr/include/x86_64-linux-gnu/gnu/stubs-32.h ]
}

fuzzer_rt() { # clang's libFuzzer runtime, which clang only recommends
	local d
	d=$(clang -print-resource-dir 2>/dev/null) &&
		[ -f "$d/lib/linux/libclang_rt.fuzzer-x86_64.a" ]
}

missing() { # print the packages whose check fails
	local -a m=()
	have qemu-system-i386 qemu-system-x86_64 || m+=(qemu-system-x86)
	have nasm || m+=(nasm)
	[ -f /usr/lib/grub/i386-pc/multiboot2.mod ] || m+=(grub-pc-bin)
	have grub-mkrescue grub-file || m+=(grub-common)
	have xorriso || m+=(xorriso)
	have mformat || m+=(mtools)
	have gcc || m+=(gcc)
	multilib || m+=(gcc-multilib)
	have make || m+=(make)
	have clang || m+=(clang)
	fuzzer_rt || m+=(libclang-rt-14-dev) # Debian 12's clang is clang-14
	have ld.lld || m+=(lld)
	have python3 || m+=(python3)
	have gdb || m+=(gdb)
	have bochs || m+=(bochs)
	# Debian's bochs has no nogui display; make bochs uses term.
	compgen -G '/usr/lib/*/bochs/plugins/libbx_term_gui.so' >/dev/null || m+=(bochs-term)
	[ -f /usr/share/bochs/BIOS-bochs-latest ] || m+=(bochsbios)
	[ -f /usr/share/vgabios/vgabios.bin ] || m+=(vgabios)
	[ $kunit = 0 ] || [ -f /usr/src/linux-source-6.1.tar.xz ] || m+=(linux-source-6.1)
	[ $bench = 0 ] || have gnuplot || m+=(gnuplot-nox)
	[ $cross = 0 ] || have i686-linux-gnu-gcc i686-linux-gnu-ld || m+=(gcc-i686-linux-gnu)
	echo "${m[@]}"
}

pkgs=$(missing)
[ -z "$pkgs" ] && exit 0

if [ $check = 1 ] || [ "$(id -u)" != 0 ]; then
	echo "sudo apt-get install -y --no-install-recommends $pkgs" >&2
	exit 1
fi

apt-get update || exit 1
# shellcheck disable=SC2086 # $pkgs is a list of words
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $pkgs || exit 1
pkgs=$(missing)
if [ -n "$pkgs" ]; then
	echo "$0: still missing after install: $pkgs" >&2
	exit 1
fi
