; SPDX-License-Identifier: MIT
; Entry for the x86_64 kernel.
;
; The boot loader enters _start in 32-bit protected mode, paging off, with
; the multiboot magic in eax and the info structure's physical address in
; ebx. We check for long mode, choose the paging format, build boot tables
; that map the first 1 GiB with 2 MiB pages twice (identity, for the
; switch, and at KERNEL_VMA = 0xffffffff80000000 where the kernel is
; linked), enable PAE (and LA57), EFER.LME and paging, far-jump to 64-bit
; code, jump high, drop the identity map and call start_kernel(magic, info).
;
; The format: 5-level when CPUID.(EAX=7,ECX=0):ECX[16] (LA57) is set, the
; kernel is built with CONFIG_X86_5LEVEL and `no5lvl` is not a word of the
; command line; 4-level otherwise. CR4.LA57 can only change while paging is
; off (SDM Vol. 3A, 4.1.1), so it is set here, before CR0.PG, and never
; changes after. __pgtable_l5_enabled records the choice for C.
;
;   boot_pml4[0]   -> boot_pdpt[0]   -> boot_pd (identity, removed later)
;   boot_pml4[273] -> boot_pdpt[0]   -> boot_pd (start of the 4-level direct
;                                               map, so __va works before
;                                               paging_init)
;   boot_pml4[511] -> boot_pdpt[510] -> boot_pd (kernel image)
;
; and in 5-level, one level above it, the same boot_pml4 as the p4d table:
;
;   boot_pml5[0]   -> boot_pml4 (identity through boot_pml4[0], removed later)
;   boot_pml5[273] -> boot_pml4 (0xff11000000000000, the 5-level direct map,
;                                through boot_pml4[0])
;   boot_pml5[511] -> boot_pml4 (kernel image through boot_pml4[511])

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
CR4_LA57	equ 0x00001000
MB1_BOOT_MAGIC	equ 0x2BADB002	; eax from a multiboot1 loader
MB2_BOOT_MAGIC	equ 0x36D76289	; eax from a multiboot2 loader
MSR_EFER	equ 0xc0000080
EFER_LME	equ 0x00000100
BOOT_MAP_SIZE	equ 1 << 30

%define PHYS(x) ((x) - KERNEL_VMA)

global _start
global boot_map_size
extern start_kernel, layout_init

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

	call choose_paging_format
	mov eax, cr4
	or eax, CR4_PAE
	mov cr4, eax
	mov eax, PHYS(boot_pml4)
	cmp dword [PHYS(__pgtable_l5_enabled)], 0
	je .set_cr3
	mov eax, PHYS(boot_pml4) + (PTE_P | PTE_RW)
	mov [PHYS(boot_pml5)], eax
	mov [PHYS(boot_pml5) + 273 * 8], eax	; PAGE_OFFSET = 0xff11000000000000
	mov [PHYS(boot_pml5) + 511 * 8], eax
	mov eax, cr4
	or eax, CR4_LA57		; paging is off: the only time it may change
	mov cr4, eax
	mov eax, PHYS(boot_pml5)
.set_cr3:
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

; Record whether the CPU has LA57 (boot_la57_cpu) and whether the command
; line says no5lvl (boot_no5lvl); set __pgtable_l5_enabled when both allow
; it and the kernel is built for it. Reads the loader's magic and info
; pointer from boot_magic and boot_info_pa. Clobbers eax, ecx, edx, esi, edi.
choose_paging_format:
	push ebx
	xor eax, eax			; CPUID leaf 7 exists?
	cpuid
	cmp eax, 7
	jb .cmdline
	mov eax, 7
	xor ecx, ecx
	cpuid
	test ecx, 1 << 16		; CPUID.(EAX=7,ECX=0):ECX.LA57[16]
	jz .cmdline
	mov dword [PHYS(boot_la57_cpu)], 1
.cmdline:
	mov ebx, [PHYS(boot_info_pa)]
	call find_cmdline		; esi = the command line, or 0
	test esi, esi
	jz .decide
	call has_no5lvl
	mov [PHYS(boot_no5lvl)], eax
.decide:
%ifdef CONFIG_X86_5LEVEL
	cmp dword [PHYS(boot_la57_cpu)], 0
	je .done
	cmp dword [PHYS(boot_no5lvl)], 0
	jne .done
	mov dword [PHYS(__pgtable_l5_enabled)], 1
%endif
.done:
	pop ebx
	ret

; esi = physical address of the NUL-terminated command line from the
; multiboot1 or multiboot2 information at ebx (magic in boot_magic),
; or 0 if there is none.
find_cmdline:
	xor esi, esi
	mov eax, [PHYS(boot_magic)]
	cmp eax, MB1_BOOT_MAGIC
	jne .mb2
	test dword [ebx], 1 << 2	; flags: cmdline valid
	jz .out
	mov esi, [ebx + 16]
	ret
.mb2:
	cmp eax, MB2_BOOT_MAGIC
	jne .out
	lea edi, [ebx + 8]		; the first tag
	mov edx, ebx
	add edx, [ebx]			; end of the information
.tag:
	cmp edi, edx
	jae .out
	mov eax, [edi]			; type
	test eax, eax			; end tag
	jz .out
	cmp eax, 1			; command line
	je .found
	mov eax, [edi + 4]		; size, then 8-byte aligned
	test eax, eax
	jz .out
	add eax, 7
	and eax, ~7
	add edi, eax
	jmp .tag
.found:
	lea esi, [edi + 8]
.out:
	ret

; eax = 1 if `no5lvl` is a whole word (space-separated) of the string at
; esi, else 0. The same words kernel/cmdline.c sees.
has_no5lvl:
	mov edi, esi			; start of the current word
.word:
	mov al, [edi]
	test al, al
	jz .no
	cmp al, ' '
	jne .compare
	inc edi
	jmp .word
.compare:
	xor ecx, ecx
.char:
	mov al, [edi + ecx]
	cmp al, [PHYS(no5lvl_word) + ecx]
	jne .mismatch
	inc ecx
	cmp ecx, no5lvl_len
	jne .char
	mov al, [edi + ecx]		; the word must end here
	test al, al
	jz .yes
	cmp al, ' '
	je .yes
.mismatch:				; skip to the end of this word
	mov al, [edi]
	test al, al
	jz .no
	cmp al, ' '
	je .word
	inc edi
	jmp .mismatch
.yes:
	mov eax, 1
	ret
.no:
	xor eax, eax
	ret

%include "boot/early_serial.inc"

bits 64
long_mode_low:
	mov rax, start_high
	jmp rax

section .rodata
no5lvl_word:	db "no5lvl"
no5lvl_len	equ $ - no5lvl_word
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
	lea rax, [rel boot_pml4]	; the identity map's top-level entry
	lea rcx, [rel boot_pml5]
	cmp dword [rel __pgtable_l5_enabled], 0
	cmovne rax, rcx
	mov qword [rax], 0
	mov rax, cr3
	mov cr3, rax
	xor ebp, ebp			; ends the frame-pointer chain
	call layout_init		; the layout of the chosen format, for __va
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
global boot_pml5, boot_pml4, boot_pdpt	; the APs start on these (smpboot.c)
boot_pml5:	resb 4096
boot_pml4:	resb 4096
boot_pdpt:	resb 4096
boot_pd:	resb 4096
boot_pgd	equ boot_pml4
boot_stack:	resb 16384
boot_stack_top:

section .data
global boot_magic, boot_info_pa, boot_la57_cpu, boot_no5lvl, __pgtable_l5_enabled
boot_magic:	dd 0
boot_info_pa:	dd 0
boot_la57_cpu:	dd 0		; CPUID says LA57
boot_no5lvl:	dd 0		; `no5lvl` on the command line
__pgtable_l5_enabled: dd 0	; paging runs 5-level (CR4.LA57 set)

section .note.GNU-stack noalloc noexec nowrite progbits
