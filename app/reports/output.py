"""A ``ReportResult`` as JSON, CSV or a plain-text table (the command line's formats)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from app import i18n
from app.i18n import translate
from app.reports.base import Column, Money, ReportResult, Table
from app.services.money import format_money


def json_value(value: Any) -> Any:
    if isinstance(value, Money):
        return value.major()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {k: json_value(v) for k, v in value.items()}
    return value


def _json_rows(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return [{k: json_value(v) for k, v in row.items()} for row in rows]


def to_json_dict(result: ReportResult) -> dict[str, Any]:
    params = result.params
    data: dict[str, Any] = {
        "report": result.name,
        "as_of": params.as_of.isoformat(),
        "from": params.date_from.isoformat(),
        "to": params.date_to.isoformat(),
        "rows": _json_rows(result.table.rows),
    }
    for key, extra in result.extras.items():
        data[key] = _json_rows(extra.rows) if isinstance(extra, Table) else json_value(extra)
    return data


def to_json(result: ReportResult) -> str:
    return json.dumps(to_json_dict(result), ensure_ascii=False, indent=2)


def text_value(value: Any, column: Column | None = None) -> str:
    """A value as the command line and CSV show it."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_money(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(text_value(v) for v in value)
    if isinstance(value, float) and column is not None and column.kind == "share":
        return f"{value:.4f}"
    return str(value)


def to_csv(result: ReportResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = result.table.columns
    writer.writerow([c.key for c in columns])
    for row in result.table.rows:
        writer.writerow([text_value(row.get(c.key), c) for c in columns])
    return buffer.getvalue()


def to_text(result: ReportResult) -> str:
    """An aligned plain-text table with a heading line."""
    params, day = result.params, i18n.current().date_text
    heading = translate("ReportText", "{title}: {start} .. {end} (as of {as_of})").format(
        title=translate("Reports", result.title),
        start=day(params.date_from),
        end=day(params.date_to),
        as_of=day(params.as_of),
    )
    lines = [heading, "", render_table(result.table)]
    for key, extra in result.extras.items():
        lines += ["", f"{key}:"]
        if isinstance(extra, Table):
            lines.append(render_table(extra))
        else:
            lines += [f"  {k}: {text_value(v)}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


def render_table(data: Table) -> str:
    columns = data.columns
    cells = [[translate("ReportColumns", c.title) for c in columns]]
    cells += [[text_value(row.get(c.key), c) for c in columns] for row in data.rows]
    if not data.rows:
        cells.append([translate("ReportText", "(no rows)")] + [""] * (len(columns) - 1))
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    right = [c.kind in ("int", "money", "share", "number", "id") for c in columns]
    out = []
    for n, row in enumerate(cells):
        out.append(
            "  ".join(
                cell.rjust(w) if right[i] and n else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
