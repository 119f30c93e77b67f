"""Benchmarks: run with ``make bench``; they print figures, they assert nothing."""
