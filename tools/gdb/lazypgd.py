# GDB helpers for the lazypgd kernel under QEMU's gdbstub (docs/debugging.md).
#
#   gdb -q build/x86_64/kernel.elf -x tools/gdb/lazypgd.py -ex 'kconnect :1234'
#
# Commands:
#   kconnect [HOST:]PORT  target remote with the right architecture for the ELF
#   pgd [CR3|init_mm]     present top-level entries of the live (or given) PGD
#   pgwalk ADDR [CR3|init_mm]  walk ADDR through the page tables, one line per level
#   vmareas               the vmalloc areas, from the kernel's vmap_area tree
#   pfcounters            the fault, vmalloc and TLB-flush counters
#
# The page-table commands follow the CPU's live paging mode (CR0.PG, CR4.PAE,
# EFER.LMA, CR4.LA57): 2-level, PAE, 4-level or 5-level (PGD = PML5, then
# P4D = PML4), whatever the kernel was built for and chose at boot. Page
# tables are read by physical address through QEMU's monitor (`monitor xp`),
# so they work before paging_init too; without a QEMU monitor they fall back
# to the kernel's direct map (PAGE_OFFSET + phys, page_offset_base in 5-level).

import gdb
import gdb.unwinder

P, RW, US, PWT, PCD, A, D, PS, G = (1 << i for i in range(9))
NX = 1 << 63
FLAG_NAMES = ((P, 'P'), (RW, 'RW'), (US, 'US'), (PWT, 'PWT'), (PCD, 'PCD'),
              (A, 'A'), (D, 'D'), (PS, 'PS'), (G, 'G'), (NX, 'NX'))
ADDR_52 = ((1 << 52) - 1) & ~0xfff


class Mode:
    """A paging format: entry size and levels (name, shift, index bits)."""

    def __init__(self, name, entry_size, levels, top_mask, huge_levels):
        self.name, self.entry_size, self.levels = name, entry_size, levels
        self.top_mask = top_mask          # CR3 bits that hold the top table
        self.huge_levels = huge_levels    # levels whose PS bit maps a page

    def table_addr(self, entry):
        return entry & (0xfffff000 if self.entry_size == 4 else ADDR_52)


MODES = {
    '2-level': Mode('2-level', 4, [('PGD', 22, 10), ('PTE', 12, 10)],
                    0xfffff000, {'PGD'}),
    'PAE': Mode('PAE', 8, [('PGD', 30, 2), ('PMD', 21, 9), ('PTE', 12, 9)],
                0xffffffe0, {'PMD'}),
    '4-level': Mode('4-level', 8, [('PGD', 39, 9), ('PUD', 30, 9),
                                   ('PMD', 21, 9), ('PTE', 12, 9)],
                    ADDR_52, {'PUD', 'PMD'}),
    '5-level': Mode('5-level', 8, [('PGD', 48, 9), ('P4D', 39, 9), ('PUD', 30, 9),
                                   ('PMD', 21, 9), ('PTE', 12, 9)],
                    ADDR_52, {'PUD', 'PMD'}),
}


def reg(name):
    """A register as an unsigned int (0 when the stub does not have it)."""
    try:
        return int(gdb.parse_and_eval('$' + name)) & 0xffffffffffffffff
    except gdb.error:
        return 0


def live_mode():
    """The paging mode the CPU is in now, or None with paging off."""
    cr0, cr4, efer = reg('cr0'), reg('cr4'), reg('efer')
    if not cr0 & (1 << 31):
        return None
    if efer & (1 << 10):                                   # EFER.LMA
        return MODES['5-level' if cr4 & (1 << 12) else '4-level']
    return MODES['PAE' if cr4 & (1 << 5) else '2-level']


def read_phys(addr, count, size):
    """count entries of size bytes at physical addr, as ints."""
    fmt = 'g' if size == 8 else 'w'
    try:
        out = gdb.execute(f'monitor xp /{count}{fmt}x {addr:#x}', to_string=True)
        vals = [int(v, 16) for line in out.splitlines() if ':' in line
                for v in line.split(':', 1)[1].split()]
        if len(vals) == count:
            return vals
    except gdb.error:
        pass
    # No QEMU monitor: the direct map (lowmem only, after paging_init).
    data = gdb.selected_inferior().read_memory(direct_map_offset() + addr,
                                               count * size).tobytes()
    return [int.from_bytes(data[i:i + size], 'little') for i in range(0, len(data), size)]


def has_symbol(name):
    return bool(gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name))


def direct_map_offset():
    """PAGE_OFFSET of the loaded kernel (asm/page.h): a variable when the
    x86_64 kernel picks 4- or 5-level paging at boot."""
    if has_symbol('page_offset_base'):
        return int(gdb.parse_and_eval('page_offset_base')) & 0xffffffffffffffff
    return 0xffff888000000000 if gdb.lookup_type('long').sizeof == 8 else 0xc0000000


def flags(entry):
    return ' '.join(n for bit, n in FLAG_NAMES if entry & bit) or '-'


def init_mm_cr3():
    """The physical address of init_mm's PGD (the reference copy of the kernel half)."""
    va = int(gdb.parse_and_eval('(unsigned long)init_mm.pgd'))
    kernel_map = 0xffffffff80000000 if gdb.lookup_type('long').sizeof == 8 else 0xc0000000
    return va - kernel_map if va >= kernel_map else va - direct_map_offset()


def parse_args(arg, n_max):
    """Expressions (quote one with blanks); the word init_mm means init_mm's PGD."""
    args = [init_mm_cr3() if a == 'init_mm' else
            int(gdb.parse_and_eval(f'(unsigned long)({a})')) & 0xffffffffffffffff
            for a in gdb.string_to_argv(arg)]
    if len(args) > n_max:
        raise gdb.GdbError('too many arguments')
    return args


def cr3_and_mode(args, i):
    mode = live_mode()
    if mode is None:
        raise gdb.GdbError('paging is off (CR0.PG = 0): addresses are physical')
    cr3 = args[i] if len(args) > i else reg('cr3')
    return cr3, mode


class KConnect(gdb.Command):
    """kconnect [HOST:]PORT: connect to QEMU's gdbstub (default :1234).

Sets the architecture from the symbol file first: an x86_64 kernel needs
i386:x86-64 from the start, although the CPU boots in 16/32-bit mode, because
qemu-system-x86_64 always sends 64-bit registers ("Remote 'g' packet reply
is too long" otherwise)."""

    def __init__(self):
        super().__init__('kconnect', gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        if not gdb.objfiles():
            raise gdb.GdbError('load the kernel first: gdb build/<mode>/kernel.elf')
        is64 = gdb.lookup_type('long').sizeof == 8
        gdb.execute('set architecture ' + ('i386:x86-64' if is64 else 'i386'))
        target = arg.strip() or ':1234'
        gdb.execute('target remote ' + target)
        print('Connected. Try: hbreak start_kernel / hbreak do_page_fault, then continue.')


class Pgd(gdb.Command):
    """pgd [CR3 | init_mm]: the present entries of the top-level table (live CR3 by default)."""

    def __init__(self):
        super().__init__('pgd', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        cr3, mode = cr3_and_mode(parse_args(arg, 1), 0)
        name, shift, bits = mode.levels[0]
        base = cr3 & mode.top_mask
        entries = read_phys(base, 1 << bits, mode.entry_size)
        print(f'{name} at phys {base:#x} (cr3 {cr3:#x}, {mode.name} paging):')
        va_bits = shift + bits
        w = 2 + 2 * mode.entry_size                       # hex digits of an entry
        vw = 10 if va_bits <= 32 else 18
        for i, e in enumerate(entries):
            if not e & P:
                continue
            va = i << shift
            if va_bits > 32 and va >> (va_bits - 1):       # canonical: sign-extend
                va |= (1 << 64) - (1 << va_bits)
            print(f'  {name}[{i:4}] {va:#0{vw}x}: {e:#0{w}x} {flags(e)}'
                  f' -> {mode.table_addr(e):#x}')


class PgWalk(gdb.Command):
    """pgwalk ADDR [CR3 | init_mm]: walk ADDR through the live (or given) page tables.

An expression with blanks needs quotes: pgwalk "vmalloc_area + 4096"."""

    def __init__(self):
        super().__init__('pgwalk', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        args = parse_args(arg, 2)
        if not args:
            raise gdb.GdbError('usage: pgwalk ADDR [CR3]')
        addr = args[0]
        cr3, mode = cr3_and_mode(args, 1)
        table = cr3 & mode.top_mask
        writable = user = True
        nx = False
        print(f'pgwalk {addr:#x} (cr3 {cr3:#x}, {mode.name} paging)')
        for name, shift, bits in mode.levels:
            idx = (addr >> shift) & ((1 << bits) - 1)
            at = table + idx * mode.entry_size
            e = read_phys(at, 1, mode.entry_size)[0]
            print(f'  {name}[{idx}] @ phys {at:#x}: {e:#x} {flags(e)}')
            if not e & P:
                print(f'  {addr:#x}: not present ({name} entry)')
                return
            if not (mode.name == 'PAE' and name == 'PGD'):  # PDPTEs have no RW/US/NX
                writable &= bool(e & RW)
                user &= bool(e & US)
                nx |= bool(e & NX)
            huge = name in mode.huge_levels and e & PS and \
                (mode.name != '2-level' or reg('cr4') & (1 << 4))  # 4 MiB pages need CR4.PSE
            if name == 'PTE' or huge:
                page = mode.table_addr(e) & ~((1 << shift) - 1)
                if mode.entry_size == 4 and huge:           # PSE-36 bits 13..20
                    page |= ((e >> 13) & 0xff) << 32
                phys = page | (addr & ((1 << shift) - 1))
                print(f'  {addr:#x} -> phys {phys:#x}: present, '
                      f'{"RW" if writable else "RO"}, {"user" if user else "kernel"}, '
                      f'{"NX" if nx else "X"}, {1 << shift >> 10} KiB page')
                return
            table = mode.table_addr(e)


def symbol_of(pc):
    out = gdb.execute(f'info symbol {pc:#x}', to_string=True).strip()
    return out.split(' in section')[0] if not out.startswith('No symbol') else hex(pc)


def field_offset(type_name, field):
    t = gdb.lookup_type(type_name)
    return next(f.bitpos // 8 for f in t.fields() if f.name == field)


class VmAreas(gdb.Command):
    """vmareas: every vmalloc area, from vmap_area_root (mm/vmalloc.c), in address order."""

    def __init__(self):
        super().__init__('vmareas', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        root = gdb.parse_and_eval('vmap_area_root')
        vm_type = gdb.lookup_type('struct vm_struct').pointer()
        off = field_offset('struct vm_struct', 'va')
        print(f"vmap_area_root [{int(root['start']):#x}, {int(root['end']):#x}): "
              f"{int(root['nr_busy'])} busy areas ({int(root['busy_bytes'])} bytes), "
              f"{int(root['nr_free'])} free ranges")
        for va in self.in_order(root['tree']):
            vm = (va.cast(gdb.lookup_type('char').pointer()) - off).cast(vm_type)
            print(f"  {int(va['va_start']):#x}-{int(va['va_end']):#x} "
                  f"size {int(vm['size']):#x} pages {int(vm['nr_pages'])} "
                  f"flags {int(vm['flags']):#x} caller {symbol_of(int(vm['caller']))}")

    def in_order(self, node, depth=0):
        if int(node) == 0 or depth > 64:
            return
        yield from self.in_order(node['rb_child'][0], depth + 1)
        yield node
        yield from self.in_order(node['rb_child'][1], depth + 1)


class FrameId:
    """gdb.unwinder.FrameId, which GDB 13 does not have yet."""

    def __init__(self, sp, pc):
        self.sp, self.pc = sp, pc


class InterruptFrameUnwinder(gdb.unwinder.Unwinder):
    """Unwind through interrupt_common (arch/x86/entry/entry_*.asm) using its
    struct pt_regs, so that `bt` in an exception handler goes on into the
    code that trapped. NASM emits no CFI for the entry code."""

    def __init__(self):
        super().__init__('lazypgd-interrupt-frame')

    def __call__(self, pending_frame):
        try:
            start = int(gdb.parse_and_eval('(unsigned long)&interrupt_common'))
            end = int(gdb.parse_and_eval('(unsigned long)&exception_catch_resume'))
        except gdb.error:
            return None
        pc = int(pending_frame.read_register('pc'))
        if not start < pc < end:        # only at the return address of its call
            return None
        ulong = gdb.lookup_type('unsigned long')
        is64 = ulong.sizeof == 8
        if is64:    # rbp = rsp = &pt_regs at the call
            addr = int(pending_frame.read_register('rbp'))
        else:       # the pt_regs pointer pushed as do_interrupt's argument
            sp = int(pending_frame.read_register('esp'))
            addr = int(gdb.Value(sp).cast(ulong.pointer()).dereference())
        regs = gdb.Value(addr).cast(gdb.lookup_type('struct pt_regs').pointer()).dereference()
        if is64:
            sp = regs['sp']
        else:       # a kernel-mode trap pushes no SP: the old stack is at &regs->sp
            sp = regs['sp'] if int(regs['cs']) & 3 else regs['sp'].address.cast(ulong)
        info = pending_frame.create_unwind_info(FrameId(gdb.Value(addr), gdb.Value(start)))
        prefix = 'r' if is64 else 'e'
        info.add_saved_register(prefix + 'ip', regs['ip'])
        info.add_saved_register(prefix + 'sp', sp)
        info.add_saved_register(prefix + 'bp', regs['bp'])
        for r in ('ax', 'bx', 'cx', 'dx', 'si', 'di'):
            info.add_saved_register(prefix + r, regs[r])
        return info


# The counters pfcounters prints, where they exist in this kernel.
COUNTERS = [
    'pf_stats',         # arch/x86/mm/fault.c: vmalloc_sync, spurious, oops, loops
    'vmalloc_stats',    # mm/vmalloc.c
    'tlb_flush_stats',  # arch/x86/mm/tlb.c
    'task_stack_stats', # kernel/task_stack.c: stacks allocated, reused, freed, synced
    'nmi_stats',        # arch/x86/kernel/nmi.c: NMIs taken, handler runs, latched
    # >>> sync-fault counters of later issues (per-PGD syncs, ...) go here <<<
]


class PfCounters(gdb.Command):
    """pfcounters: the page-fault, vmalloc, TLB-flush, kernel-stack and NMI counters."""

    def __init__(self):
        super().__init__('pfcounters', gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        for name in COUNTERS:
            if has_symbol(name + '_cpu'):
                print_per_cpu_sum(name)
            elif has_symbol(name):
                gdb.execute(f'print {name}')
            else:
                print(f'{name}: not in this kernel')


def print_per_cpu_sum(name):
    """A per-CPU counter array (NAME_cpu[NR_CPUS]), summed field by field as the kernel reads it."""
    arr = gdb.parse_and_eval(name + '_cpu')
    n = arr.type.range()[1] + 1
    fields = [f.name for f in arr[0].type.strip_typedefs().fields()]
    sums = {f: sum(int(arr[i][f]) for i in range(n)) for f in fields}
    print(f'{name} (summed over {n} CPUs) = {{' +
          ', '.join(f'{f} = {v}' for f, v in sums.items()) + '}')


for cmd in (KConnect, Pgd, PgWalk, VmAreas, PfCounters):
    cmd()
gdb.unwinder.register_unwinder(None, InterruptFrameUnwinder(), replace=True)
