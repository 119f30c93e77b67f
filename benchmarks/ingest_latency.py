"""ingest alone: signed webhooks from concurrent senders to one functions-framework instance.

Keyword messages include the publish to the emulator (ingest answers only after
Pub/Sub has the event); non-keyword messages are checked and answered only.
The topic has no subscription, so only the senders, ingest and the emulator
share the cores; the senders are Python threads and take their share of them.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from google.cloud import pubsub_v1
from twilio.request_validator import RequestValidator

from benchmarks.stats import LatencySummary
from optout.twilio_webhook import inbound_sms
from local_stack.emulator import PubsubEmulator
from local_stack.functions import FunctionProcess
from local_stack.stack import LOCAL_PROJECT, LOCAL_TWILIO_AUTH_TOKEN, free_port


def _signed(url: str, bodies: list[tuple[str, str]]) -> list[tuple[dict, dict]]:
    validator = RequestValidator(LOCAL_TWILIO_AUTH_TOKEN)
    prepared = []
    for sender, body in bodies:
        params = inbound_sms(sender, body)
        prepared.append((params, {"X-Twilio-Signature": validator.compute_signature(url, params)}))
    return prepared


def _drive(url: str, prepared: list[tuple[dict, dict]], concurrency: int) -> LatencySummary:
    local = threading.local()
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def send(item) -> None:
        nonlocal errors
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        started = time.perf_counter()
        try:
            ok = session.post(url, data=item[0], headers=item[1], timeout=15).status_code == 200
        except requests.RequestException:
            ok = False
        elapsed = time.perf_counter() - started
        with lock:
            latencies.append(elapsed)
            errors += not ok

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(send, prepared))
    return LatencySummary.of(latencies, errors, time.perf_counter() - started)


def run(work_dir: Path, requests_per_kind: int, concurrencies: list[int]) -> dict[str, LatencySummary]:
    logs = work_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    emulator = PubsubEmulator(free_port(), LOCAL_PROJECT, work_dir / "bench-pubsub", logs / "bench-emulator.log")
    topic = f"projects/{LOCAL_PROJECT}/topics/bench-ingest"
    with emulator:
        import os
        os.environ.update(emulator.environ())
        pubsub_v1.PublisherClient().create_topic(request={"name": topic})
        env = {**os.environ, "TWILIO_AUTH_TOKEN": LOCAL_TWILIO_AUTH_TOKEN, "PUBSUB_TOPIC": topic}
        ingest = FunctionProcess("ingest", free_port(), env, logs / "bench-ingest.log")
        ingest.start()
        try:
            numbers = [f"+1555{i:07d}" for i in range(requests_per_kind)]
            warmup = _signed(ingest.url, [(n, "STOP") for n in numbers[:50]])
            _drive(ingest.url, warmup, max(concurrencies))
            keyword = _signed(ingest.url, [(n, "STOP") for n in numbers])
            other = _signed(ingest.url, [(n, "see you at the weekend") for n in numbers])
            results = {}
            for concurrency in concurrencies:
                results[f"keyword x{concurrency}"] = _drive(ingest.url, keyword, concurrency)
                results[f"non-keyword x{concurrency}"] = _drive(ingest.url, other, concurrency)
            return results
        finally:
            ingest.stop()
