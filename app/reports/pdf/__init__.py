"""Printed reports: any report of reports.md, and the owner's summary, as A4 PDFs.

Set in the bundled DejaVu Sans (Cyrillic and Romanian names print), with the
charts of reports.md drawn by reportlab.graphics and tables that break across
pages under a repeated header. No Qt here: the report screens call
``write_report_pdf`` / ``write_summary_pdf`` for "Save as PDF" and "Print".
"""

from __future__ import annotations

from app.reports.pdf.report import write_report_pdf
from app.reports.pdf.summary import write_summary_pdf

__all__ = ["write_report_pdf", "write_summary_pdf"]
