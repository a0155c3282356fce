; SPDX-License-Identifier: MIT
; Entry for the x86_64 kernel.
;
; The boot loader enters _start in 32-bit protected mode, paging off, with
; the multiboot magic in eax and the info structure's physical address in
; ebx. We check for long mode, build 4-level boot tables that map the
; first 1 GiB with 2 MiB pages twice (identity, for the switch, and at
; KERNEL_VMA = 0xffffffff80000000 where the kernel is linked), enable PAE,
; EFER.LME and paging, far-jump to 64-bit code, jump high, drop the
; identity map and call start_kernel(magic, info).
;
;   boot_pml4[0]   -> boot_pdpt[0]   -> boot_pd (identity, removed later)
;   boot_pml4[273] -> boot_pdpt[0]   -> boot_pd (start of the direct map, so
;                                               __va works before paging_init)
;   boot_pml4[511] -> boot_pdpt[510] -> boot_pd (kernel image)

%include "boot/multiboot.inc"

KERNEL_VMA	equ 0xffffffff80000000
PTE_P		equ 0x001
PTE_RW		equ 0x002
PTE_PS		equ 0x080
CR0_PG		equ 0x80000000
CR0_CD		equ 0x40000000
CR0_NW		equ 0x20000000
CR0_WP		equ 0x00010000
CR4_PAE		equ 0x00000020
MSR_EFER	equ 0xc0000080
EFER_LME	equ 0x00000100
BOOT_MAP_SIZE	equ 1 << 30

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

	mov eax, 0x80000000		; long mode: CPUID.80000001h:EDX.LM[29]
	cpuid
	cmp eax, 0x80000001
	jb .no_lm
	mov eax, 0x80000001
	cpuid
	test edx, 1 << 29
	jnz .have_lm
.no_lm:
	mov esi, PHYS(no_lm_msg)
	jmp early_fail
.have_lm:
	mov edi, PHYS(boot_pd)
	mov eax, PTE_P | PTE_RW | PTE_PS
	mov ecx, 512
.fill_pd:
	mov [edi], eax
	mov dword [edi + 4], 0
	add eax, 1 << 21
	add edi, 8
	loop .fill_pd
	mov eax, PHYS(boot_pd) + (PTE_P | PTE_RW)
	mov [PHYS(boot_pdpt)], eax
	mov [PHYS(boot_pdpt) + 510 * 8], eax
	mov eax, PHYS(boot_pdpt) + (PTE_P | PTE_RW)
	mov [PHYS(boot_pml4)], eax
	mov [PHYS(boot_pml4) + 273 * 8], eax	; PAGE_OFFSET = 0xffff888000000000
	mov [PHYS(boot_pml4) + 511 * 8], eax

	mov eax, cr4
	or eax, CR4_PAE
	mov cr4, eax
	mov eax, PHYS(boot_pml4)
	mov cr3, eax
	mov ecx, MSR_EFER
	rdmsr
	or eax, EFER_LME
	wrmsr
	; CD and NW are set at reset (SDM Vol. 3A, Table 9-1: CR0 = 60000010H)
	; and multiboot leaves them undefined; SeaBIOS clears them, Bochs's
	; BIOS does not. Clear them: normal cache mode (Table 11-5). No WBINVD:
	; with CD set the cache was never filled.
	mov eax, cr0
	and eax, ~(CR0_CD | CR0_NW)
	or eax, CR0_PG | CR0_WP
	mov cr0, eax
	lgdt [PHYS(boot_gdt_desc)]
	jmp 0x08:long_mode_low

%include "boot/early_serial.inc"

bits 64
long_mode_low:
	mov rax, start_high
	jmp rax

section .rodata
no_lm_msg:	db "boot: this CPU has no long mode; boot the i386 or pae kernel instead", 13, 10, 0

; A boot GDT: null, 64-bit code, data. arch/x86/kernel/gdt.c installs the real one.
align 16
boot_gdt:
	dq 0
	dq 0x00af9a000000ffff	; 0x08: 64-bit code
	dq 0x00cf92000000ffff	; 0x10: data
boot_gdt_end:
boot_gdt_desc:			; used before paging: physical base
	dw boot_gdt_end - boot_gdt - 1
	dq PHYS(boot_gdt)
boot_gdt_desc_high:		; after the identity map is gone
	dw boot_gdt_end - boot_gdt - 1
	dq boot_gdt
boot_map_size:
	dq BOOT_MAP_SIZE

section .text
start_high:
	lgdt [rel boot_gdt_desc_high]
	mov ax, 0x10
	mov ds, ax
	mov es, ax
	mov ss, ax
	xor eax, eax
	mov fs, ax
	mov gs, ax
	mov rsp, boot_stack_top
	mov qword [rel boot_pml4], 0
	mov rax, cr3
	mov cr3, rax
	xor ebp, ebp			; ends the frame-pointer chain
	mov edi, [rel boot_magic]
	mov esi, [rel boot_info_pa]
	call start_kernel
.hang:
	cli
	hlt
	jmp .hang

section .bss
align 4096
global boot_pgd, boot_stack, boot_stack_top
boot_pml4:	resb 4096
boot_pdpt:	resb 4096
boot_pd:	resb 4096
boot_pgd	equ boot_pml4
boot_stack:	resb 16384
boot_stack_top:

section .data
global boot_magic, boot_info_pa
boot_magic:	dd 0
boot_info_pa:	dd 0

section .note.GNU-stack noalloc noexec nowrite progbits
