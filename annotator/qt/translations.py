"""The language the app speaks: English (the source language) or a translation, Spanish first.

The language is, in this order: the environment variable ``ANNOTATOR_LANG`` (``es``, ``en``:
for a lab's start script, tests and CI), the ``language`` setting (in ``windows.ini``, the app's
one settings file in the user's configuration folder), else the first of the system's UI
languages (``QLocale.system().uiLanguages()``) the app has, else English. A value that names no
language the app has is passed over, never an error.

:func:`install_translations` loads the app's translation (:mod:`annotator.i18n.build` finds or
compiles its ``.qm``) and Qt's own ``qtbase`` translation, so that the standard buttons of
dialogs (OK, Cancel, Save...) speak the same language.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from annotator.i18n import build

ENVIRONMENT = "ANNOTATOR_LANG"
SETTING = "language"
SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language

_installed: list[QTranslator] = []


def available() -> list[str]:
    """The languages the app speaks: English and every translation it has."""
    return [SOURCE_LANGUAGE, *(code for code in build.languages() if code != SOURCE_LANGUAGE)]


def _code(name: object) -> str:
    """``es`` from ``es``, ``es_MX``, ``es-419``, ``ES.UTF-8``; empty for anything else."""
    text = str(name or "").strip().replace("-", "_").split(".")[0]
    return text.split("_")[0].lower()


def settings() -> QSettings:
    """The app's settings file (read at each use, so that tests' config folders are followed):
    the one the windows remember their places in, the theme and the welcome."""
    from annotator.qt.window_fit import settings_path

    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def set_language_setting(language: str | None) -> None:
    """Remembers ``language`` for the next start (None: follow the system again)."""
    store = settings()
    if language is None:
        store.remove(SETTING)
    else:
        store.setValue(SETTING, language)
    store.sync()


def chosen_language(system: list[str] | None = None) -> str:
    """The language to speak: the environment's, the setting's, the system's, else English.
    ``system``: the system's UI languages (default: ``QLocale.system().uiLanguages()``)."""
    speaks = available()
    for wanted in (os.environ.get(ENVIRONMENT), settings().value(SETTING)):
        if _code(wanted) in speaks:
            return _code(wanted)
    for name in QLocale.system().uiLanguages() if system is None else system:
        if _code(name) in speaks:
            return _code(name)
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Speaks ``language`` (default :func:`chosen_language`) from now on, replacing the
    translations installed before; returns the language spoken. Widgets made before keep
    their texts: call it before the windows are built."""
    language = chosen_language() if language is None else _code(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in available():
        language = SOURCE_LANGUAGE
    qm = build.compiled(language)  # English's holds only its plurals: "%n file(s)"
    ours = QTranslator(app)
    if qm is None or not ours.load(str(qm)):
        return SOURCE_LANGUAGE
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    # Numbers as the language writes them (35,8 in Spanish), in the system's own variant of
    # it when the system speaks it (en_GB stays en_GB).
    system = QLocale.system()
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    return language
