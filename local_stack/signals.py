"""Run until Ctrl-C or SIGTERM, for the long-running local processes.

A signal handler must not take a lock the main thread may hold: setting a
``threading.Event`` from a handler while the main thread waits on it
deadlocks when a second signal lands inside the first handler. So a stop
signal raises ``KeyboardInterrupt`` in the main thread, which waits in
short sleeps; the first one switches the handlers to ignore, so a
second Ctrl-C cannot cut the clean-up short.
"""

from __future__ import annotations

import signal
import time

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def interrupt_on_stop_signals() -> None:
    for signum in STOP_SIGNALS:
        signal.signal(signum, _interrupt_once)


def _interrupt_once(signum, frame) -> None:
    ignore_stop_signals()
    raise KeyboardInterrupt


def wait_for_stop_signal() -> None:
    """Return never; a stop signal ends the wait with ``KeyboardInterrupt``.

    Short sleeps rather than ``signal.pause()``: the kernel may hand a process's signal to any of its threads, and
    then only the main thread's next wake-up runs the handler."""
    while True:
        time.sleep(0.5)


def ignore_stop_signals() -> None:
    """While shutting down, another stop signal must not cut the clean-up short."""
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
