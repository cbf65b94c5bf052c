"""``release_freed_memory``: what a large build freed goes back to the operating system (Linux, glibc)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's (Linux)")
def test_memory_a_large_build_freed_goes_back_to_the_system() -> None:
    script = textwrap.dedent("""
        import sys
        from app.memory import release_freed_memory

        def resident_mb():
            with open("/proc/self/status") as status:
                return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmRSS"))

        # about 50 MB in blocks the C allocator keeps in its heap (as SQLite's pages and Python's big lists
        # are), of which a few survive, as a build's result does: the holes between them stay resident
        blocks = [bytearray(64 * 1024) for _ in range(800)]
        keep = blocks[::20]
        del blocks
        before = resident_mb()
        release_freed_memory()
        print(before, resident_mb(), len(keep))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    before, after, kept = (int(n) for n in done.stdout.split())
    assert kept == 40
    assert after < before - 10, f"resident {before} MB before the trim, {after} MB after"
