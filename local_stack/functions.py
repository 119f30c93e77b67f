"""Run the real entry points of main.py under functions-framework, as subprocesses."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import requests

from local_stack.emulator import stop_process_group

REPO_ROOT = Path(__file__).resolve().parent.parent


class FunctionProcess:
    def __init__(self, target: str, port: int, env: Mapping[str, str], log_path: Path,
                 signature_type: str = "http") -> None:
        self.target = target
        self.port = port
        self.url = f"http://127.0.0.1:{port}/"
        self._env = dict(env)
        self._log_path = log_path
        self._signature_type = signature_type
        self._process: subprocess.Popen | None = None

    def start(self, timeout_s: float = 30.0) -> None:
        log = self._log_path.open("ab")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "functions_framework", "--source", str(REPO_ROOT / "main.py"),
             "--target", self.target, "--signature-type", self._signature_type,
             "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=REPO_ROOT, env=self._env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"{self.target} exited with {self._process.returncode}; see {self._log_path}")
            try:
                requests.get(self.url, timeout=1)  # any answer means it is serving
                return
            except requests.RequestException:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.target} did not start within {timeout_s:.0f} s; see {self._log_path}")

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            stop_process_group(self._process)

    def kill(self) -> None:
        """End it the way a crash does: SIGKILL, no clean-up (tests of what a crash loses)."""
        if self._process is not None and self._process.poll() is None:
            os.killpg(os.getpgid(self._process.pid), signal.SIGKILL)
            self._process.wait(timeout=10)
