"""A lone STOP, end to end: from the signed webhook until the profile's attribute has changed.

Numbers are sent one at a time, each only after the previous one was applied
and at least ``GAP_S`` after the previous one was sent, so every STOP meets an
idle pipeline and waits out the batch window alone. Without the gap the
numbers would follow each other as fast as the App API's allowance lets a
lookup's two calls through (5 a second at 10 requests/s), and the figure would
measure the rate limit, not a lone STOP. The sandbox is polled every few
milliseconds; that adds up to one poll interval.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.burst import ATTRIBUTE, bench_settings
from benchmarks.stats import LatencySummary
from local_stack.customerio_sandbox import SandboxAdmin
from local_stack.stack import LocalStack
from optout.twilio_webhook import inbound_sms, post_signed

POLL_S = 0.005
GAP_S = 0.5  # two App calls per lookup at 10 requests/s: the allowance is whole again after 0.2 s


def lone_stops(stack: LocalStack, count: int, first_number: int = 8_000_000) -> LatencySummary:
    admin = SandboxAdmin(stack.sandbox_url)
    admin.reset("none")
    latencies = []
    errors = 0
    sent = 0.0
    started = time.perf_counter()
    for i in range(count):
        phone = f"+1555{first_number + i:07d}"
        cio_id = admin.add_person(id=f"lone-{phone}", attributes={"phone": phone})
        if i:
            time.sleep(max(0.0, sent + GAP_S - time.perf_counter()))
        sent = time.perf_counter()
        if post_signed(stack.webhook_url, inbound_sms(phone, "STOP"), stack.settings.twilio_auth_token).status_code != 200:
            errors += 1
            continue
        deadline = sent + 30
        while time.perf_counter() < deadline:
            person = admin.person(cio_id)
            if person and person.attributes.get(ATTRIBUTE) is True:
                latencies.append(time.perf_counter() - sent)
                break
            time.sleep(POLL_S)
        else:
            errors += 1
    return LatencySummary.of(latencies, errors, time.perf_counter() - started)


def run(work_dir: Path, count: int) -> LatencySummary:
    with LocalStack(bench_settings(work_dir)) as stack:
        return lone_stops(stack, count)
