"""Start and stop the real Pub/Sub emulator (``gcloud beta emulators pubsub start``)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import requests

INSTALL_HINT = (
    "The Pub/Sub emulator needs the Google Cloud CLI with its pubsub-emulator component and Java 11+.\n"
    "  Debian/Ubuntu: apt-get install google-cloud-cli google-cloud-cli-pubsub-emulator default-jre-headless\n"
    "  other systems: gcloud components install pubsub-emulator beta (and install a Java runtime)"
)


class EmulatorError(RuntimeError):
    pass


def check_installed() -> None:
    """Raise ``EmulatorError`` with install instructions when something is missing."""
    missing = [tool for tool in ("gcloud", "java") if shutil.which(tool) is None]
    if missing:
        raise EmulatorError(f"{' and '.join(missing)} not found on PATH.\n{INSTALL_HINT}")
    result = subprocess.run(
        ["gcloud", "beta", "emulators", "pubsub", "env-init", "--format=value(.)"],
        capture_output=True, text=True, timeout=60,
    )
    if result.returncode != 0 and "not installed" in (result.stderr + result.stdout).lower():
        raise EmulatorError(f"the pubsub-emulator component is not installed.\n{INSTALL_HINT}")


class PubsubEmulator:
    """The emulator in its own process group: the gcloud wrapper's Java child dies with it."""

    def __init__(self, port: int, project: str, data_dir: Path, log_path: Path) -> None:
        self.port = port
        self.project = project
        self.host = f"127.0.0.1:{port}"
        self._data_dir = data_dir
        self._log_path = log_path
        self._process: subprocess.Popen | None = None

    def start(self, timeout_s: float = 90.0) -> None:
        check_installed()
        self._data_dir.mkdir(parents=True, exist_ok=True)
        log = self._log_path.open("ab")
        self._process = subprocess.Popen(
            ["gcloud", "beta", "emulators", "pubsub", "start", f"--host-port={self.host}",
             f"--project={self.project}", f"--data-dir={self._data_dir}", "--quiet"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise EmulatorError(f"the emulator exited with {self._process.returncode}; see {self._log_path}")
            try:
                if requests.get(f"http://{self.host}/", timeout=1).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise EmulatorError(f"the emulator did not answer within {timeout_s:.0f} s; see {self._log_path}")

    def stop(self) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        stop_process_group(self._process)

    def environ(self) -> dict[str, str]:
        """What the Google client libraries need to talk to this emulator."""
        return {"PUBSUB_EMULATOR_HOST": self.host, "PUBSUB_PROJECT_ID": self.project}

    def __enter__(self) -> PubsubEmulator:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def stop_process_group(process: subprocess.Popen, timeout_s: float = 10.0) -> None:
    """SIGTERM the whole group, then SIGKILL what is left."""
    try:
        pgid = os.getpgid(process.pid)
    except ProcessLookupError:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=timeout_s)
            # The Java child may outlive the wrapper: give the group a moment, then move on.
            time.sleep(0.1)
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue
