/* SPDX-License-Identifier: MIT */
/*
 * The Multiboot 1 and Multiboot 2 boot information formats, as far as the
 * kernel reads them, and the parser that copies them into struct
 * boot_info. Layouts follow the specifications ("Multiboot Specification
 * version 0.6.96", section 3.3; "Multiboot2 Specification version 2.0",
 * section 3.6). Flags are masks, never bitfields; every structure is
 * packed (a hostile or odd entry_size can misalign what follows) and its
 * size checked at compile time.
 */
#ifndef KERNEL_MULTIBOOT_H
#define KERNEL_MULTIBOOT_H

#include <kernel/bootinfo.h>
#include <kernel/compiler.h>
#include <kernel/types.h>

/* ---- Multiboot 1 ------------------------------------------------------ */

#define MULTIBOOT_HEADER_MAGIC 0x1BADB002     /* in the kernel image */
#define MULTIBOOT_BOOTLOADER_MAGIC 0x2BADB002 /* in EAX at entry */

/* multiboot_info.flags: which fields are valid */
#define MULTIBOOT_INFO_MEMORY 0x00000001 /* mem_lower, mem_upper */
#define MULTIBOOT_INFO_BOOTDEV 0x00000002
#define MULTIBOOT_INFO_CMDLINE 0x00000004
#define MULTIBOOT_INFO_MODS 0x00000008
#define MULTIBOOT_INFO_AOUT_SYMS 0x00000010
#define MULTIBOOT_INFO_ELF_SHDR 0x00000020
#define MULTIBOOT_INFO_MEM_MAP 0x00000040
#define MULTIBOOT_INFO_DRIVE_INFO 0x00000080
#define MULTIBOOT_INFO_CONFIG_TABLE 0x00000100
#define MULTIBOOT_INFO_BOOT_LOADER_NAME 0x00000200
#define MULTIBOOT_INFO_APM_TABLE 0x00000400
#define MULTIBOOT_INFO_VBE_INFO 0x00000800
#define MULTIBOOT_INFO_FRAMEBUFFER_INFO 0x00001000

/* The fixed information structure; EBX points at it. Addresses are physical. */
struct multiboot_info {
	u32 flags;
	u32 mem_lower; /* KiB from 0 */
	u32 mem_upper; /* KiB from 1 MiB */
	u32 boot_device;
	u32 cmdline; /* NUL-terminated string */
	u32 mods_count;
	u32 mods_addr; /* struct multiboot_mod_list[mods_count] */
	u32 syms[4];
	u32 mmap_length; /* bytes */
	u32 mmap_addr;	 /* struct multiboot_mmap_entry, variable size */
	u32 drives_length;
	u32 drives_addr;
	u32 config_table;
	u32 boot_loader_name; /* NUL-terminated string */
	u32 apm_table;
	u32 vbe_control_info;
	u32 vbe_mode_info;
	u16 vbe_mode;
	u16 vbe_interface_seg;
	u16 vbe_interface_off;
	u16 vbe_interface_len;
	u64 framebuffer_addr;
	u32 framebuffer_pitch;
	u32 framebuffer_width;
	u32 framebuffer_height;
	u8 framebuffer_bpp;
	u8 framebuffer_type;
	u8 color_info[6];
} __packed;

struct multiboot_mod_list {
	u32 mod_start;
	u32 mod_end; /* exclusive */
	u32 cmdline; /* NUL-terminated string */
	u32 pad;
} __packed;

/*
 * One memory map entry. size counts the bytes after itself: the next
 * entry is at (u8 *)e + e->size + 4, and size may exceed 20.
 */
struct multiboot_mmap_entry {
	u32 size;
	u64 addr;
	u64 len;
	u32 type;
} __packed;

_Static_assert(sizeof(struct multiboot_info) == 116, "multiboot_info layout");
_Static_assert(sizeof(struct multiboot_mod_list) == 16, "mod_list layout");
_Static_assert(sizeof(struct multiboot_mmap_entry) == 24, "mmap entry layout");

/* ---- Multiboot 2 ------------------------------------------------------ */

#define MULTIBOOT2_HEADER_MAGIC 0xE85250D6     /* in the kernel image */
#define MULTIBOOT2_BOOTLOADER_MAGIC 0x36D76289 /* in EAX at entry */

/* Tag types of the boot information. */
#define MULTIBOOT2_TAG_END 0
#define MULTIBOOT2_TAG_CMDLINE 1
#define MULTIBOOT2_TAG_BOOT_LOADER_NAME 2
#define MULTIBOOT2_TAG_MODULE 3
#define MULTIBOOT2_TAG_BASIC_MEMINFO 4
#define MULTIBOOT2_TAG_BOOTDEV 5
#define MULTIBOOT2_TAG_MMAP 6
#define MULTIBOOT2_TAG_VBE 7
#define MULTIBOOT2_TAG_FRAMEBUFFER 8
#define MULTIBOOT2_TAG_ELF_SECTIONS 9
#define MULTIBOOT2_TAG_APM 10
#define MULTIBOOT2_TAG_EFI32 11
#define MULTIBOOT2_TAG_EFI64 12
#define MULTIBOOT2_TAG_SMBIOS 13
#define MULTIBOOT2_TAG_ACPI_OLD 14
#define MULTIBOOT2_TAG_ACPI_NEW 15
#define MULTIBOOT2_TAG_NETWORK 16
#define MULTIBOOT2_TAG_EFI_MMAP 17
#define MULTIBOOT2_TAG_EFI_BS 18
#define MULTIBOOT2_TAG_EFI32_IH 19
#define MULTIBOOT2_TAG_EFI64_IH 20
#define MULTIBOOT2_TAG_LOAD_BASE_ADDR 21

#define MULTIBOOT2_TAG_ALIGN 8

/*
 * The parser refuses to look past this many bytes of boot information.
 * GRUB's is a few KiB; the largest tags (EFI memory map, ELF sections)
 * stay well below this even on big machines.
 */
#define MULTIBOOT2_INFO_MAX (64 * 1024)

/* EBX points at this header; tags follow, each 8-byte aligned. */
struct multiboot2_info {
	u32 total_size; /* bytes, including this header and the end tag */
	u32 reserved;
} __packed;

struct multiboot2_tag {
	u32 type;
	u32 size; /* bytes, including this header, excluding padding */
} __packed;

/* MULTIBOOT2_TAG_CMDLINE, MULTIBOOT2_TAG_BOOT_LOADER_NAME */
struct multiboot2_tag_string {
	u32 type;
	u32 size;
	char string[]; /* NUL-terminated */
} __packed;

struct multiboot2_tag_module {
	u32 type;
	u32 size;
	u32 mod_start;
	u32 mod_end;	/* exclusive */
	char cmdline[]; /* NUL-terminated */
} __packed;

struct multiboot2_tag_basic_meminfo {
	u32 type;
	u32 size;
	u32 mem_lower; /* KiB from 0 */
	u32 mem_upper; /* KiB from 1 MiB */
} __packed;

/* entry_size may exceed sizeof(struct multiboot2_mmap_entry): step by it. */
struct multiboot2_tag_mmap {
	u32 type;
	u32 size;
	u32 entry_size;
	u32 entry_version; /* 0; later versions only append fields */
} __packed;

struct multiboot2_mmap_entry {
	u64 addr;
	u64 len;
	u32 type;
	u32 zero;
} __packed;

_Static_assert(sizeof(struct multiboot2_info) == 8, "mb2 info header");
_Static_assert(sizeof(struct multiboot2_tag) == 8, "mb2 tag header");
_Static_assert(sizeof(struct multiboot2_tag_string) == 8, "mb2 string tag");
_Static_assert(sizeof(struct multiboot2_tag_module) == 16, "mb2 module tag");
_Static_assert(sizeof(struct multiboot2_tag_basic_meminfo) == 16,
	       "mb2 meminfo tag");
_Static_assert(sizeof(struct multiboot2_tag_mmap) == 16, "mb2 mmap tag");
_Static_assert(sizeof(struct multiboot2_mmap_entry) == 24, "mb2 mmap entry");

/* ---- The parser ------------------------------------------------------- */

/*
 * Provided by the arch: a kernel pointer to physical [pa, pa + len), or
 * NULL when that range is not reachable through the early mapping (the
 * parser then skips the item and says so).
 */
void *boot_phys_to_virt(phys_addr_t pa, size_t len);

/*
 * Copy what the loader handed over (magic from EAX, info from EBX) into
 * *bi: command line, loader name, modules, and the sanitised memory map.
 * Nothing in *bi points back into the loader's structures. Malformed
 * parts are reported and skipped; what was parsed before them is kept.
 * Returns 0, or -1 with a message if magic is neither multiboot magic nor
 * the information structure itself is unreadable (the caller panics).
 */
int multiboot_parse(u32 magic, phys_addr_t info, struct boot_info *bi);

/* Print *bi as one readable table. */
void bootinfo_print(const struct boot_info *bi);

#endif
