"""Burst: N distinct numbers send STOP at once, through the whole local pipeline.

The sandbox enforces Customer.io's App API limit (10 requests/s) and the Track
limit (100 requests/s); the push forwarder keeps up to 100 pushes outstanding,
as Pub/Sub push does once its window has opened. Reports the time until every
profile is updated against the floor of one App API search per event (N / 10 s),
Customer.io calls per event, 429s and dead letters.
"""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from google.cloud import pubsub_v1

from local_stack.customerio_sandbox import SandboxAdmin
from local_stack.stack import LocalStack, StackSettings
from optout.twilio_webhook import inbound_sms, post_signed

ATTRIBUTE = "sms_unsubscribe"
APP_RPS = 10
TRACK_RPS = 100
SENDERS = 16


@dataclass(frozen=True)
class BurstResult:
    events: int
    backlog: bool
    window: int
    send_s: float
    drained_s: float | None  # None: not all applied before the deadline
    applied: int
    dead_letters: int
    app_calls: int
    track_calls: int
    app_429s: int
    track_429s: int

    @property
    def floor_s(self) -> float:
        return self.events / APP_RPS

    def lines(self) -> list[str]:
        drained = (f"{self.drained_s:7.1f} s" if self.drained_s is not None
                   else f"not drained ({self.applied} of {self.events} applied)")
        ratio = f"{self.floor_s / self.drained_s:7.1f}x faster" if self.drained_s else "-"
        app_share = self.app_429s / self.app_calls if self.app_calls else 0.0
        if self.backlog:
            how = "already on the topic when delivery starts; times from the forwarder's start"
        else:
            how = "live: delivered while ingest takes them; times from the first webhook"
        return [
            f"burst of {self.events} distinct numbers, {how}",
            f"  (sandbox App {APP_RPS}/s, Track {TRACK_RPS}/s, forwarder window {self.window})",
            f"  all accepted by ingest in     {self.send_s:7.1f} s  ({SENDERS} concurrent senders)",
            f"  all applied after             {drained}",
            f"  per-event floor               {self.floor_s:7.1f} s  ({self.events} searches / {APP_RPS} per s)",
            f"  floor / drained               {ratio}  (target >= 10x)",
            f"  App calls per event           {self.app_calls / self.events:7.3f}  "
            f"({self.app_calls} calls; target <= 0.05)",
            f"  Track calls per event         {self.track_calls / self.events:7.3f}  ({self.track_calls} calls)",
            f"  429s                          App {self.app_429s} ({app_share:.1%} of App calls; target <= 5%), "
            f"Track {self.track_429s}",
            f"  dead letters                  {self.dead_letters:7d}  (target 0)",
        ]


def _count(stats: dict, api: str, endpoints: tuple[str, ...], status: str | None = None) -> int:
    total = 0
    for endpoint in endpoints:
        for answered, n in stats.get(api, {}).get(endpoint, {}).items():
            if status is None or answered == status:
                total += n
    return total


def _calls(stats: dict) -> dict[str, int]:
    app, track = ("search", "attributes"), ("batch", "update")
    return {"app": _count(stats, "app", app), "track": _count(stats, "track", track),
            "app_429": _count(stats, "app", app, "429"), "track_429": _count(stats, "track", track, "429")}


def bench_settings(work_dir: Path) -> StackSettings:
    return StackSettings.on_free_ports(work_dir=work_dir, sandbox_seed="none",
                                       sandbox_app_rps=APP_RPS, sandbox_track_rps=TRACK_RPS)


def burst(stack: LocalStack, events: int, *, backlog: bool = False, first_number: int = 7_000_000) -> BurstResult:
    """Live: time from the first webhook. Backlog: every STOP is published before the
    forwarder starts pushing, as when a storm reaches Pub/Sub faster than one local
    ingest can take it (production runs many ingest instances); time from the start."""
    admin = SandboxAdmin(stack.sandbox_url, timeout_s=60)
    admin.reset("none")
    numbers = [f"+1555{first_number + i:07d}" for i in range(events)]
    cio_ids = set(admin.add_people([{"id": f"burst-{n}", "attributes": {"phone": n}} for n in numbers]))
    subscriber = pubsub_v1.SubscriberClient()
    dead_sub = f"projects/{stack.settings.project}/subscriptions/bench-dead-letters-{uuid.uuid4().hex[:8]}"
    subscriber.create_subscription(request={"name": dead_sub, "topic": stack.topology.dead_letter_topic})
    before = _calls(admin.stats())
    token = stack.settings.twilio_auth_token

    if backlog:
        stack.stop_forwarder()
    started = time.monotonic()
    with ThreadPoolExecutor(SENDERS) as pool:
        answers = list(pool.map(
            lambda n: post_signed(stack.webhook_url, inbound_sms(n, "STOP"), token, timeout_s=60).status_code,
            numbers))
    sent_s = time.monotonic() - started
    if any(code != 200 for code in answers):
        raise RuntimeError(f"ingest refused some STOPs: {sorted(set(answers))}")
    if backlog:
        started = time.monotonic()
        stack.start_forwarder()
    deadline = started + max(120.0, 3 * events / APP_RPS)
    done: set[str] = set()
    drained_s = None
    while time.monotonic() < deadline:
        done = {p.cio_id for p in admin.people() if p.attributes.get(ATTRIBUTE) is True}
        if cio_ids <= done:
            drained_s = time.monotonic() - started
            break
        time.sleep(0.5)
    after = _calls(admin.stats())
    pulled = subscriber.pull(request={"subscription": dead_sub, "max_messages": 1000}, timeout=10)
    subscriber.delete_subscription(request={"subscription": dead_sub})
    calls = {k: after[k] - before[k] for k in after}
    return BurstResult(events, backlog, stack.settings.delivery.window, sent_s, drained_s, len(cio_ids & done),
                       len(pulled.received_messages), calls["app"], calls["track"], calls["app_429"],
                       calls["track_429"])


def run(work_dir: Path, sizes: list[int], backlog: bool = False) -> list[BurstResult]:
    with LocalStack(bench_settings(work_dir)) as stack:
        return [burst(stack, n, backlog=backlog) for n in sizes]
