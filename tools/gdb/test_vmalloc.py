#!/usr/bin/env python3
"""Scripted GDB session: break in vmalloc_fault under QEMU and check the entry it copies.

    tools/gdb/test_vmalloc.py MODE_DIR [--cpu MODEL] [--timeout S] [-v]

MODE_DIR is build/<mode>/ (kernel.elf). Starts QEMU halted with its gdbstub,
booting kernel.elf with `-kernel` and ktest lazy_sync.one_fault_then_none,
and runs tools/gdb/test_vmalloc.gdb in `gdb -batch` with the helpers of
tools/gdb/lazypgd.py: `hbreak vmalloc_fault`, `bt`, `address` and `$cr2`,
`pgwalk $cr2` (top-level entry not present) and `pgwalk $cr2 init_mm`,
`finish`, `pgwalk $cr2` again (present, init_mm's entry), `pfcounters`
before and after. Prints PASS/FAIL per check and one final PASS/FAIL line;
exit status 0 iff everything passed, 77 (skipped) on PAE, which never takes
the fault. Files stay in MODE_DIR/gdb-vmalloc/ (gdb.out, com1.log).
--cpu sets QEMU's -cpu: with `--cpu qemu64,+la57` the entry synced is a PML5
entry (5-level paging; files in MODE_DIR/gdb-vmalloc-la57/).
"""

import argparse
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_pf import EXIT_PASSED, HERE, QEMU, expected_paging, la57, run, section  # noqa: E402

TEST = 'lazy_sync.one_fault_then_none'
EXIT_SKIP = 77


def top_entry(walk):
    """The value of the first (top-level) line of a pgwalk, or None."""
    m = re.search(r'^  PGD\[(\d+)\] @ phys 0x[0-9a-f]+: (0x[0-9a-f]+)', walk, re.M)
    return (int(m.group(1)), int(m.group(2), 16)) if m else None


def syncs(text):
    m = re.search(r'vmalloc_sync = (\d+)', text)
    return int(m.group(1)) if m else None


def checks(transcript, com1, gdb_status, qemu_status, paging=('4-level', 4)):
    """(description, passed, detail) for everything the session must show."""
    s = {n: section(transcript, n) for n in (
        'bt', 'address', 'cr2', 'pgwalk before', 'pgwalk init_mm', 'pfcounters before',
        'finish', 'pgwalk after', 'pgd after', 'pfcounters after', 'continue')}
    one = lambda t: t.strip().replace('\n', ' | ')[:300]
    yield ('gdb ran the whole script', 'Remote connection closed' in s['continue'],
           f'gdb exit status {gdb_status}, last lines: ' + ' | '.join(transcript.splitlines()[-3:]))
    yield ('hbreak vmalloc_fault is hit',
           bool(re.search(r'^Breakpoint 1, vmalloc_fault \(', transcript, re.M)), '')
    yield ('bt: vmalloc_fault <- do_page_fault <- the test',
           re.search(r'#0 +vmalloc_fault .*\n#1 +.*do_page_fault', s['bt']) is not None and
           'ktest_lazy_sync_one_fault_then_none' in s['bt'], one(s['bt']))
    a, c = (re.search(r'= (0x[0-9a-f]+)', s[n]) for n in ('address', 'cr2'))
    yield ('p/x address equals $cr2', bool(a and c and a.group(1) == c.group(1)),
           f'{a and a.group(1)} vs {c and c.group(1)}')
    before, ref, after = (top_entry(s[n]) for n in ('pgwalk before', 'pgwalk init_mm', 'pgwalk after'))
    yield ('pgwalk $cr2: the top-level entry is not present',
           before is not None and before[1] == 0 and 'not present (PGD entry)' in s['pgwalk before'],
           one(s['pgwalk before']))
    yield ("pgwalk $cr2 init_mm: init_mm's entry is present", bool(ref and ref[1] & 1),
           one(s['pgwalk init_mm']))
    levels = re.findall(r'^  ([A-Z0-9]+)\[\d+\] @ phys', s['pgwalk after'], re.M)
    yield (f'pgwalk $cr2 after: {paging[0]} paging, {paging[1]} levels',
           f'{paging[0]} paging)' in s['pgwalk after'] and len(levels) == paging[1],
           ' '.join(levels))
    yield ('finish returns to do_page_fault', 'do_page_fault' in s['finish'], one(s['finish']))
    yield ("pgwalk $cr2 after: present, the same entry as init_mm's",
           after is not None and after == ref and 'present, RW, kernel' in s['pgwalk after'],
           f'{after} vs {ref}')
    yield ('pgd after: the slot is listed', bool(ref and re.search(
        rf'PGD\[ *{ref[0]}\] .*: 0x0*{ref[1]:x} P', s['pgd after'])), one(s['pgd after']))
    b, c = syncs(s['pfcounters before']), syncs(s['pfcounters after'])
    yield ('pfcounters: vmalloc_sync up by one', b is not None and c == b + 1, f'{b} -> {c}')
    yield ('QEMU exits with status 33 (tests passed)', qemu_status == EXIT_PASSED,
           f'status {qemu_status}')
    yield ('COM1: the test passed, one vmalloc sync',
           'ok 1 one_fault_then_none' in com1 and 'ktest: 1 passed, 0 failed' in com1 and
           'pf: 1 vmalloc syncs' in com1,
           ' / '.join(l for l in com1.splitlines() if l.startswith(('ktest:', 'pf:'))) or 'no verdict')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('mode_dir')
    ap.add_argument('--cpu', help='QEMU -cpu (default: qemu32 / qemu32,+nx / qemu64)')
    ap.add_argument('--timeout', type=int, default=60)
    ap.add_argument('-v', action='store_true', help='print the GDB transcript')
    opts = ap.parse_args()
    mode = os.path.basename(os.path.normpath(opts.mode_dir))
    if mode == 'pae':
        print('SKIP gdb-vmalloc pae: every PGD shares the kernel PMD page, so PAE never takes a vmalloc_fault')
        return EXIT_SKIP
    if mode not in QEMU:
        sys.exit(f'{opts.mode_dir}: the last component must be the mode ({", ".join(QEMU)})')
    start = time.time()
    out = os.path.join(opts.mode_dir, 'gdb-vmalloc' + ('-la57' if la57(opts.cpu) else ''))
    transcript, com1, gdb_status, qemu_status = run(
        mode, opts.mode_dir, opts.timeout, opts.v, test=TEST, out=out,
        script=os.path.join(HERE, 'test_vmalloc.gdb'), cpu=opts.cpu)
    paging = expected_paging(mode, opts.cpu)
    if opts.v:
        print(transcript)
    failed = 0
    for what, ok, detail in checks(transcript, com1, gdb_status, qemu_status, paging):
        failed += not ok
        print(f'  {"PASS" if ok else "FAIL"} {what}' + (f': {detail}' if detail and not ok else ''))
    print(f'{"FAIL" if failed else "PASS"} gdb-vmalloc {mode} {paging[0]} ({time.time() - start:.1f} s)' +
          (f': {failed} checks failed; transcript {out}/gdb.out, COM1 {out}/com1.log'
           if failed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
