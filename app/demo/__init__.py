"""Realistic, deterministic demo data: ``generate(engine, clients=..., years=..., seed=...)``."""

from app.demo.writer import DEFAULT_CLIENTS, DEFAULT_YEARS, generate

__all__ = ["DEFAULT_CLIENTS", "DEFAULT_YEARS", "generate"]
