"""Benchmarks of performance.md: run ``python benchmarks/bench.py``."""
