/* SPDX-License-Identifier: MIT */
/* Fixed-width integer types shared by the kernel and the host unit tests. */
#ifndef KERNEL_TYPES_H
#define KERNEL_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

/* Physical addresses are 64-bit in every mode: PAE and the memory map reach past 4 GiB. */
typedef u64 phys_addr_t;

#endif
