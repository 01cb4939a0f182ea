"""Every string the windows show goes through Qt's translation system, and Spanish has them all.

``pyside6-lupdate`` reads the Qt layer as the docs tell a translator to run it
(docs/translations.md); the strings it finds must each have a finished Spanish translation in
``annotator/i18n/annotator_es.ts`` (and every plural its English forms in ``annotator_en.ts``),
with the same placeholders. A scan of the Qt modules fails on a user-visible literal passed to
a widget without ``tr()``/``translate()``, except in the modules listed as not yet converted.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMessageBox

from annotator.i18n import build
from annotator.qt import translations
from annotator.qt.translations import chosen_language, install_translations

ROOT = Path(__file__).resolve().parents[1]
QT = ROOT / "annotator" / "qt"
I18N = ROOT / "annotator" / "i18n"

# Modules whose strings are not yet wrapped in tr(): none are left, and none may be added.
NOT_YET_CONVERTED: set[str] = set()

Key = tuple[str, str]  # (context, source text)


def lupdate() -> str:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    return str(Path(PySide6.__file__).parent / name)


def messages(ts: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file by (context, source)."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def forms(message: ET.Element) -> list[str]:
    """A message's translation: its one text, or each of its plural forms."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def finished(message: ET.Element) -> bool:
    kind = message.find("translation").get("type")
    return kind is None and all(text.strip() for text in forms(message))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[Key, ET.Element]:
    """What lupdate finds in the Qt layer now."""
    ts = tmp_path_factory.mktemp("lupdate") / "found_es.ts"
    sources = sorted(str(path) for path in QT.glob("*.py"))
    run = subprocess.run(
        [lupdate(), *sources, "-locations", "none", "-target-language", "es", "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    found = messages(ts)
    assert len(found) > 200  # lupdate read the modules
    return found


def test_every_string_has_a_finished_spanish_translation(extracted):
    committed = messages(I18N / "annotator_es.ts")
    untranslated = [key for key in extracted if key not in committed]
    untranslated += [key for key in extracted if key in committed and not finished(committed[key])]
    assert not untranslated, (
        "left untranslated (update the .ts as docs/translations.md says, then translate): "
        f"{untranslated}"
    )
    stale = [key for key in committed if key not in extracted]
    assert not stale, f"no longer in the sources (run lupdate with -no-obsolete): {stale}"
    plural = [key for key in extracted if committed[key].get("numerus") == "yes"]
    assert plural and all(len(forms(committed[key])) == 2 for key in plural)  # one, many


def test_every_plural_has_its_english_forms(extracted):
    english = messages(I18N / "annotator_en.ts")
    plurals = [key for key, message in extracted.items() if message.get("numerus") == "yes"]
    assert plurals
    for key in plurals:
        assert key in english and finished(english[key]), key
        one, many = forms(english[key])
        assert "(s)" not in one + many and "%n" in one and "%n" in many, key


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%n", text))


def test_translations_keep_placeholders_and_accelerators():
    for language in ("es", "en"):
        for (context, source), message in messages(I18N / f"annotator_{language}.ts").items():
            for text in forms(message):
                expected = _placeholders(source)
                if message.get("numerus") == "yes":  # a singular may spell out the one
                    assert set(_placeholders(text)) <= set(expected), (context, source, text)
                else:
                    assert _placeholders(text) == expected, (context, source, text)
                keys = len(re.findall(r"&(?=\w)", text))
                assert keys == len(re.findall(r"&(?=\w)", source)), (context, source, text)


# --- the sources: every string marked is found, and no visible string is left bare ----------

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _marked(tree: ast.AST):
    """Each call that marks a literal for translation: (line, source, whether it has a count)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATING:
            at = 0 if _name(node.func) in ("tr", "QT_TR_NOOP") else 1
            if len(node.args) > at and isinstance(node.args[at], ast.Constant):
                yield node.lineno, node.args[at].value, len(node.args) > at + 2 or node.keywords


def test_lupdate_finds_every_string_marked_in_the_sources(extracted):
    """lupdate drops a translate() whose count is a call (len(...)) or keywords, and reads a
    plural's count from a variable only in a QObject's tr(): such a string would never be
    translated. Each one marked must be found, a plural as a plural."""
    found = {source: message.get("numerus") == "yes" for (_, source), message in extracted.items()}
    lost = []
    for path in sorted(QT.glob("*.py")):
        for line, source, counted in _marked(ast.parse(path.read_text(encoding="utf-8"))):
            if source not in found or bool(counted) != found[source]:
                lost.append(f"{path.name}:{line}: {source!r}")
    assert not lost, lost


def test_every_string_is_looked_up_in_the_context_lupdate_files_it_under():
    """lupdate files ``obj.tr("...")`` under the context ``obj`` (a variable's name: "window"),
    while Qt looks it up under the object's class, and reads a bare ``tr("Help", "...")`` (an
    alias of ``translate``) as the text "Help": either is never translated. Only ``self.tr``
    and ``QCoreApplication.translate`` with a literal context. (A text in a variable, marked
    where it is written with ``QT_TRANSLATE_NOOP``, is looked up as it is.)"""
    wrong = []
    for path in sorted(QT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            literal = isinstance(node, ast.Call) and any(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in node.args[:2]
            )
            if not literal:
                continue
            func, at = node.func, f"{path.name}:{node.lineno}"
            method = func.attr if isinstance(func, ast.Attribute) else None
            on_self = isinstance(func, ast.Attribute) and ast.unparse(func.value) == "self"
            if isinstance(func, ast.Name) and func.id in ("tr", "translate"):
                wrong.append(f"{at}: {func.id}(...)")
            elif method == "tr" and not on_self:
                wrong.append(f"{at}: {ast.unparse(func)}(...)")
            elif method == "translate" and not isinstance(node.args[0], ast.Constant):
                wrong.append(f"{at}: translate(<no literal context>)")
    assert not wrong, wrong


def test_every_fixed_word_of_the_core_the_windows_show_is_marked_for_translation():
    """The core imports no Qt: its fixed words are listed in core_texts and class_texts for
    lupdate. A word added to one of the core's tables without its line there would be shown
    in English to a Spanish class."""
    from annotator.core.classroom.key_changes import KIND_LABELS
    from annotator.core.classroom.overview_words import AGREEMENT_EXPLAINED, kappa_level
    from annotator.core.classroom.verdicts import OUTCOME_HEADINGS
    from annotator.core.formats.gradebook import FLAG_NOTES
    from annotator.core.formats.registry import FORMATS
    from annotator.core.lessons.looks import UNDERLINE_LOOKS
    from annotator.core.lessons.tags import DEFAULT_TAGS
    from annotator.qt import class_texts, core_texts

    student = {tag.label for tag in DEFAULT_TAGS} | {tag.description for tag in DEFAULT_TAGS}
    student |= {look.words for look in UNDERLINE_LOOKS.values()}
    student |= {fmt.description for fmt in FORMATS}
    assert student - set(core_texts.FIXED) == set()
    levels = {kappa_level(kappa) for kappa in (None, -0.1, 0.1, 0.3, 0.5, 0.7, 0.9)}
    assert len(levels) == 7  # every level of the scale
    teacher = {*KIND_LABELS.values(), *FLAG_NOTES.values(), *OUTCOME_HEADINGS.values()}
    teacher |= levels | {AGREEMENT_EXPLAINED}
    assert teacher - set(class_texts.FIXED) == set()


SHOWN_BY = {  # calls whose string arguments a user sees
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setLabelText", "showMessage", "addMenu", "addAction", "setPrefix", "setSuffix", "addTab",
    "setTabText", "setTabToolTip", "addRow", "addItem", "setHorizontalHeaderLabels",
    "setInformativeText", "setNameFilters", "QLabel", "QPushButton", "QAction", "QMenu",
    "QMessageBox", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QDockWidget",
    "QProgressDialog", "warning", "information", "critical", "question", "getText",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "QFileDialog", "QInputDialog",
    "show_failure", "say",
}  # fmt: skip


def _words(text: str) -> bool:
    """Whether a literal holds words a user reads (not markup, placeholders, punctuation or a
    file's name such as ``key.toml``)."""
    if re.fullmatch(r"[\w-]+\.\w+", text):
        return False
    text = re.sub(r"<[^>]*>|\{[^}]*\}|&\w+;", " ", text)
    return re.search(r"[A-Za-z]{2,}", text) is not None


def _bare(node: ast.expr) -> bool:
    """Whether ``node`` puts an untranslated literal with words on screen."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_bare(part) for part in node.values)
    if isinstance(node, ast.FormattedValue):
        return _bare(node.value)
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_bare(item) for item in node.elts)
    if isinstance(node, ast.Call) and _name(node.func) not in TRANSLATING:
        on = node.func.value if isinstance(node.func, ast.Attribute) else None  # "..".format()
        return _bare(on) if on is not None else any(_bare(arg) for arg in node.args)
    return False


def bare_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _name(node.func) in SHOWN_BY:
            found += [f"{path.name}:{node.lineno}" for arg in node.args if _bare(arg)]
    return found


def test_no_visible_string_is_left_out_of_the_translation_system():
    modules = sorted(QT.glob("*.py"))
    bare = [s for path in modules if path.name not in NOT_YET_CONVERTED for s in bare_strings(path)]
    assert not bare, f"wrap these in self.tr() or QCoreApplication.translate(): {bare}"
    converted = [name for name in NOT_YET_CONVERTED if not bare_strings(QT / name)]
    assert not converted, f"converted: take them off NOT_YET_CONVERTED: {converted}"


def test_the_scan_sees_a_bare_string(tmp_path):
    """The scan is not blind: a literal, an f-string and a formatted literal are caught; a
    translated one is not."""
    module = tmp_path / "widget.py"
    module.write_text(
        "label = QLabel('Hello')\n"
        "button.setToolTip(f'{n} files')\n"
        "box.setText('Saved {name}'.format(name=n))\n"
        "tip.setToolTip(plain_tooltip(f'Link: {target}'))\n"
        "ok = QLabel(self.tr('Hello'))\n"
        "ok = QLabel(escape(self.tr('Hello {name}').format(name=n)))\n"
        "html = QLabel('<b></b>')\n"
    )
    assert bare_strings(module) == [f"widget.py:{line}" for line in (1, 2, 3, 4)]


# --- choosing and loading a language --------------------------------------------------------


def test_the_language_comes_from_the_environment_then_the_setting_then_the_system(monkeypatch):
    monkeypatch.delenv(translations.ENVIRONMENT, raising=False)
    assert chosen_language(["es-MX", "en-US"]) == "es"
    assert chosen_language(["de-DE", "en-GB"]) == "en"  # the first the app speaks
    assert chosen_language(["de-DE"]) == "en"
    translations.set_language_setting("es")
    assert chosen_language(["en-US"]) == "es"
    monkeypatch.setenv(translations.ENVIRONMENT, "en")
    assert chosen_language(["es-ES"]) == "en"
    monkeypatch.setenv(translations.ENVIRONMENT, "xx")  # a language it lacks is passed over
    assert chosen_language(["en-US"]) == "es"
    translations.set_language_setting(None)
    assert chosen_language(["es_ES.UTF-8"]) == "es"


def test_a_checkout_compiles_its_translation_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    beside = I18N / "annotator_es.qm"
    if beside.is_file() and beside.stat().st_mtime >= (I18N / "annotator_es.ts").stat().st_mtime:
        pytest.skip("a .qm built beside its source is used as it is")
    compiled = build.compiled("es")
    assert compiled is not None and compiled.is_relative_to(tmp_path / "cache")
    modified = compiled.stat().st_mtime_ns
    assert build.compiled("es") == compiled and compiled.stat().st_mtime_ns == modified
    assert build.compiled("xx") is None


def test_a_bundle_that_carries_only_compiled_translations_speaks_them(tmp_path, monkeypatch):
    """A desktop bundle takes the .qm files ``python -m annotator.i18n.build`` writes."""
    written = build.build_all(tmp_path)
    assert sorted(path.name for path in written) == ["annotator_en.qm", "annotator_es.qm"]
    monkeypatch.setattr(build, "HERE", tmp_path)  # no .ts beside them
    assert build.languages() == ["en", "es"]
    assert build.compiled("es") == tmp_path / "annotator_es.qm"


def test_english_says_its_plurals_in_words(qapp):
    one = QCoreApplication.translate("RosterDialog", "%n student(s) on the roster.", "", 1)
    many = QCoreApplication.translate("RosterDialog", "%n student(s) on the roster.", "", 3)
    assert (one, many) == ("1 student on the roster.", "3 students on the roster.")


@pytest.fixture
def spanish(qapp):
    """The app speaking Spanish, as ``ANNOTATOR_LANG=es`` makes it; English again after."""
    assert install_translations(qapp, "es") == "es"
    yield
    assert install_translations(qapp, "en") == "en"


def test_a_window_started_in_spanish_shows_spanish_menus(spanish, review, qtbot, tmp_path):
    bar = {action.menu().objectName(): action.menu() for action in review.menuBar().actions()}
    class_menu = bar["class-menu"]
    assert class_menu.title() == "&Clase"
    assert bar["key-menu"].title() == "Cla&ve"
    shown = [action.text() for action in class_menu.actions() if not action.isSeparator()]
    assert shown[:3] == [
        "&Lista de clase…",
        "&Decidir sobre las entregas en espera…",
        "&Quitar la entrega de este estudiante",
    ]
    assert review.class_actions.held_button.text() == "Ninguna en espera"
    # Qt's own words, from its qtbase_es translation: the standard buttons of every box.
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancelar"
    class_menu.popup(review.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(class_menu)
    picture = tmp_path / "class-menu-es.png"
    assert class_menu.grab().save(str(picture)) and picture.stat().st_size > 1000
    class_menu.hide()


def test_the_language_menu_keeps_the_choice_for_the_next_start(review, window, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from annotator.qt.language_menu import LanguageMenu

    monkeypatch.delenv(translations.ENVIRONMENT)
    # Both windows have it in their View menu.
    assert window.findChild(QMenu, "language-menu") is not None
    menu = review.findChild(QMenu, "language-menu")
    actions = {a.objectName(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == ["language-system", "language-en", "language-es"]
    assert actions["language-system"].isChecked()
    actions["language-es"].trigger()
    assert chosen_language(["en-US"]) == "es"
    assert LanguageMenu(review).actions["es"].isChecked()  # as the next start finds it
    assert "starts again" in review.statusBar().currentMessage()
    actions["language-system"].trigger()
    assert chosen_language(["en-US"]) == "en"


def _accelerator_clashes(menu_bar) -> list[str]:
    """Two entries of one menu (or two menus of the bar) underlined on the same letter: Alt and
    that letter then reaches only the first, as a translation easily makes happen."""
    clashes = []
    menus = [("menu bar", [a for a in menu_bar.actions() if a.isVisible()])]
    menus += [
        (action.text(), [a for a in action.menu().actions() if a.isVisible()])
        for action in menu_bar.actions()
        if action.menu() is not None
    ]
    for name, actions in menus:
        seen: dict[str, str] = {}
        for action in actions:
            key = re.search(r"&(\w)", action.text())
            if key is None:
                continue
            letter = key.group(1).casefold()
            if letter in seen:
                clashes.append(f"{name}: {seen[letter]!r} and {action.text()!r}")
            seen[letter] = action.text()
    return clashes


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_two_entries_of_a_menu_share_an_accelerator(qapp, make_window, language, tmp_path):
    from annotator.qt.review_window import ReviewWindow
    from annotator.storage.database import open_database

    assert install_translations(qapp, language) == language
    try:
        window = make_window()
        database = open_database(tmp_path / "teacher.db")
        review = ReviewWindow(database, window.lesson)
        try:
            clashes = _accelerator_clashes(window.menuBar()) + _accelerator_clashes(
                review.menuBar()
            )
        finally:
            review.close()
            database.close()
    finally:
        install_translations(qapp, "en")
    assert not clashes, clashes


def test_numbers_are_written_as_the_language_writes_them(qapp):
    from annotator.qt.core_texts import decimal

    try:
        install_translations(qapp, "es")
        assert (decimal(35.75, 1), decimal(0.4, 2)) == ("35,8", "0,40")
    finally:
        install_translations(qapp, "en")
    assert decimal(35.75, 1) == "35.8"
