"""Classification cost per message in each KEYWORD_MATCH mode, and the time to import ``main``.

Runnable alone: ``python -m benchmarks.classify_latency``. Messages are the
development part of the reply corpus (text only, the labels are not used),
each classified ``--rounds`` times; the figures are per single message.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.keyword_eval import load
from ingest.keywords import KeywordRules, MatchMode
from ingest.normalize import near_keyword

ROOT = Path(__file__).resolve().parent.parent
_IMPORT_MAIN = "import time; t = time.perf_counter(); import main; print(time.perf_counter() - t)"


def classify_latencies_ms(rules: KeywordRules, texts: list[str], rounds: int) -> list[float]:
    latencies = []
    clock = time.perf_counter_ns
    for _ in range(rounds):
        for text in texts:
            near_keyword.cache_clear()  # each message read cold, as if no message had come before it
            start = clock()
            rules.decide(text)
            latencies.append((clock() - start) / 1e6)
    return latencies


# Twilio delivers a body of up to 1,600 characters; a reply that long, made of one short unit repeated, makes the
# per-line and per-clause steps (sign-off lines, clauses, bare opening Stops) run as often as they can.
LONGEST_BODY = 1600
_REPEATED_UNITS = ("J.\n", "Thanks\nAna\n", "stpo\n", "xx\n", "stop\nthe\n", "can i pause ", "Opt out\n\nJ\n",
                   "STOP TEXS\n", "I want the texts again. ", "不要再打扰我\n")


def longest_bodies_ms(rules: KeywordRules) -> tuple[float, str]:
    """The slowest of the repeated-unit bodies, each read once, cold: (milliseconds, its unit)."""
    worst = (0.0, "")
    for unit in _REPEATED_UNITS:
        body = (unit * (LONGEST_BODY // len(unit) + 1))[:LONGEST_BODY]
        near_keyword.cache_clear()
        start = time.perf_counter()
        rules.decide(body)
        worst = max(worst, ((time.perf_counter() - start) * 1000, unit))
    return worst


def import_main_seconds(runs: int) -> list[float]:
    """``import main`` in a fresh interpreter each time (a cold instance), measured inside it."""
    out = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", _IMPORT_MAIN], cwd=ROOT, capture_output=True, text=True,
                                check=True)
        out.append(float(result.stdout.strip().splitlines()[-1]))
    return out


def lines(rounds: int = 20, import_runs: int = 5) -> list[str]:
    texts = [row.text for row in load("dev")]
    report = [f"classification: {len(texts)} corpus messages x {rounds} rounds per mode, one message at a time"]
    built = {}
    for mode in MatchMode:
        start = time.perf_counter()
        rules = built[mode] = KeywordRules(mode=mode)
        build_ms = (time.perf_counter() - start) * 1000
        ms = sorted(classify_latencies_ms(rules, texts, rounds))
        cuts = statistics.quantiles(ms, n=100, method="inclusive")
        report.append(f"  {mode.value:<9} p50 {cuts[49]:7.3f} ms   p99 {cuts[98]:7.3f} ms   max {ms[-1]:7.3f} ms"
                      f"   rules built in {build_ms:6.1f} ms")
    report.append("  target: p99 < 1 ms per message")
    for mode in (MatchMode.EXACT, MatchMode.INTENT):
        ms, unit = longest_bodies_ms(built[mode])
        report.append(f"  {mode.value:<9} slowest {LONGEST_BODY}-character body: {ms:5.1f} ms ({unit!r} repeated)")
    seconds = import_main_seconds(import_runs)
    report.append(f"import main: median {statistics.median(seconds):.3f} s   max {max(seconds):.3f} s"
                  f"   ({import_runs} fresh interpreters; target < 1 s)")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--import-runs", type=int, default=5)
    args = parser.parse_args()
    for line in lines(args.rounds, args.import_runs):
        print(line, flush=True)


if __name__ == "__main__":
    main()
