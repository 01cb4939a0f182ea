"""The review window's Export menu: every class format of the output registry, written by the
same service as ``annotator class export``, so the window and the CLI write the same files.

Each action asks for a file (or, for the reports, a folder), then calls :meth:`export_to`,
which tests and automation call directly. The reports, which take a while, show a progress
dialog; a file that cannot be written is named in a message box, with the reason.

The menu's box "Release the Answer Key in Students' Reports" (unchecked whenever the window
opens) is ``annotator class export --release-key``: the students' reports then list every claim
with the key's note, the missed ones too.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolButton,
    QWidget,
)

from annotator.core.formats.registry import CLASS_SCOPES, OutputFormat, Scope, find, formats
from annotator.qt.core_texts import format_description, format_title
from annotator.services.classroom import Classroom
from annotator.services.exports import ExportError, export_class


class ExportActions(QObject):
    """One action per class format (object name ``export-<format>``), for a menu and a button.

    ``before_export`` runs first: the review window saves feedback still being typed, so that
    the export holds it.
    """

    exported = Signal(list)  # the paths written

    def __init__(
        self,
        window: QMainWindow,
        classroom: Classroom,
        before_export: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.classroom = classroom
        self.before_export = before_export
        self.actions: dict[str, QAction] = {}
        for fmt in formats(CLASS_SCOPES):
            action = QAction(self.tr("{title}…").format(title=format_title(fmt)), window)
            action.setObjectName(f"export-{fmt.name}")
            action.setStatusTip(
                self.tr("Export the class: {format}").format(format=format_description(fmt))
            )
            action.triggered.connect(functools.partial(self.choose_and_export, fmt.name))
            self.actions[fmt.name] = action
        release = QAction(self.tr("Release the Answer Key in Students' Reports"), window)
        release.setObjectName("export-release-key")
        release.setCheckable(True)  # unchecked: the reports show notes on claims found only
        release.setStatusTip(
            self.tr(
                "Students' reports list every claim of the key with its note, the missed ones too"
            )
        )
        self.release_key = release
        self.progress: QProgressDialog | None = None  # the last export's, for the reports
        self.error_box: QMessageBox | None = None  # the last failure's
        self.warning_box: QMessageBox | None = None  # the last export's things to check

    def menu(self, parent: QWidget) -> QMenu:
        """The Export menu: the one-file formats, then the folders of reports."""
        menu = QMenu(self.tr("&Export"), parent)
        menu.setObjectName("export-menu")
        menu.addActions([self.actions[fmt.name] for fmt in formats((Scope.CLASS_FILE,))])
        menu.addSeparator()
        menu.addActions([self.actions[fmt.name] for fmt in formats((Scope.CLASS_FOLDER,))])
        menu.addAction(self.release_key)
        return menu

    def tool_button(self, parent: QWidget) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName("export-button")
        button.setText(self.tr("Export"))
        button.setToolTip(self.tr("Export the class: grades, the graded set, annotations, reports"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(self.menu(button))
        return button

    # -- choosing where, then exporting

    def choose_and_export(self, name: str) -> list[Path] | None:
        fmt = find(name, CLASS_SCOPES)
        path = self.ask_path(fmt)
        return None if path is None else self.export_to(name, path)

    def ask_path(self, fmt: OutputFormat) -> Path | None:
        """Where to write ``fmt``: a folder for the reports, else a file; None if cancelled."""
        title = self.tr("Export: {title}").format(title=format_title(fmt))
        if fmt.is_folder:
            chosen = QFileDialog.getExistingDirectory(self.window, title)
        else:
            suggested = f"{self.classroom.lesson.id}-{fmt.name}{fmt.suffix}"
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                title,
                suggested,
                self.tr("*{suffix};;All files (*)").format(suffix=fmt.suffix),
            )
        return Path(chosen) if chosen else None

    def export_to(
        self, name: str, path: str | Path, *, key_released: bool | None = None
    ) -> list[Path] | None:
        """Exports the class as the format ``name`` to ``path`` (a folder for the reports).

        ``key_released`` (default: the menu's box) releases the answer key in the students'
        reports. Returns the files written, or None after showing why it failed.
        """
        if key_released is None:
            key_released = self.release_key.isChecked()
        fmt = find(name, CLASS_SCOPES)
        if self.before_export is not None:
            self.before_export()
        write_pdfs = None
        if fmt.needs_pdf_writer:
            from annotator.qt.pdf_batch import write_pdfs
        progress = self._progress_dialog(fmt) if fmt.is_folder else None
        warnings: list[str] = []
        try:
            written = export_class(
                self.classroom,
                fmt,
                path,
                write_pdfs=write_pdfs,
                progress=None if progress is None else functools.partial(_advance, progress),
                warnings=warnings,
                key_released=key_released and fmt.is_folder,
            )
        except ExportError as error:
            self._show_error(error)
            return None
        finally:
            if progress is not None:
                progress.close()
        if fmt.is_folder:
            said = self.tr("Exported %n file(s) to {path}", "", len(written)).format(path=path)
        else:
            said = self.tr("Exported {path}").format(path=path)
        self.window.statusBar().showMessage(said, 10_000)
        if warnings:
            self._show_warnings(path, warnings)
        self.exported.emit(written)
        return written

    def _show_warnings(self, path: str | Path, warnings: list[str]) -> None:
        text = self.tr("Wrote {path}. Check before you import it:").format(path=path)
        text += "\n\n" + "\n\n".join(warnings)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Check the export"), text, parent=self.window
        )
        box.setObjectName("export-warnings")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names come from students' files
        box.open()
        self.warning_box = box

    def _progress_dialog(self, fmt: OutputFormat) -> QProgressDialog:
        label = self.tr("Writing {format}…").format(format=format_description(fmt))
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setObjectName("export-progress")
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress = progress
        return progress

    def _show_error(self, error: ExportError) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Export failed"), str(error), parent=self.window
        )
        box.setObjectName("export-error")
        box.open()  # not modal: the teacher can keep working, and tests are never blocked
        self.error_box = box


def _advance(progress: QProgressDialog, done: int, total: int, name: str) -> None:
    progress.setMaximum(total)
    progress.setValue(done)
    progress.setLabelText(
        QCoreApplication.translate("ExportActions", "Wrote {done} of {total}: {name}").format(
            done=done, total=total, name=name
        )
    )
