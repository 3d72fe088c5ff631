"""The peak memory of a benchmark's child process, as the child itself reports it.

Probes print PEAK_MB_SNIPPET's result last. It reads VmHWM, the process's own high-water
mark. ru_maxrss would not do: Linux carries a parent's peak across fork and exec, so a
child started from pytest reported pytest's size (~300 MB after the million-row
benchmarks), whatever it used itself.
"""

PEAK_MB_SNIPPET = """
def _peak_mb():
    import re, resource
    from pathlib import Path
    status = Path("/proc/self/status")
    if status.exists():
        return int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()).group(1)) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
"""
