"""Send a correctly signed inbound SMS to the local ingest and show the profile change.

    python -m local_stack.demo STOP +15555550100 [--url http://127.0.0.1:8080/]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import requests

from local_stack.stack import LOCAL_TWILIO_AUTH_TOKEN, StackSettings
from optout.twilio_webhook import inbound_sms, post_signed

UNSUBSCRIBE_ATTRIBUTE = os.environ.get("UNSUBSCRIBE_ATTRIBUTE") or "sms_unsubscribe"
PHONE_ATTRIBUTE = os.environ.get("PHONE_ATTRIBUTE") or "phone"


def _profiles(sandbox_url: str, phone: str) -> list[dict]:
    people = requests.get(f"{sandbox_url}/_sandbox/people", timeout=5).json()
    people = people.get("people", people) if isinstance(people, dict) else people
    return [p for p in people if p.get("attributes", {}).get(PHONE_ATTRIBUTE) == phone]


def _show(profiles: list[dict]) -> str:
    return json.dumps([{"cio_id": p.get("cio_id"), "id": p.get("id"), "email": p.get("email"),
                        UNSUBSCRIBE_ATTRIBUTE: p.get("attributes", {}).get(UNSUBSCRIBE_ATTRIBUTE)}
                       for p in profiles])


def main(argv: list[str] | None = None) -> int:
    defaults = StackSettings()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("body", help="the message text, e.g. STOP or START")
    parser.add_argument("sender", help="the sender's number, E.164")
    parser.add_argument("--url", default=f"http://127.0.0.1:{defaults.ingest_port}/")
    parser.add_argument("--sandbox-url", default=f"http://127.0.0.1:{defaults.sandbox_port}")
    parser.add_argument("--wait-s", type=float, default=15)
    args = parser.parse_args(argv)
    token = os.environ.get("TWILIO_AUTH_TOKEN") or LOCAL_TWILIO_AUTH_TOKEN

    try:
        before = _profiles(args.sandbox_url, args.sender)
    except requests.RequestException:
        before = None  # real Customer.io: nothing local to show
    if before is not None:
        print(f"before: {_show(before)}")
    response = post_signed(args.url, inbound_sms(args.sender, args.body), token)
    print(f"ingest answered {response.status_code}: {response.text.strip()}")
    if response.status_code != 200 or before is None:
        return 0 if response.status_code == 200 else 1
    deadline = time.monotonic() + args.wait_s
    while time.monotonic() < deadline:
        after = _profiles(args.sandbox_url, args.sender)
        if _show(after) != _show(before):
            print(f"after:  {_show(after)}")
            return 0
        time.sleep(0.2)
    print("no profile changed (not a keyword, no profile with that number, or the value was already set); "
          "see .local/logs/process.log")
    return 0


if __name__ == "__main__":
    sys.exit(main())
