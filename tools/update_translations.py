"""Refresh the translation files: ``make translations`` (or run this with the venv's python).

1. ``pyside6-lupdate`` reads every .py under app/ and updates each
   resources/translations/pitstop_<lang>.ts: new strings arrive unfinished,
   translated ones are kept, strings gone from the code are dropped.
2. English is the source language: an English string is its own translation,
   and a plural "%n client(s)" gets "%n client" / "%n clients".
3. ``pyside6-lrelease`` compiles each .ts into the .qm the program loads
   (only finished translations go in).

For translators (people or scripts) without Qt Linguist:

    python tools/update_translations.py --missing uk > uk.json   # what is unfinished
    python tools/update_translations.py --fill uk uk.json        # put translations in

The JSON is a list of {"context", "source", "plural", "translation"}; a
plural's translation is a list of forms (Ukrainian and Russian have three:
1, 2-4, 5+; Romanian three: 1, 0/2-19, 20+).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "uk", "ru", "ro")
BIN = Path(sys.executable).parent


def ts_path(code: str) -> Path:
    return TRANSLATIONS / f"pitstop_{code}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def lupdate(target: Path, code: str) -> None:
    """Update ``target`` (created when missing) from the sources; drops vanished strings."""
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-source-language",
            "en",
            "-target-language",
            code,
            "-no-obsolete",
            "-locations",
            "relative",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def lrelease(source: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-nounfinished", "-silent", str(source)],
        cwd=ROOT,
        check=True,
    )


def english_forms(text: str) -> list[str]:
    """ "%n client(s)" -> ["%n client", "%n clients"]; "%n match(es)" likewise."""
    return [text.replace("(s)", "").replace("(es)", ""), text.replace("(", "").replace(")", "")]


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def messages(tree: ET.ElementTree) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    if translation.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return not all((form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def set_translation(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    assert translation is not None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        assert isinstance(value, str)
        translation.text = value


def fill_english(path: Path) -> None:
    tree = ET.parse(path)
    for _context, message in messages(tree):
        if is_unfinished(message):
            source = message.findtext("source") or ""
            plural = message.get("numerus") == "yes"
            set_translation(message, english_forms(source) if plural else source)
    write_ts(tree, path)


def missing(code: str) -> list[dict[str, object]]:
    """The unfinished entries of ``code``'s .ts, for a translator to fill."""
    tree = ET.parse(ts_path(code))
    return [
        {
            "context": context,
            "source": message.findtext("source") or "",
            "plural": message.get("numerus") == "yes",
            "translation": "",
        }
        for context, message in messages(tree)
        if is_unfinished(message)
    ]


def fill(code: str, entries: list[dict[str, object]]) -> int:
    """Put the translated ``entries`` into ``code``'s .ts; returns how many were used."""
    wanted = {
        (str(e["context"]), str(e["source"])): e["translation"]
        for e in entries
        if e.get("translation")
    }
    path = ts_path(code)
    tree = ET.parse(path)
    used = 0
    for context, message in messages(tree):
        value = wanted.get((context, message.findtext("source") or ""))
        if value:
            set_translation(message, value)  # type: ignore[arg-type]
            used += 1
    write_ts(tree, path)
    return used


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        lupdate(ts_path(code), code)
        if code == "en":
            fill_english(ts_path(code))
            lupdate(ts_path(code), code)  # back into lupdate's own layout
        lrelease(ts_path(code))
    for code in LANGUAGES:
        left = len(missing(code))
        print(f"pitstop_{code}.ts: {left} unfinished" if left else f"pitstop_{code}.ts: complete")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--missing", metavar="LANG", choices=LANGUAGES, help="print unfinished")
    group.add_argument("--fill", nargs=2, metavar=("LANG", "JSON"), help="fill from a JSON file")
    args = parser.parse_args(argv)
    if args.missing:
        json.dump(missing(args.missing), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.fill:
        code, file = args.fill
        entries = json.loads(Path(file).read_text(encoding="utf-8"))
        print(f"{fill(code, entries)} translations put in pitstop_{code}.ts")
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
