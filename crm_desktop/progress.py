"""The progress callback long work takes: (done, total) -> False once the owner cancelled.

The services call it between steps and, on False, roll back and raise CancelledError; the
GUI passes one that drives a progress dialog (ui.workers), the CLI passes none.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]
