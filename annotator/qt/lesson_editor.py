"""The teacher's lesson editor (File > New Lesson, Edit Lesson): articles from saved pages,
text files or pasted text; the instructions in Markdown with a live preview; the answer key
tagged in key mode; then the pack folder saved and both zips built.

Everything the editor does to the lesson is the core's (:mod:`annotator.core.lessons.authoring`);
the window shows a :class:`LessonDraft` and lists every problem that keeps it from saving
(``lesson-problems``), updated as the teacher types. Object names: ``lesson-editor``,
``lesson-title``, ``lesson-id``, ``lesson-version``, ``lesson-editor-tabs``, ``article-page-<n>``,
``instructions-editor``, ``instructions-preview``, ``lesson-problems``, and the actions
``add-article``, ``paste-article``, ``remove-article``, ``key-mode``, ``save-lesson``,
``build-zips``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.core.lessons.authoring.lesson_draft import (
    DEFAULT_LESSON_ID,
    MAX_ARTICLES,
    LessonDraft,
    draft_lesson,
    draft_problems,
    make_id,
)
from annotator.core.lessons.authoring.new_lesson import article_from, new_draft, with_unique_ids
from annotator.core.lessons.authoring.pack_writer import BuiltZips, SavedPack, build_zips, save_pack
from annotator.core.lessons.authoring.source_bytes import SourceError, pasted_source, read_source
from annotator.core.lessons.instructions import render_instructions
from annotator.core.lessons.pack import PackError
from annotator.qt.article_draft_page import ArticleDraftPage


class LessonEditor(QMainWindow):
    lesson_saved = Signal(object)  # SavedPack

    def __init__(self, draft: LessonDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-editor")
        self.draft = draft or LessonDraft()
        self.saved: SavedPack | None = None
        self.key_mode = None
        self.title_edit = QLineEdit(self.draft.title, objectName="lesson-title")
        self.id_edit = QLineEdit(self.draft.id, objectName="lesson-id")
        self.version_edit = QLineEdit(self.draft.version, objectName="lesson-version")
        self.title_edit.textEdited.connect(self._title_edited)
        self._id_typed = bool(self.draft.id)  # else the id follows the title
        self.id_edit.textEdited.connect(self._id_edited)
        self.version_edit.textEdited.connect(lambda text: self._set(version=text.strip()))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Lesson id"), self.id_edit)
        form.addRow(self.tr("Version"), self.version_edit)

        self.tabs = QTabWidget(objectName="lesson-editor-tabs")
        self.instructions_edit = QPlainTextEdit(objectName="instructions-editor")
        self.instructions_edit.setPlainText(self.draft.instructions)
        self.preview = QTextBrowser(objectName="instructions-preview")
        self.preview.setOpenLinks(False)  # links are shown, never followed
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._update_preview)
        self.instructions_edit.textChanged.connect(self._instructions_edited)
        instructions = QSplitter()
        instructions.addWidget(self.instructions_edit)
        instructions.addWidget(self.preview)
        self._instructions_tab = instructions

        self.problems = QListWidget(objectName="lesson-problems")
        self.problems.setMaximumHeight(140)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        self.setCentralWidget(central)
        self._make_actions()
        self._rebuild_tabs()
        self._update_preview()
        self.resize(1200, 820)
        self._update_title()

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Lesson"))
        toolbar = self.addToolBar(self.tr("Lesson"))
        toolbar.setObjectName("lesson-editor-toolbar")
        specs = (
            ("add-article", self.tr("Add Article…"), self.choose_sources, QKeySequence.Open),
            ("paste-article", self.tr("Paste Article…"), self.ask_pasted, None),
            ("remove-article", self.tr("Remove Article"), self.remove_current_article, None),
            ("key-mode", self.tr("Tag the Key…"), self.open_key_mode, None),
            ("save-lesson", self.tr("Save Lesson…"), self.choose_folder, QKeySequence.Save),
            ("build-zips", self.tr("Build Zips…"), self.choose_zips, None),
        )
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, slot, shortcut in specs:
            action = QAction(text, self, objectName=name)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            toolbar.addAction(action)
            self.actions_by_name[name] = action

    # -- the draft

    def _set(self, **fields) -> None:
        self.draft = self.draft.changed(**fields)
        self._update_problems()

    def _title_edited(self, text: str) -> None:
        self._set(title=text.strip())
        if not self._id_typed:
            self.id_edit.setText(make_id(text, DEFAULT_LESSON_ID, 64))
            self._set(id=self.id_edit.text())
        self._update_title()

    def _id_edited(self, text: str) -> None:
        self._id_typed = True
        self._set(id=text.strip())

    def _update_title(self) -> None:
        title = self.draft.title or self.tr("New lesson")
        self.setWindowTitle(self.tr("{title} — Lesson Editor").format(title=title))

    def _instructions_edited(self) -> None:
        self.draft = self.draft.changed(instructions=self.instructions_edit.toPlainText())
        self._preview_timer.start()
        self._update_problems()

    def _update_preview(self) -> None:
        self.preview.setHtml(render_instructions(self.draft.instructions))

    def _rebuild_tabs(self, current: int = 0) -> None:
        self.tabs.clear()
        self.pages: list[ArticleDraftPage] = []
        for index, article in enumerate(self.draft.articles):
            page = ArticleDraftPage(article)
            page.setObjectName(f"article-page-{index + 1}")
            page.draft_changed.connect(lambda changed, i=index: self._article_changed(i, changed))
            self.pages.append(page)
            self.tabs.addTab(page, article.meta.outlet or article.origin)
        self.tabs.addTab(self._instructions_tab, self.tr("Instructions"))
        self.tabs.setCurrentIndex(min(current, self.tabs.count() - 1))
        self._update_problems()
        from annotator.qt.accessibility import describe_controls

        describe_controls(self)  # the new pages' controls, named for screen readers

    def _article_changed(self, index: int, article) -> None:
        self.draft = self.draft.with_article(index, article)
        self.tabs.setTabText(index, article.meta.outlet or article.origin)
        self._update_problems()

    def _update_problems(self) -> None:
        self.problems.clear()
        found = draft_problems(self.draft)
        for problem in found:
            self.problems.addItem(str(problem))
        if not found:
            self.problems.addItem(self.tr("No problems: the lesson can be saved."))
        self.actions_by_name["key-mode"].setEnabled(len(self.draft.articles) > 0)

    def show_problems(self, problems) -> None:
        self.problems.clear()
        for problem in problems:
            self.problems.addItem(str(problem))

    # -- articles in

    def add_sources(self, paths) -> list[str]:
        """Adds an article per file; returns the messages of files that could not be read."""
        failures = []
        articles = list(self.draft.articles)
        for path in paths:
            if len(articles) >= MAX_ARTICLES:
                failures.append(self.tr("{name}: a lesson has at most {n} articles").format(
                    name=Path(path).name, n=MAX_ARTICLES))  # fmt: skip
                continue
            try:
                articles.append(article_from(read_source(path)))
            except SourceError as error:
                failures.append(str(error))
        self._take_articles(articles, failures)
        return failures

    def add_pasted(self, text: str) -> list[str]:
        try:
            articles = [*self.draft.articles, article_from(pasted_source(text))]
        except SourceError as error:
            self._take_articles(list(self.draft.articles), [str(error)])
            return [str(error)]
        self._take_articles(articles, [])
        return []

    def _take_articles(self, articles, failures: list[str]) -> None:
        first_articles = not self.draft.articles
        if first_articles and articles:
            self.draft = new_draft(articles, self.draft.title, self.draft.id).changed(
                version=self.draft.version
            )
            self.instructions_edit.setPlainText(self.draft.instructions)
            self.id_edit.setText(self.draft.id)
        else:
            self.draft = self.draft.changed(articles=with_unique_ids(articles))
        self._rebuild_tabs(len(articles) - 1)
        if failures:  # listed above the draft's problems, where the teacher looks
            self.problems.insertItems(0, failures)
            self.statusBar().showMessage(self.tr("Not added: {files}").format(files=failures[0]))

    def choose_sources(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add Articles"),
            "",
            self.tr("Saved pages and texts (*.html *.htm *.xhtml *.txt *.md)"),
        )
        if paths:
            self.add_sources(paths)

    def ask_pasted(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Paste Article"), self.tr("The article's text, as copied from the page:")
        )
        if ok and text.strip():
            self.add_pasted(text)

    def remove_current_article(self) -> None:
        index = self.tabs.currentIndex()
        if 0 <= index < len(self.draft.articles):
            articles = self.draft.articles[:index] + self.draft.articles[index + 1 :]
            self.draft = self.draft.changed(articles=articles)
            self._rebuild_tabs(index)

    # -- the key

    def open_key_mode(self):
        """The key-mode window on the lesson as it is now; its key comes back on finishing."""
        from annotator.qt.key_mode import open_key_mode

        try:
            lesson = draft_lesson(self.draft)
        except ValueError as error:
            self.show_problems([str(error)])
            return None
        key = self.draft.key if self.draft.key_lesson is not None else ()
        if key:
            from annotator.core.lessons.authoring.key_spans import moved_key

            key, _lost = moved_key(key, lesson)
        self.key_mode = open_key_mode(
            lesson, key, lambda k: self._key_tagged(lesson, k), self.draft.rules.linked_claims
        )
        return self.key_mode

    def _key_tagged(self, lesson, key) -> None:
        from dataclasses import replace

        rules = replace(self.draft.rules, linked_claims=self.key_mode.linked_claims)
        self.draft = self.draft.changed(key=key, key_lesson=lesson, rules=rules)
        self.statusBar().showMessage(self.tr("Answer key: {n} spans").format(n=len(key)))
        self._update_problems()

    # -- out

    def save_to(self, folder: str | Path) -> SavedPack | None:
        """Saves the pack folder; on a problem, lists every one and writes nothing."""
        try:
            self.saved = save_pack(self.draft, folder)
        except PackError as error:
            self.show_problems(error.problems)
            return None
        self.statusBar().showMessage(
            self.tr("Saved {folder}: version {version}").format(
                folder=self.saved.folder, version=self.saved.lesson.version
            )
        )
        self.lesson_saved.emit(self.saved)
        return self.saved

    def build_zips(self, teacher: str | Path, student: str | Path) -> BuiltZips | None:
        if self.saved is None:
            self.show_problems([self.tr("Save the lesson first: the zips are built from it.")])
            return None
        try:
            built = build_zips(self.saved.folder, teacher, student)
        except PackError as error:
            self.show_problems(error.problems)
            return None
        self.statusBar().showMessage(
            self.tr("Built {teacher} (with the key) and {student} (for students)").format(
                teacher=built.teacher.name, student=built.student.name
            )
        )
        return built

    def choose_folder(self) -> None:
        start = self.draft.replaces or ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the Lesson in"), start)
        if folder:
            target = Path(folder)
            if not self.draft.replaces and any(target.iterdir()):
                target = target / (self.draft.id or DEFAULT_LESSON_ID)
            self.save_to(target)

    def choose_zips(self) -> None:
        if self.saved is None:
            self.choose_folder()
            if self.saved is None:
                return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Build the Zips in"))
        if folder:
            base = Path(folder) / self.saved.lesson.id
            self.build_zips(f"{base}-teacher.zip", f"{base}-student.zip")


def open_lesson_editor(parent: QWidget | None = None, pack: str | None = None) -> LessonEditor:
    """A lesson editor on a new lesson, or on the pack folder ``pack`` to make a new version."""
    draft = None
    if pack is not None:
        from annotator.core.lessons.authoring.lesson_draft import draft_from_pack

        draft = draft_from_pack(pack)
    editor = LessonEditor(draft, parent)
    editor.show()
    return editor


def new_lesson(window: QWidget) -> LessonEditor:
    """File > New Lesson: the editor on an empty lesson, asking for its articles at once."""
    editor = open_lesson_editor(window)
    window.lesson_editor = editor
    editor.choose_sources()
    return editor


def edit_lesson(window) -> LessonEditor | None:
    """File > Edit Lesson: the editor on the open lesson's pack, to save its next version."""
    try:
        editor = open_lesson_editor(window, window.lesson.source)
    except PackError as error:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("LessonEditor", "Cannot edit this lesson"),
            str(error),
        )
        return None
    window.lesson_editor = editor
    return editor
