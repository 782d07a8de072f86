"""Loading a language with Qt: the program's .qm, Qt's own, the locale, the domain's hook.

Used by the desktop program at start and by the command line's ``--lang``
(QtCore only: no window is needed to read a .qm). The language is, in order:
the one asked for (``--lang``), the one chosen in Settings, the system's
(when it is one of ours), else English.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.config import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
# The languages, each named in itself (as the Settings list shows them).
LANGUAGES = {"en": "English", "uk": "Українська", "ru": "Русский", "ro": "Română"}
DEFAULT_LANGUAGE = "en"
SETTINGS_KEY = "language"
# The locale of each language when the system's is of another language:
# English follows British dates (day first), as the shops' other papers do.
_LOCALES = {"en": "en_GB", "uk": "uk_UA", "ru": "ru_RU", "ro": "ro_RO"}


def system_language(locale: QLocale | None = None) -> str:
    """The system's language when it is one of ours, else English."""
    code = (locale or QLocale.system()).name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def choose_language(asked: str | None, saved: object = None) -> str:
    """``--lang`` first, then the Settings choice, then the system's language."""
    for code in (asked, saved):
        if isinstance(code, str) and code in LANGUAGES:
            return code
    return system_language()


def locale_for(code: str) -> QLocale:
    """The system's locale when it speaks ``code`` (its country's habits), else the usual one."""
    system = QLocale.system()
    if system.name().split("_")[0] == code:
        return system
    return QLocale(_LOCALES.get(code, "en_GB"))


def date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year ("dd.MM.yyyy", "dd/MM/yyyy")."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def load_translators(code: str) -> list[QTranslator]:
    """The program's translation of ``code`` and Qt's own (standard buttons, dialogs).

    A missing file is skipped: English needs none of Qt's, and Qt ships no
    Romanian (its buttons then stay English).
    """
    found = []
    for name, folder in (
        (f"pitstop_{code}", str(TRANSLATIONS_DIR)),
        (f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator()
        if translator.load(name, folder):
            found.append(translator)
    return found


@dataclasses.dataclass
class Installed:
    """What ``install`` set up; keeps the translators alive while they are installed."""

    code: str
    locale: QLocale
    translators: list[QTranslator]

    def remove(self) -> None:
        """Back to no translation and the C locale (tests switch languages)."""
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        i18n.set_language(i18n.Language())


def domain_language(code: str, translators: list[QTranslator], locale: QLocale) -> i18n.Language:
    """The domain's ``Language`` for reports and PDFs, read from Qt's translators and locale."""

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, disambiguation, n)
            if found:
                return found
        return i18n.english(context, text, disambiguation, n)

    pattern = date_format(locale)

    def date_text(day: dt.date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pattern)

    return i18n.Language(
        code=code,
        translator=translate,
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
        date_text=date_text,
    )


def install(code: str) -> Installed:
    """Make ``code`` the language of everything: Qt's tr(), QLocale(), the domain's text.

    Installs the translators into the running QCoreApplication when there is
    one (the desktop program); the command line needs only the domain's hook.
    """
    translators = load_translators(code)
    app = QCoreApplication.instance()
    if app is not None:
        for translator in translators:
            app.installTranslator(translator)
    locale = locale_for(code)
    QLocale.setDefault(locale)
    i18n.set_language(domain_language(code, translators, locale))
    return Installed(code, locale, translators)
