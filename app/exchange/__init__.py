"""The exchange format (spec/exchange.md): a folder of CSV files, or an .xlsx workbook."""

from app.exchange.exporter import export_database
from app.exchange.importer import import_path
from app.exchange.problems import ImportFailed, Problem, UnreadableInput

__all__ = ["ImportFailed", "Problem", "UnreadableInput", "export_database", "import_path"]
