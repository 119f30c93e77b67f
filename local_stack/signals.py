"""Run until Ctrl-C or SIGTERM, for the long-running local processes.

A signal handler must not take a lock the main thread may hold: setting a
``threading.Event`` from a handler while the main thread waits on it
deadlocks when a second signal lands inside the first handler. So a stop
signal raises ``KeyboardInterrupt`` in the main thread, which waits in
``signal.pause()``; the first one switches the handlers to ignore, so a
second Ctrl-C cannot cut the clean-up short.
"""

from __future__ import annotations

import signal

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def interrupt_on_stop_signals() -> None:
    for signum in STOP_SIGNALS:
        signal.signal(signum, _interrupt_once)


def _interrupt_once(signum, frame) -> None:
    ignore_stop_signals()
    raise KeyboardInterrupt


def wait_for_stop_signal() -> None:
    """Return never; a stop signal ends the wait with ``KeyboardInterrupt``."""
    while True:
        signal.pause()


def ignore_stop_signals() -> None:
    """While shutting down, another stop signal must not cut the clean-up short."""
    for signum in STOP_SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
