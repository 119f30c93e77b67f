"""Latency summaries."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class LatencySummary:
    count: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    @property
    def per_second(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    @classmethod
    def of(cls, latencies_s: list[float], errors: int, seconds: float) -> LatencySummary:
        ms = sorted(x * 1000 for x in latencies_s)
        cuts = statistics.quantiles(ms, n=100, method="inclusive")
        return cls(len(ms), errors, seconds, cuts[49], cuts[94], cuts[98], ms[-1])

    def line(self, label: str) -> str:
        return (f"{label:<22} n={self.count:<5} errors={self.errors:<3} {self.per_second:7.1f} req/s   "
                f"p50 {self.p50_ms:6.1f} ms   p95 {self.p95_ms:6.1f} ms   p99 {self.p99_ms:6.1f} ms   "
                f"max {self.max_ms:6.1f} ms")
