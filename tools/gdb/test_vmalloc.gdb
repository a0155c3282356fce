# The scripted GDB session of tools/gdb/test_vmalloc.py (after `kconnect`):
# the kernel runs ktest lazy_sync.one_fault_then_none, whose one #PF is a
# lazy PGD sync. vmalloc_fault is inlined into do_page_fault; hbreak stops
# at the inlined copy. Each step echoes a marker for the checker.
set pagination off
set confirm off
hbreak vmalloc_fault
continue
echo === bt\n
bt
echo === address\n
p/x address
echo === cr2\n
p/x $cr2
echo === pgwalk before\n
pgwalk $cr2
echo === pgwalk init_mm\n
pgwalk $cr2 init_mm
echo === pfcounters before\n
pfcounters
echo === finish\n
finish
echo === pgwalk after\n
pgwalk $cr2
echo === pgd after\n
pgd
echo === pfcounters after\n
pfcounters
echo === continue\n
delete
continue
