/* SPDX-License-Identifier: MIT */
/*
 * The few ACPI tables CPU and I/O APIC enumeration read (ACPI 6.4, 5.2):
 * the RSDP, the RSDT/XSDT and the MADT (arch/x86/kernel/acpi.c).
 */
#ifndef ASM_ACPI_H
#define ASM_ACPI_H

#include <kernel/compiler.h>
#include <kernel/types.h>

struct acpi_table_header {
	char signature[4];
	u32 length; /* of the whole table, header included */
	u8 revision;
	u8 checksum; /* all bytes of the table sum to 0 */
	char oem_id[6];
	char oem_table_id[8];
	u32 oem_revision;
	u32 creator_id;
	u32 creator_revision;
} __packed;
_Static_assert(sizeof(struct acpi_table_header) == 36, "SDT header");

struct acpi_table_madt {
	struct acpi_table_header header;
	u32 lapic_address;
	u32 flags;
	/* then entries: u8 type, u8 length, ... */
} __packed;

#define ACPI_MADT_TYPE_LOCAL_APIC 0
#define ACPI_MADT_TYPE_IO_APIC 1     /* id, 0, u32 address, u32 GSI base */
#define ACPI_MADT_TYPE_INT_SRC_OVR 2 /* bus, IRQ, u32 GSI, u16 flags */
#define ACPI_MADT_TYPE_LOCAL_X2APIC 9
#define ACPI_MADT_ENABLED (1u << 0)
#define ACPI_MADT_ONLINE_CAPABLE (1u << 1)

/* fn(apic_id, enabled, arg) for each local APIC entry */
typedef void (*acpi_lapic_fn)(u32 apic_id, bool enabled, void *arg);

/*
 * Check the MADT's checksum and that every entry lies inside it, then
 * call fn for each local APIC entry. -EINVAL (one line printed, fn never
 * called) for a bad checksum or an entry running past the table.
 */
int acpi_madt_walk(const struct acpi_table_madt *madt, acpi_lapic_fn fn,
		   void *arg);
/* Bytes of p sum to 0 mod 256 (ACPI and MP-table checksums). */
bool acpi_checksum_ok(const void *p, size_t len);

#endif
