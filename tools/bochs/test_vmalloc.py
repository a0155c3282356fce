#!/usr/bin/env python3
"""Scripted Bochs session: stop at the lazy PGD sync and watch the entry being copied.

    tools/bochs/test_vmalloc.py MODE_DIR [--timeout S] [-v]

MODE_DIR is build/<mode>/ (kernel.elf, kernel.sym). Boots the kernel from a
GRUB ISO with `bochs.break=vmalloc_fault,exit` and the test
lazy_sync.one_fault_then_none, and drives Bochs's debugger interactively
(commands through a FIFO given as the -rc file, the answers read from its
output): continue to the magic break in vmalloc_fault, `creg` (CR2, CR3),
`xp` the live PGD's top-level entry for CR2 (0) and init_mm's
(swapper_pg_dir's, not 0), `page CR2` (not mapped), then `s` and `xp` until
the entry changes, `page CR2` again (mapped), continue to the exit break,
quit. Prints PASS/FAIL per check and one final PASS/FAIL line; exit status
0 iff everything passed, 77 (skipped) on PAE, which never takes the fault.
Files stay in MODE_DIR/bochs-vmalloc/ (bochs.out: the debugger transcript,
with the commands as `<bochs:N> cmd` lines; com1.log).
"""

import argparse
import os
import re
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = 'lazy_sync.one_fault_then_none'
CMDLINE = f'bochs.break=vmalloc_fault,exit ktest.filter={TEST} ktest'
MAX_STEPS = 40
EXIT_SKIP = 77

# Per mode: vmalloc range, top-level index shift and mask, entry size, the
# virtual address of the kernel image's physical 0 (swapper_pg_dir is in it).
MODES = {
    'i386': ((0xf0800000, 0xff800000), 22, 0x3ff, 4, 0xc0000000),
    'x86_64': ((0xffffc90000000000, 0xffffe90000000000), 39, 0x1ff, 8,
               0xffffffff80000000),
}


def symbol(sym_file, name):
    with open(sym_file) as f:
        for line in f:
            addr, sym = line.split()
            if sym == name:
                return int(addr, 16)
    sys.exit(f'{sym_file}: no symbol {name}')


class Bochs:
    """Bochs's debugger, fed one command at a time through a FIFO."""

    def __init__(self, out, timeout, verbose):
        fifo = os.path.join(out, 'cmd.fifo')
        if os.path.exists(fifo):
            os.remove(fifo)
        os.mkfifo(fifo)
        # stdbuf: Bochs's debugger output is stdio, fully buffered on a pipe.
        cmd = ['timeout', '-k', '5', str(timeout), 'stdbuf', '-o0', 'bochs', '-q',
               '-f', os.path.join(out, 'bochsrc'), '-rc', fifo]
        if verbose:
            print('  $ ' + ' '.join(cmd))
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        self.fifo = open(fifo, 'w')
        self.deadline = time.time() + timeout
        self.buf, self.log, self.n = '', [], 0
        with open(os.path.join(out, 'start.rc')) as f:
            self.fifo.write(f.read())
            self.fifo.flush()
        self.wait(r'^Next at t=0\n.*\n')

    def wait(self, pattern):
        """Output up to the end of pattern (Bochs's log lines left out); None on timeout/exit."""
        while True:
            text = '\n'.join(l for l in self.buf.split('\n')
                             if not re.match(r'\d{11}[a-z]\[', l))
            m = re.search(pattern, text, re.M)
            if m:
                self.buf = text[m.end():]
                self.log.append(text[:m.end()])
                return text[:m.end()]
            left = self.deadline - time.time()
            if left <= 0 or self.proc.poll() is not None and not self.more(0):
                self.log.append(text)
                self.buf = ''
                return None
            self.more(min(left, 0.5))

    def more(self, timeout):
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not r:
            return False
        data = os.read(self.proc.stdout.fileno(), 65536)
        self.buf += data.decode('utf-8', 'replace')
        return bool(data)

    def cmd(self, command, pattern):
        self.n += 1
        self.log.append(f'<bochs:{self.n}> {command}\n')
        try:
            self.fifo.write(command + '\n')
            self.fifo.flush()
        except BrokenPipeError:
            return None
        return self.wait(pattern)

    def xp(self, addr, size):
        out = self.cmd(f'xp /1{"w" if size == 4 else "g"}x {addr:#x}',
                       rf'^0x0*{addr:x}(?: <[^>]*>)?:\s+(0x[0-9a-f]+)\n')
        m = out and re.search(r':\s+(0x[0-9a-f]+)\n$', out)
        return int(m.group(1), 16) if m else None

    def quit(self):
        self.n += 1
        self.log.append(f'<bochs:{self.n}> q\n')
        try:
            self.fifo.write('q\n')
            self.fifo.close()
        except BrokenPipeError:
            pass
        rest, _ = self.proc.communicate()
        self.log.append('\n'.join(l for l in (self.buf + rest.decode('utf-8', 'replace'))
                                  .split('\n') if not re.match(r'\d{11}[a-z]\[', l)))
        return self.proc.returncode


STOP = r'^\(0\) Magic breakpoint\nNext at t=\d+\n.*\n'
STEP = r'^Next at t=\d+\n\(0\) .*\n'


def session(mode, mode_dir, out, timeout, verbose):
    """Drive the session; return (facts, transcript, exit status)."""
    (vstart, vend), shift, mask, size, kernel_va = MODES[mode]
    swapper = symbol(os.path.join(mode_dir, 'kernel.sym'), 'swapper_pg_dir') - kernel_va
    b = Bochs(out, timeout, verbose)
    f = {'stop': b.cmd('c', STOP) or ''}
    creg = b.cmd('creg', r'^XCR0=.*\n') or ''
    cr2 = re.search(r'^CR2=page fault laddr=(0x[0-9a-f]+)', creg, re.M)
    cr3 = re.search(r'^CR3=(0x[0-9a-f]+)', creg, re.M)
    f['cr2'] = cr2 and int(cr2.group(1), 16)
    f['cr3'] = cr3 and int(cr3.group(1), 16)
    if f['cr2'] is not None and f['cr3'] is not None:
        index = (f['cr2'] >> shift) & mask
        f['index'] = index
        f['live_at'] = (f['cr3'] & ~0xfff) + index * size
        f['init_at'] = swapper + index * size
        f['before'] = b.xp(f['live_at'], size)
        f['init'] = b.xp(f['init_at'], size)
        f['page_before'] = b.cmd(f'page {f["cr2"]:#x}', r'^(physical address not available|linear page).*\n') or ''
        f['steps'] = []
        for _ in range(MAX_STEPS):
            step = b.cmd('s', STEP)
            if not step:
                break
            f['steps'].append(step.strip().split('\n')[-1])
            f['after'] = b.xp(f['live_at'], size)
            if f['after']:
                break
        f['page_after'] = b.cmd(f'page {f["cr2"]:#x}', r'^(physical address not available|linear page).*\n') or ''
    f['exit'] = b.cmd('c', STOP) or ''
    status = b.quit()
    return f, ''.join(b.log), status, (vstart, vend)


def checks(f, com1, status, vrange, timeout):
    """(description, passed, detail) for everything the session must show."""
    h = lambda v: 'none' if v is None else f'{v:#x}'
    yield ('bochs exited by q, not by the timeout', status == 0,
           f'exit status {status}' + (f' (killed after {timeout} s)' if status in (124, 137) else ''))
    where = f['stop'].strip().split('\n')[-1]
    yield ('the magic break stops in vmalloc_fault',
           '(vmalloc_fault+' in where, where or 'no magic break')
    cr2 = f.get('cr2')
    yield (f'creg: CR2 is in the vmalloc range [{vrange[0]:#x}, {vrange[1]:#x})',
           cr2 is not None and vrange[0] <= cr2 < vrange[1], h(cr2))
    yield ('xp: the live PGD entry for CR2 is 0 before the copy', f.get('before') == 0,
           f'CR3 {h(f.get("cr3"))} index {f.get("index")} @ {h(f.get("live_at"))}: {h(f.get("before"))}')
    yield ("xp: init_mm's (swapper_pg_dir's) entry is present", bool(f.get('init', 0) or 0) and f['init'] & 1,
           f'@ {h(f.get("init_at"))}: {h(f.get("init"))}')
    yield ('page CR2: not mapped before', 'physical address not available' in f.get('page_before', ''),
           f.get('page_before', '').strip().replace('\n', ' | '))
    steps = f.get('steps', [])
    # Each step prints the instruction it stops before: the store is the one before the last.
    store = (([where] + steps)[-2] if steps else 'none').split(': ', 1)[-1]
    yield (f's: the entry is written within {MAX_STEPS} steps', bool(f.get('after')),
           f'{len(steps)} steps, the store: {store}')
    yield ("xp: the live entry now equals init_mm's", f.get('after') is not None and f.get('after') == f.get('init'),
           f'{h(f.get("after"))} vs {h(f.get("init"))}')
    yield ('page CR2: mapped after', 'maps to physical page' in f.get('page_after', ''),
           f.get('page_after', '').strip().replace('\n', ' | '))
    yield ('c: execution resumes to the exit break', '(0) Magic breakpoint' in f['exit'],
           f['exit'].strip().split('\n')[-1] or 'no second magic break')
    name = TEST.split('.')[1]
    yield ('COM1: the test passed, one vmalloc sync',
           f'ok 1 {name}' in com1 and 'ktest: 1 passed, 0 failed' in com1 and
           'pf: 1 vmalloc syncs' in com1,
           ' / '.join(l.strip() for l in com1.splitlines() if l.startswith(('ktest:', 'pf:')))
           or 'no ktest verdict')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('mode_dir')
    ap.add_argument('--timeout', type=int, default=60)
    ap.add_argument('-v', action='store_true', help='print the debugger transcript')
    opts = ap.parse_args()
    mode = os.path.basename(os.path.normpath(opts.mode_dir))
    if mode == 'pae':
        print('SKIP bochs-vmalloc pae: every PGD shares the kernel PMD page, so PAE never takes a vmalloc_fault')
        return EXIT_SKIP
    if mode not in MODES:
        sys.exit(f'{opts.mode_dir}: the last component must be the mode (i386, pae, x86_64)')
    start = time.time()
    out = os.path.join(opts.mode_dir, 'bochs-vmalloc')
    subprocess.run([os.path.join(HERE, 'setup.sh'), opts.mode_dir, out, CMDLINE], check=True)
    if os.path.exists(os.path.join(out, 'com1.log')):
        os.remove(os.path.join(out, 'com1.log'))
    facts, transcript, status, vrange = session(mode, opts.mode_dir, out, opts.timeout, opts.v)
    with open(os.path.join(out, 'bochs.out'), 'w') as f:
        f.write(transcript)
    if opts.v:
        print(transcript)
    com1 = ''
    if os.path.exists(os.path.join(out, 'com1.log')):
        with open(os.path.join(out, 'com1.log'), 'rb') as f:
            com1 = f.read().decode('utf-8', 'replace').replace('\r', '')
    failed = 0
    for what, ok, detail in checks(facts, com1, status, vrange, opts.timeout):
        failed += not ok
        print(f'  {"PASS" if ok else "FAIL"} {what}' + (f': {detail}' if detail and not ok else ''))
    print(f'{"FAIL" if failed else "PASS"} bochs-vmalloc {mode} ({time.time() - start:.1f} s)' +
          (f': {failed} checks failed; transcript {out}/bochs.out, COM1 {out}/com1.log'
           if failed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
