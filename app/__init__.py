"""Pitstop CRM: the desk program of an auto service shop."""

__version__ = "0.1.0"
