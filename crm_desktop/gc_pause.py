"""Cyclic garbage collection paused while the main window starts.

Start-up makes a few hundred thousand objects (modules, classes, enums, Qt wrappers) that
live as long as the app, and no garbage worth collecting: the collector walking them over
and over cost ~8 ms of the first paint. Once the window is painted they are frozen
(`gc.freeze`), so later collections skip them as well.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Collect again from now on (safe to call twice, and when nothing was paused)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
