# The scripted GDB session of `make test-debuggers` (tools/gdb/test_pf.py runs
# it after `kconnect`): the kernel runs ktest exceptions.page_fault_null_read,
# which reads address 0 and catches the #PF. Each step echoes a marker for the
# checker.
set pagination off
set confirm off
hbreak do_page_fault
continue
echo === bt\n
bt
echo === cr2\n
p/x $cr2
echo === steps\n
next
next
step
echo === pgwalk 0\n
pgwalk 0
echo === pgwalk start_kernel\n
pgwalk start_kernel
echo === pgd\n
pgd
echo === vmareas\n
vmareas
echo === pfcounters\n
pfcounters
echo === continue\n
delete
continue
