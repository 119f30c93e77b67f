"""Burst: N distinct numbers send STOP at once; the sandbox enforces the App API's 10 requests/s.

Reports the time until every profile is updated, the floor the rate limit sets
(N searches / 10 per s), their ratio, dead letters, and Customer.io calls per
event (answered 2xx, and all calls including 429s).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from google.cloud import pubsub_v1

from local_stack.customerio_sandbox import SandboxAdmin
from optout.twilio_webhook import inbound_sms, post_signed
from local_stack.stack import LocalStack, StackSettings

ATTRIBUTE = "sms_unsubscribe"
APP_RPS = 10


@dataclass(frozen=True)
class BurstResult:
    events: int
    send_s: float
    drained_s: float
    bound_s: float
    dead_letters: int
    calls: dict

    def lines(self) -> list[str]:
        ok_per_event = {k: v["ok"] / self.events for k, v in self.calls.items()}
        all_per_event = {k: v["all"] / self.events for k, v in self.calls.items()}
        return [
            f"burst of {self.events} distinct numbers, sandbox App limit {APP_RPS}/s",
            f"  all accepted by ingest in   {self.send_s:6.1f} s",
            f"  all applied after           {self.drained_s:6.1f} s",
            f"  rate-limit bound            {self.bound_s:6.1f} s  ({self.events} searches / {APP_RPS} per s)",
            f"  ratio drained / bound       {self.drained_s / self.bound_s:6.2f}  (target <= 1.20)",
            f"  dead letters                {self.dead_letters:6d}  (target 0)",
            "  Customer.io calls per event, answered 2xx: "
            + ", ".join(f"{k} {v:.2f}" for k, v in ok_per_event.items())
            + f" = {sum(ok_per_event.values()):.2f} (target 2)",
            "  Customer.io calls per event, incl. 429s:   "
            + ", ".join(f"{k} {v:.2f}" for k, v in all_per_event.items()),
        ]


def _calls(stats: dict) -> dict:
    def count(api: str, endpoint: str) -> dict:
        statuses = stats.get(api, {}).get(endpoint, {})
        return {"ok": sum(n for s, n in statuses.items() if s.startswith("2")), "all": sum(statuses.values())}
    return {"region": count("track", "region"), "search": count("app", "search"), "update": count("track", "update")}


def run(work_dir: Path, events: int) -> BurstResult:
    settings = StackSettings.on_free_ports(work_dir=work_dir, sandbox_seed="none",
                                           sandbox_app_rps=APP_RPS, sandbox_track_rps=100)
    with LocalStack(settings) as stack:
        admin = SandboxAdmin(stack.sandbox_url)
        numbers = [f"+1555{7_000_000 + i:07d}" for i in range(events)]
        cio_ids = admin.add_people([{"id": f"burst-{n}", "attributes": {"phone": n}} for n in numbers])
        dead = pubsub_v1.SubscriberClient()
        dead_sub = f"projects/{settings.project}/subscriptions/bench-dead-letters"
        dead.create_subscription(request={"name": dead_sub, "topic": stack.topology.dead_letter_topic})

        started = time.monotonic()
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(
                lambda n: post_signed(stack.webhook_url, inbound_sms(n, "STOP"), settings.twilio_auth_token).status_code,
                numbers))
        sent = time.monotonic() - started
        if any(code != 200 for code in answers):
            raise RuntimeError(f"ingest refused some STOPs: {sorted(set(answers))}")
        wanted = set(cio_ids)
        deadline = started + 10 * events / APP_RPS
        while time.monotonic() < deadline:
            done = {p.cio_id for p in admin.people() if p.attributes.get(ATTRIBUTE) is True}
            if wanted <= done:
                break
            time.sleep(0.25)
        drained = time.monotonic() - started
        pulled = dead.pull(request={"subscription": dead_sub, "max_messages": 1000}, timeout=10)
        return BurstResult(events, sent, drained, events / APP_RPS, len(pulled.received_messages),
                           _calls(admin.stats()))
