section .rodata
global user_prog_forever, user_prog_forever_end
user_prog_forever: incbin "build-clang/x86_64/user/forever.bin"
user_prog_forever_end:
global user_prog_hello, user_prog_hello_end
user_prog_hello: incbin "build-clang/x86_64/user/hello.bin"
user_prog_hello_end:
global user_prog_hostile, user_prog_hostile_end
user_prog_hostile: incbin "build-clang/x86_64/user/hostile.bin"
user_prog_hostile_end:
global user_prog_probe, user_prog_probe_end
user_prog_probe: incbin "build-clang/x86_64/user/probe.bin"
user_prog_probe_end:
global user_prog_segments, user_prog_segments_end
user_prog_segments: incbin "build-clang/x86_64/user/segments.bin"
user_prog_segments_end:
global user_prog_sleeper, user_prog_sleeper_end
user_prog_sleeper: incbin "build-clang/x86_64/user/sleeper.bin"
user_prog_sleeper_end:
section .note.GNU-stack noalloc noexec nowrite progbits
