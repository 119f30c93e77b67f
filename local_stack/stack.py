"""The whole pipeline on one machine: emulator, topology, Customer.io, ingest, process,
and the push forwarder that delivers the ordered subscription to process.

Used by ``make run`` (``python -m local_stack``), the integration tests and the
benchmarks, so all three exercise the same real parts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import requests

from local_stack import topology as topo
from local_stack.emulator import PubsubEmulator, stop_process_group
from local_stack.functions import REPO_ROOT, FunctionProcess
from local_stack.push_forwarder import READY_LINE

# Embedded defaults: a fresh clone runs with no configuration at all.
LOCAL_PROJECT = "twilio-optout-local"
LOCAL_TWILIO_AUTH_TOKEN = "local-twilio-auth-token"
SANDBOX_CREDENTIALS = {
    "CUSTOMERIO_SITE_ID": "sandbox-site",
    "CUSTOMERIO_TRACK_API_KEY": "sandbox-track-key",
    "CUSTOMERIO_APP_API_KEY": "sandbox-app-key",
}
REAL_CUSTOMERIO_VARIABLES = tuple(SANDBOX_CREDENTIALS)
# Settings that flow from the caller's environment to the functions when set.
PASSED_THROUGH = (
    "CUSTOMERIO_REGION", "PHONE_ATTRIBUTE", "UNSUBSCRIBE_ATTRIBUTE",
    "OPT_OUT_KEYWORDS", "OPT_IN_KEYWORDS", "KEYWORD_MATCH", "OPT_OUT_REPLY",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class StackSettings:
    project: str = LOCAL_PROJECT
    emulator_port: int = 8085
    ingest_port: int = 8080
    process_port: int = 8081
    sandbox_port: int = 8090
    work_dir: Path = REPO_ROOT / ".local"
    twilio_auth_token: str = LOCAL_TWILIO_AUTH_TOKEN
    # None: start the sandbox; a dict of CUSTOMERIO_* values: talk to that Customer.io.
    customerio: Mapping[str, str] | None = None
    sandbox_seed: str = "demo"
    sandbox_app_rps: float = 10
    sandbox_track_rps: float = 100
    delivery: topo.DeliverySettings = topo.DeliverySettings()
    ingest_env: Mapping[str, str] = field(default_factory=dict)
    process_env: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_environment(cls, env: Mapping[str, str] = os.environ) -> StackSettings:
        """Real Customer.io when its credentials are set, the sandbox otherwise."""
        settings = cls(twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or LOCAL_TWILIO_AUTH_TOKEN)
        passed = {name: env[name] for name in PASSED_THROUGH if env.get(name)}
        settings = replace(settings, ingest_env=passed, process_env=passed)
        if all(env.get(name) for name in REAL_CUSTOMERIO_VARIABLES):
            real = {name: env[name] for name in REAL_CUSTOMERIO_VARIABLES}
            real.update({n: env[n] for n in ("CUSTOMERIO_TRACK_URL", "CUSTOMERIO_APP_URL") if env.get(n)})
            settings = replace(settings, customerio=real)
        return settings

    @classmethod
    def on_free_ports(cls, **overrides) -> StackSettings:
        ports = {name: free_port() for name in ("emulator_port", "ingest_port", "process_port", "sandbox_port")}
        return cls(**{**ports, **overrides})


class LocalStack:
    def __init__(self, settings: StackSettings) -> None:
        self.settings = settings
        self.topology = topo.Topology.named(settings.project)
        work = settings.work_dir
        self.logs_dir = work / "logs"
        self.emulator = PubsubEmulator(settings.emulator_port, settings.project, work / "pubsub-data",
                                       self.logs_dir / "pubsub-emulator.log")
        self.sandbox_url = f"http://127.0.0.1:{settings.sandbox_port}" if settings.customerio is None else None
        self.ingest = FunctionProcess("ingest", settings.ingest_port, self._ingest_env(),
                                      self.logs_dir / "ingest.log")
        self.process = FunctionProcess("process", settings.process_port, self._process_env(),
                                       self.logs_dir / "process.log", signature_type="cloudevent")
        self._sandbox: subprocess.Popen | None = None
        self._forwarder: subprocess.Popen | None = None

    @property
    def webhook_url(self) -> str:
        return self.ingest.url

    def start(self) -> LocalStack:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        # A previous run's messages would be redelivered: start from an empty emulator.
        shutil.rmtree(self.settings.work_dir / "pubsub-data", ignore_errors=True)
        try:
            self.emulator.start()
            os.environ.update(self.emulator.environ())  # for this process's own clients
            topo.create(self.topology, self.settings.delivery)
            if self.sandbox_url:
                self._start_sandbox()
            self.process.start()
            self.start_forwarder()
            self.ingest.start()
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.ingest.stop()
        for child in (self._forwarder, self._sandbox):
            if child is not None and child.poll() is None:
                stop_process_group(child)
        with contextlib.suppress(Exception):
            self.process.stop()
        self.emulator.stop()

    def __enter__(self) -> LocalStack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- parts ---------------------------------------------------------------

    def _base_env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("CUSTOMERIO_", "TWILIO_"))}
        env.update(self.emulator.environ())
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def _ingest_env(self) -> dict[str, str]:
        return {
            **self._base_env(),
            "TWILIO_AUTH_TOKEN": self.settings.twilio_auth_token,
            "PUBSUB_TOPIC": self.topology.events.topic,
            **self.settings.ingest_env,
        }

    def _process_env(self) -> dict[str, str]:
        if self.sandbox_url:
            customerio = {**SANDBOX_CREDENTIALS, "CUSTOMERIO_TRACK_URL": self.sandbox_url,
                          "CUSTOMERIO_APP_URL": self.sandbox_url}
        else:
            customerio = dict(self.settings.customerio or {})
        return {
            **self._base_env(),
            **customerio,
            "DEAD_LETTER_TOPIC": self.topology.dead_letter_topic,
            # As in Terraform: as many functions-framework threads as pushes may be outstanding.
            "THREADS": str(self.settings.delivery.window),
            **self.settings.process_env,
        }

    def stop_forwarder(self) -> None:
        """Stop pushing (messages stay on the subscription), e.g. to let a backlog build up."""
        if self._forwarder is not None and self._forwarder.poll() is None:
            stop_process_group(self._forwarder)

    def start_forwarder(self, timeout_s: float = 30.0) -> None:
        d = self.settings.delivery
        log_path = self.logs_dir / "push-forwarder.log"
        log = log_path.open("ab")
        already = log_path.stat().st_size
        self._forwarder = subprocess.Popen(
            [sys.executable, "-m", "local_stack.push_forwarder",
             "--subscription", self.topology.events.subscription, "--endpoint", self.process.url,
             "--dead-letter-topic", self.topology.dead_letter_topic, "--window", str(d.window),
             "--max-attempts", str(d.max_delivery_attempts), "--min-backoff", str(d.min_backoff_s),
             "--max-backoff", str(d.max_backoff_s), "--ack-deadline", str(d.ack_deadline_s)],
            cwd=REPO_ROOT, env=self._base_env(), stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._forwarder.poll() is not None:
                raise RuntimeError(f"the push forwarder exited; see {log_path}")
            with log_path.open("rb") as written:
                written.seek(already)
                if READY_LINE.encode() in written.read():
                    return
            time.sleep(0.1)
        raise RuntimeError(f"the push forwarder did not start; see {log_path}")

    def _start_sandbox(self, timeout_s: float = 20.0) -> None:
        s = self.settings
        log = (self.logs_dir / "customerio-sandbox.log").open("ab")
        self._sandbox = subprocess.Popen(
            [sys.executable, "-m", "local_stack.customerio_sandbox", "--host", "127.0.0.1",
             "--port", str(s.sandbox_port), "--seed", s.sandbox_seed,
             "--site-id", SANDBOX_CREDENTIALS["CUSTOMERIO_SITE_ID"],
             "--track-api-key", SANDBOX_CREDENTIALS["CUSTOMERIO_TRACK_API_KEY"],
             "--app-api-key", SANDBOX_CREDENTIALS["CUSTOMERIO_APP_API_KEY"],
             "--app-rps", str(s.sandbox_app_rps), "--track-rps", str(s.sandbox_track_rps)],
            cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._sandbox.poll() is not None:
                raise RuntimeError(f"the Customer.io sandbox exited; see {self.logs_dir / 'customerio-sandbox.log'}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.sandbox_url}/_sandbox/health", timeout=1).ok:
                    return
            time.sleep(0.1)
        raise RuntimeError("the Customer.io sandbox did not start")

