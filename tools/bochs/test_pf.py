#!/usr/bin/env python3
"""Scripted Bochs session: stop in the #PF handler and check what the debugger shows.

    tools/bochs/test_pf.py MODE_DIR [--timeout S] [-v]

MODE_DIR is build/<mode>/ (kernel.elf, kernel.sym). Boots the kernel from a
GRUB ISO with `bochs.break=page_fault,exit` and the one test that reads
address 0, then in Bochs's debugger: continue to the magic break in
do_page_fault, `creg`, `page 0`, `page start_kernel`, `u`, three `s`, continue
to the exit break, quit. Prints PASS/FAIL per check and one final
PASS/FAIL line; exit status 0 iff everything passed. Files stay in
MODE_DIR/bochs-test/ (bochs.out: the debugger transcript, com1.log).
"""

import argparse
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = 'exceptions.page_fault_null_read'
CMDLINE = f'bochs.break=page_fault,exit ktest.filter={TEST} ktest'

# Per mode: how creg shows the paging mode, and the top-level entry `page 0`
# prints (PAE: Bochs prints no PDPTE line).
MODE_FLAGS = {
    'i386': (r'CR4=.* pae ', r'EFER=.* lma ', r' PDE: 0x0+ '),
    'pae': (r'CR4=.* PAE ', r'EFER=.* lma ', None),
    'x86_64': (r'CR4=.* PAE ', r'EFER=.* LMA ', r'PML4: 0x0+ '),
}


def symbol(sym_file, name):
    with open(sym_file) as f:
        for line in f:
            addr, sym = line.split()
            if sym == name:
                return int(addr, 16)
    sys.exit(f'{sym_file}: no symbol {name}')


def run(mode_dir, timeout, verbose):
    """Run the session; return (bochs transcript, COM1 log, exit status)."""
    out = os.path.join(mode_dir, 'bochs-test')
    subprocess.run([os.path.join(HERE, 'setup.sh'), mode_dir, out, CMDLINE], check=True)
    text = symbol(os.path.join(mode_dir, 'kernel.sym'), 'start_kernel')
    rc = os.path.join(out, 'test.rc')
    with open(os.path.join(out, 'start.rc')) as f, open(rc, 'w') as r:
        r.write(f.read())
        r.write(f'c\ncreg\npage 0\npage {text:#x}\nu /3\ns\ns\ns\nc\nq\n')
    for f in ('com1.log', 'bochs.out'):
        if os.path.exists(os.path.join(out, f)):
            os.remove(os.path.join(out, f))
    cmd = ['timeout', '-k', '5', str(timeout), 'bochs', '-q', '-f',
           os.path.join(out, 'bochsrc'), '-rc', rc]
    if verbose:
        print('  $ ' + ' '.join(cmd))
    with open(os.path.join(out, 'bochs.out'), 'w') as f:
        status = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=f,
                                stderr=subprocess.STDOUT).returncode
    with open(os.path.join(out, 'bochs.out'), errors='replace') as f:
        transcript = f.read()
    com1 = ''
    if os.path.exists(os.path.join(out, 'com1.log')):
        with open(os.path.join(out, 'com1.log'), 'rb') as f:
            com1 = f.read().decode('utf-8', 'replace').replace('\r', '')
    return transcript, com1, status


def checks(mode, transcript, com1, status, timeout):
    """(description, passed, detail) for everything the session must show."""
    # The debugger's lines, without Bochs's log lines (00000000000i[...]).
    lines = [l for l in transcript.splitlines() if not re.match(r'\d{11}[a-z]\[', l)]
    text = '\n'.join(lines)
    stops = [i for i, l in enumerate(lines) if l == '(0) Magic breakpoint']
    first = lines[stops[0] + 2] if stops else ''
    cr4, efer, top = MODE_FLAGS[mode]
    # Between the two magic breaks: where it stopped, then one line per step.
    between = text.split('(0) Magic breakpoint')[1] if stops else ''
    steps = re.findall(r'^Next at t=\d+\n\(0\) \[0x[0-9a-f]+\] [0-9a-f]{4}:[0-9a-f]+ \(([^)]+)\)',
                       between, re.M)[1:]
    yield ('bochs exited by q, not by the timeout', status == 0,
           f'exit status {status}' + (f' (killed after {timeout} s)' if status in (124, 137) else ''))
    yield ('the magic break stops in do_page_fault', '(do_page_fault+' in first, first or 'no magic break')
    yield ('creg: CR2 holds the faulting address 0',
           'CR2=page fault laddr=0x0000000000000000' in text,
           next((l for l in lines if l.startswith('CR2=')), 'no CR2 line'))
    yield (f'creg: paging mode is {mode}', bool(re.search(cr4, text) and re.search(efer, text)),
           ' / '.join(l[:60] for l in lines if l.startswith(('CR4=', 'EFER='))))
    yield ('page 0: not mapped',
           'physical address not available for linear 0x0000000000000000' in text, '')
    if top:
        yield ('page 0: the top-level entry is 0', bool(re.search(top, text)), '')
    m = re.search(r' PTE: (0x[0-9a-f]+) .* ([RW]) P\nlinear page (0x[0-9a-f]+) maps to', text)
    yield ('page start_kernel: mapped read-only', bool(m and m.group(2) == 'R'),
           m.group(0).replace('\n', ' | ') if m else 'no "maps to" line')
    yield ('s: three single steps', len(steps) == 3, ', '.join(steps) or 'no step output')
    yield ('c: execution resumes to the exit break', len(stops) >= 2, f'{len(stops)} magic breaks')
    yield ('COM1: the test passed', f'ok 1 {TEST.split(".")[1]}' in com1 and
           'ktest: 1 passed, 0 failed' in com1,
           next((l.strip() for l in com1.splitlines() if 'ktest:' in l), 'no ktest verdict'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('mode_dir')
    ap.add_argument('--timeout', type=int, default=60)
    ap.add_argument('-v', action='store_true', help='print the debugger transcript')
    opts = ap.parse_args()
    mode = os.path.basename(os.path.normpath(opts.mode_dir))
    if mode not in MODE_FLAGS:
        sys.exit(f'{opts.mode_dir}: the last component must be the mode ({", ".join(MODE_FLAGS)})')
    start = time.time()
    transcript, com1, status = run(opts.mode_dir, opts.timeout, opts.v)
    if opts.v:
        print(transcript)
    failed = 0
    for what, ok, detail in checks(mode, transcript, com1, status, opts.timeout):
        failed += not ok
        print(f'  {"PASS" if ok else "FAIL"} {what}' + (f': {detail}' if detail and not ok else ''))
    out = os.path.join(opts.mode_dir, 'bochs-test')
    verdict = 'FAIL' if failed else 'PASS'
    print(f'{verdict} bochs {mode} ({time.time() - start:.1f} s)' +
          (f': {failed} checks failed; transcript {out}/bochs.out, COM1 {out}/com1.log'
           if failed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
