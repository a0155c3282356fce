; SPDX-License-Identifier: MIT
; 32-bit entry for the i386 (2-level) and PAE (3-level) kernels.
;
; The boot loader enters _start in protected mode, paging off, with the
; multiboot magic in eax and the info structure's physical address in ebx.
; We build just enough page tables to run at the kernel's virtual address
; (KERNEL_VMA + physical: the direct map the C code extends later), with
; the low identity map that the jump needs, switch paging on, jump high,
; drop the identity map and call start_kernel(magic, info).
;
;   i386: boot_pgd[0 .. N) and [768 .. 768+N) -> boot_pt, 4 KiB pages,
;         mapping the first BOOT_MAP_SIZE (no PSE needed).
;   PAE:  boot_pdpt[0] and [3] -> boot_pmd, 2 MiB pages, the first 1 GiB
;         (PAE always has 2 MiB pages; the PDPT must be 32-byte aligned).

%include "boot/multiboot.inc"

KERNEL_VMA	equ 0xC0000000
PTE_P		equ 0x001
PTE_RW		equ 0x002
PTE_PS		equ 0x080
CR0_PG		equ 0x80000000
CR0_CD		equ 0x40000000
CR0_NW		equ 0x20000000
CR0_WP		equ 0x00010000
CR4_PAE		equ 0x00000020

%ifdef CONFIG_X86_PAE
BOOT_MAP_SIZE	equ 1 << 30
%else
BOOT_MAP_SIZE	equ 64 << 20
BOOT_NR_PT	equ BOOT_MAP_SIZE >> 22
%endif

%define PHYS(x) ((x) - KERNEL_VMA)

global _start
global boot_map_size
extern start_kernel

section .boot.text progbits alloc exec nowrite align=16
bits 32
_start:
	cli
	cld
	mov esp, PHYS(boot_stack_top)
	mov [PHYS(boot_magic)], eax
	mov [PHYS(boot_info_pa)], ebx

%ifdef CONFIG_X86_PAE
	mov eax, 1			; PAE needs CPUID.1:EDX.PAE[6]
	cpuid
	test edx, 1 << 6
	jnz .have_pae
	mov esi, PHYS(no_pae_msg)
	jmp early_fail
.have_pae:
	; boot_pmd: 512 x 2 MiB
	mov edi, PHYS(boot_pmd)
	mov eax, PTE_P | PTE_RW | PTE_PS
	mov ecx, 512
.fill_pmd:
	mov [edi], eax
	mov dword [edi + 4], 0
	add eax, 1 << 21
	add edi, 8
	loop .fill_pmd
	; PDPT entries take only P (the RW/US bits are reserved in PAE PDPTEs)
	mov eax, PHYS(boot_pmd) + PTE_P
	mov [PHYS(boot_pdpt)], eax
	mov [PHYS(boot_pdpt) + 3 * 8], eax
	mov eax, cr4
	or eax, CR4_PAE
	mov cr4, eax
	mov eax, PHYS(boot_pdpt)
%else
	; boot_pt: BOOT_NR_PT page tables of 1024 x 4 KiB, physically contiguous
	mov edi, PHYS(boot_pt)
	mov eax, PTE_P | PTE_RW
	mov ecx, BOOT_NR_PT * 1024
.fill_pt:
	stosd
	add eax, 4096
	loop .fill_pt
	mov edi, PHYS(boot_pgd)
	mov eax, PHYS(boot_pt) + (PTE_P | PTE_RW)
	xor ebx, ebx
.fill_pgd:
	mov [edi + ebx * 4], eax
	mov [edi + ebx * 4 + (KERNEL_VMA >> 22) * 4], eax
	add eax, 4096
	inc ebx
	cmp ebx, BOOT_NR_PT
	jne .fill_pgd
	mov eax, PHYS(boot_pgd)
%endif
	mov cr3, eax
	; CD and NW are set at reset (SDM Vol. 3A, Table 9-1: CR0 = 60000010H)
	; and multiboot leaves them undefined; SeaBIOS clears them, Bochs's
	; BIOS does not. Clear them: normal cache mode (Table 11-5). No WBINVD:
	; with CD set the cache was never filled.
	mov eax, cr0
	and eax, ~(CR0_CD | CR0_NW)
	or eax, CR0_PG | CR0_WP
	mov cr0, eax

	lgdt [PHYS(boot_gdt_desc)]
	jmp 0x08:.reload_cs
.reload_cs:
	mov ax, 0x10
	mov ds, ax
	mov es, ax
	mov ss, ax
	xor ax, ax
	mov fs, ax
	mov gs, ax
	mov eax, start_high
	jmp eax

%include "boot/early_serial.inc"

section .rodata
no_pae_msg:	db "boot: this CPU has no PAE; boot the i386 (2-level) kernel instead", 13, 10, 0

; A flat boot GDT: null, code, data. arch/x86/kernel/gdt.c installs the real one.
align 8
boot_gdt:
	dq 0
	dq 0x00cf9a000000ffff	; 0x08: 32-bit code, base 0, limit 4 GiB
	dq 0x00cf92000000ffff	; 0x10: data
boot_gdt_end:
boot_gdt_desc:			; used before paging: physical base
	dw boot_gdt_end - boot_gdt - 1
	dd PHYS(boot_gdt)
boot_gdt_desc_high:		; after the identity map is gone
	dw boot_gdt_end - boot_gdt - 1
	dd boot_gdt
boot_map_size:
	dd BOOT_MAP_SIZE

section .text
start_high:
	lgdt [boot_gdt_desc_high]
	mov esp, boot_stack_top
%ifdef CONFIG_X86_PAE
	mov dword [boot_pdpt], 0	; PDPTEs are cached: reload cr3 below
	mov dword [boot_pdpt + 4], 0
%else
	mov edi, boot_pgd
	xor eax, eax
	mov ecx, BOOT_NR_PT
	rep stosd
%endif
	mov eax, cr3
	mov cr3, eax
	xor ebp, ebp			; ends the frame-pointer chain
	push dword [boot_info_pa]
	push dword [boot_magic]
	call start_kernel
.hang:
	cli
	hlt
	jmp .hang

section .bss
align 4096
global boot_pgd, boot_stack, boot_stack_top
%ifdef CONFIG_X86_PAE
global boot_pdpt, boot_pmd
boot_pmd:	resb 4096
boot_pdpt:	resb 4096	; only 32 bytes used; page-aligned is 32-byte aligned
boot_pgd	equ boot_pdpt
%else
global boot_pt			; boot/trampoline.asm's APs use these tables too
boot_pgd:	resb 4096
boot_pt:	resb BOOT_NR_PT * 4096
%endif
boot_stack:	resb 16384
boot_stack_top:

section .data
global boot_magic, boot_info_pa
boot_magic:	dd 0
boot_info_pa:	dd 0

section .note.GNU-stack noalloc noexec nowrite progbits
