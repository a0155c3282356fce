#!/usr/bin/env python3
"""Scripted GDB session: break in the #PF handler under QEMU and check what GDB shows.

    tools/gdb/test_pf.py MODE_DIR [--cpu MODEL] [--timeout S] [-v]

MODE_DIR is build/<mode>/ (kernel.elf). Starts QEMU halted with its gdbstub
on a free port, booting kernel.elf with `-kernel` and the one test that reads
address 0, and runs tools/gdb/test_pf.gdb in `gdb -batch` with the helpers of
tools/gdb/lazypgd.py. Prints PASS/FAIL per check and one final PASS/FAIL
line; exit status 0 iff everything passed. Files stay in MODE_DIR/gdb-test/
(gdb.out: the transcript, com1.log).
--cpu sets QEMU's -cpu: `--cpu qemu64,+la57` boots x86_64 in 5-level paging
(files then in MODE_DIR/gdb-test-la57/), and the walk must show five levels.
"""

import argparse
import os
import re
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEST = 'exceptions.page_fault_null_read'
QEMU = {'i386': ['qemu-system-i386', '-cpu', 'qemu32'],
        'pae': ['qemu-system-i386', '-cpu', 'qemu32,+nx'],
        'x86_64': ['qemu-system-x86_64', '-cpu', 'qemu64']}
EXIT_PASSED = 33    # isa-debug-exit: every test passed


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def la57(cpu):
    """Does QEMU's -cpu give the guest LA57 (5-level paging)?"""
    return bool(cpu) and ('+la57' in cpu or cpu.split(',')[0] == 'max')


def expected_paging(mode, cpu):
    """The paging format the kernel picks: (name as pgwalk prints it, levels)."""
    return {'i386': ('2-level', 2), 'pae': ('PAE', 3)}.get(
        mode, ('5-level', 5) if la57(cpu) else ('4-level', 4))


def run(mode, mode_dir, timeout, verbose, test=TEST, out=None, script=None, cpu=None):
    """Run QEMU and the GDB script; return (transcript, COM1 log, gdb status, QEMU status)."""
    out = out or os.path.join(mode_dir, 'gdb-test' + ('-la57' if la57(cpu) else ''))
    script = script or os.path.join(HERE, 'test_pf.gdb')
    os.makedirs(out, exist_ok=True)
    kernel, com1 = os.path.join(mode_dir, 'kernel.elf'), os.path.join(out, 'com1.log')
    port = free_port()
    qemu = QEMU[mode][:1] + ['-cpu', cpu or QEMU[mode][2], '-m', '128M', '-S', '-gdb', f'tcp:127.0.0.1:{port}',
                         '-kernel', kernel, '-append', f'ktest ktest.filter={test}',
                         '-serial', f'file:{com1}', '-display', 'none', '-no-reboot',
                         '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04']
    gdb = ['gdb', '-q', '-batch', '-nx', kernel, '-x', os.path.join(HERE, 'lazypgd.py'),
           '-ex', f'kconnect 127.0.0.1:{port}', '-x', script]
    if verbose:
        print('  $ ' + ' '.join(qemu) + '\n  $ ' + ' '.join(gdb))
    q = subprocess.Popen(['timeout', '-k', '5', str(timeout)] + qemu,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    with open(os.path.join(out, 'gdb.out'), 'w') as f:
        g = subprocess.run(['timeout', '-k', '5', str(timeout)] + gdb,
                           stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
    try:
        qstatus = q.wait(timeout=10)
    except subprocess.TimeoutExpired:
        q.kill()
        qstatus = q.wait()
    with open(os.path.join(out, 'gdb.out'), errors='replace') as f:
        transcript = f.read()
    serial = ''
    if os.path.exists(com1):
        with open(com1, 'rb') as f:
            serial = f.read().decode('utf-8', 'replace').replace('\r', '')
    return transcript, serial, g.returncode, qstatus


def section(text, name):
    """What GDB printed after `echo === name`, up to the next marker."""
    m = re.search(rf'^=== {re.escape(name)}\n(.*?)(?=^=== |\Z)', text, re.M | re.S)
    return m.group(1) if m else ''


def checks(transcript, com1, gdb_status, qemu_status, paging=('4-level', 4)):
    """(description, passed, detail) for everything the session must show."""
    bt, cr2, steps = (section(transcript, s) for s in ('bt', 'cr2', 'steps'))
    walk0, walk_text = section(transcript, 'pgwalk 0'), section(transcript, 'pgwalk start_kernel')
    stop = re.search(r'^Breakpoint 1, (do_page_fault) \(', transcript, re.M)
    # The last `continue` ends when QEMU exits: gdb reports the closed
    # connection as an error of that command (exit status 1).
    yield ('gdb ran the whole script', 'Remote connection closed' in section(transcript, 'continue'),
           f'gdb exit status {gdb_status}, last lines: ' + ' | '.join(transcript.splitlines()[-3:]))
    yield ('hbreak do_page_fault is hit', bool(stop), '')
    yield ('bt reaches the test through the interrupt frame',
           'ktest_exceptions_page_fault_null_read' in bt, bt.strip().replace('\n', ' | ')[:300])
    yield ('$cr2 is 0', cr2.strip() == '$1 = 0x0', cr2.strip())
    lines = re.findall(r'^(\d+)\t', steps, re.M)
    yield ('next, next, step move through the source', len(set(lines)) >= 2,
           steps.strip().replace('\n', ' | '))
    yield ('pgwalk 0: not present', '0x0: not present' in walk0, walk0.strip().replace('\n', ' | '))
    yield ('pgwalk start_kernel: present, read-only', 'present, RO, kernel' in walk_text,
           walk_text.strip().replace('\n', ' | '))
    levels = re.findall(r'^  ([A-Z0-9]+)\[\d+\] @ phys', walk_text, re.M)
    yield (f'pgwalk start_kernel: {paging[0]} paging, {paging[1]} levels',
           f'{paging[0]} paging)' in walk_text and len(levels) == paging[1],
           ' '.join(levels) + ' | ' + walk_text.strip().split('\n')[0])
    yield ('QEMU exits with status 33 (tests passed)', qemu_status == EXIT_PASSED,
           f'status {qemu_status}')
    yield ('COM1: the test passed', 'ktest: 1 passed, 0 failed' in com1,
           next((l for l in com1.splitlines() if 'ktest:' in l), 'no ktest verdict'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('mode_dir')
    ap.add_argument('--cpu', help='QEMU -cpu (default: qemu32 / qemu32,+nx / qemu64)')
    ap.add_argument('--timeout', type=int, default=60)
    ap.add_argument('-v', action='store_true', help='print the GDB transcript')
    opts = ap.parse_args()
    mode = os.path.basename(os.path.normpath(opts.mode_dir))
    if mode not in QEMU:
        sys.exit(f'{opts.mode_dir}: the last component must be the mode ({", ".join(QEMU)})')
    start = time.time()
    transcript, com1, gdb_status, qemu_status = run(mode, opts.mode_dir, opts.timeout, opts.v,
                                                    cpu=opts.cpu)
    if opts.v:
        print(transcript)
    failed = 0
    paging = expected_paging(mode, opts.cpu)
    for what, ok, detail in checks(transcript, com1, gdb_status, qemu_status, paging):
        failed += not ok
        print(f'  {"PASS" if ok else "FAIL"} {what}' + (f': {detail}' if detail and not ok else ''))
    out = os.path.join(opts.mode_dir, 'gdb-test' + ('-la57' if la57(opts.cpu) else ''))
    print(f'{"FAIL" if failed else "PASS"} gdb {mode} {paging[0]} ({time.time() - start:.1f} s)' +
          (f': {failed} checks failed; transcript {out}/gdb.out, COM1 {out}/com1.log'
           if failed else ''))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
