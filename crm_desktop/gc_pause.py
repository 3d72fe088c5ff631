"""Cyclic garbage collection paused while the main window starts, and while worker threads
run.

Start-up makes a few hundred thousand objects (modules, classes, enums, Qt wrappers) that
live as long as the app, and no garbage worth collecting: the collector walking them over
and over cost ~8 ms of the first paint. Once the window is painted they are frozen
(`gc.freeze`), so later collections skip them as well.

A collection runs in whichever thread happens to allocate. Run in a worker thread, it can
free a dropped dialog's Qt objects there, off the GUI thread, and the app crashes (seen: a
duplicates search after a closed dialog, in the tests). So the GUI thread pauses collection
when a worker starts, and resumes it once the last one has ended, from its event loop:
what piled up is collected there, in the GUI thread, outside any Qt call (a collection
set off inside one deadlocked in a Qt object's destructor).
"""

from __future__ import annotations

import gc

_workers = 0  # worker threads running (counted in the GUI thread)
_owed = False  # collection was on when workers paused it (or asked for since): owed back


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Collect again from now on (safe to call twice, and when nothing was paused)."""
    global _owed
    if not gc.isenabled():
        gc.freeze()
        if _workers:
            _owed = True  # once the workers have ended
        else:
            gc.enable()


def worker_started() -> None:
    """(GUI thread) A worker thread starts: no collection until the last one ends."""
    global _workers, _owed
    if gc.isenabled():
        _owed = True
        gc.disable()
    _workers += 1


def worker_ended() -> bool:
    """(GUI thread) A worker thread has ended (its thread joined). True when it was the
    last and collection is owed: the caller then has its event loop call
    `resume_after_workers`."""
    global _workers
    _workers -= 1
    return _workers == 0 and _owed


def resume_after_workers() -> None:
    """(GUI thread, from its event loop) Collect what the workers' time left, and go on
    collecting, unless another worker started meanwhile."""
    global _owed
    if _workers == 0 and _owed:
        _owed = False
        gc.collect(0)  # (all made since the pause is in the youngest generation)
        gc.enable()
