; SPDX-License-Identifier: MIT
; The AP trampoline: an AP starts here in real mode after INIT-SIPI-SIPI,
; at CS = page >> 4, IP = 0 (SDM Vol. 3A, 8.4.4.1). smpboot.c copies the
; bytes from trampoline_start to trampoline_end to a page below 1 MiB and
; fills trampoline_header (the BSP's CR0/CR4/EFER, the boot page tables,
; and the physical addresses the far jumps and lgdt need: this code runs
; wherever that page is, so it addresses its data from ebx = page base).
;
;   real mode -> lgdt, CR0.PE -> 32-bit protected mode (flat)
;   -> CR4 (the BSP's, minus PGE), CR3 = the boot page tables of
;      head_*.asm with their identity entry put back for the bring-up,
;      EFER (LME and NXE as on the BSP), CR0 (PG, WP as on the BSP)
;   x86_64: -> far jump to 64-bit code (compatibility -> long mode)
;   -> jump to secondary_startup_* at its kernel address
;   -> CR3 = init_mm's PGD (swapper_pg_dir), CR4 = the BSP's (with PGE
;      now: no global translation of the identity map was ever made),
;      the AP's own stack, start_secondary()
;
; One AP at a time: initial_cr3/initial_cr4/initial_stack are the current
; AP's (smpboot.c waits for it to report in before starting the next).

%define TR(x) ((x) - trampoline_start)

global trampoline_start, trampoline_end, trampoline_header, tr_gdt, tr_pm32
%ifdef CONFIG_X86_64
global tr_lm64
%endif
global secondary_startup
extern start_secondary, initial_cr3, initial_cr4, initial_stack

MSR_EFER	equ 0xc0000080
CR0_PE		equ 1

section .rodata
align 16
trampoline_start:
bits 16
	cli
	cld
	mov ax, cs
	mov ds, ax
	movzx ebx, ax
	shl ebx, 4			; the page's physical address
	o32 lgdt [TR(tr_gdt_desc)]
	mov eax, cr0
	or eax, CR0_PE
	mov cr0, eax
	jmp dword far [TR(tr_pm_ptr)]	; CS = 0x08, flat 32-bit

bits 32
tr_pm32:
	mov ax, 0x10
	mov ds, ax
	mov es, ax
	mov ss, ax
	mov eax, [ebx + TR(tr_cr4)]
	mov cr4, eax
	mov eax, [ebx + TR(tr_boot_cr3)]
	mov cr3, eax
	mov eax, [ebx + TR(tr_efer)]
	mov edx, [ebx + TR(tr_efer) + 4]
	mov ecx, eax
	or ecx, edx
	jz .no_efer			; a CPU without NX or long mode: no EFER
	mov ecx, MSR_EFER
	wrmsr
.no_efer:
	mov eax, [ebx + TR(tr_cr0)]
	mov cr0, eax			; paging on, through the identity entry
%ifdef CONFIG_X86_64
	jmp far [ebx + TR(tr_lm_ptr)]	; CS = 0x18: 64-bit code
bits 64
tr_lm64:
	mov rax, secondary_startup
	jmp rax
%else
	mov eax, secondary_startup
	jmp eax
%endif

align 8
trampoline_header:			; struct trampoline_header (smpboot.c)
tr_cr0:		dd 0
tr_cr4:		dd 0
tr_boot_cr3:	dd 0
		dd 0
tr_efer:	dq 0
tr_gdt:		dq 0
		dq 0x00cf9a000000ffff	; 0x08: 32-bit code, base 0, 4 GiB
		dq 0x00cf92000000ffff	; 0x10: data
		dq 0x00af9a000000ffff	; 0x18: 64-bit code
tr_gdt_desc:	dw 4 * 8 - 1
		dd 0			; physical address of tr_gdt
tr_pm_ptr:	dd 0			; physical address of tr_pm32
		dw 0x08
tr_lm_ptr:	dd 0			; physical address of tr_lm64
		dw 0x18
trampoline_end:

; At the kernel's address, still on the boot tables (which map the image).
section .text
%ifdef CONFIG_X86_64
bits 64
secondary_startup:
	mov rax, [rel initial_cr3]
	mov cr3, rax			; init_mm: the identity map is gone here
	mov rax, [rel initial_cr4]
	mov cr4, rax
	mov rsp, [rel initial_stack]
	xor ebp, ebp			; ends the frame-pointer chain
	call start_secondary
%else
bits 32
secondary_startup:
	mov eax, [initial_cr3]
	mov cr3, eax
	mov eax, [initial_cr4]
	mov cr4, eax
	mov esp, [initial_stack]
	xor ebp, ebp
	call start_secondary
%endif
.hang:
	cli
	hlt
	jmp .hang

section .note.GNU-stack noalloc noexec nowrite progbits
