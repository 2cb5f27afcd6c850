"""Members → Import… (SPEC §8): bring members, and what they have left, from another system.

Three pages: the file (how it was read), its columns (what each holds), and the preview of
every row, whose Finish button imports them all in one transaction. Nothing is written before
that button; on success the wizard closes and the app's banner says what was imported.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from studio_app.gui.controllers.data_import import ImportController, ImportDraft
from studio_app.gui.views.import_columns_page import ImportColumnsPage
from studio_app.gui.views.import_file_page import ImportFilePage
from studio_app.gui.views.import_preview_page import ImportPreviewPage


class ImportWizard(QWizard):
    def __init__(self, controller: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.draft = ImportDraft(plans=controller.plans() if controller.can_import() else [])
        self.setWindowTitle("Import members")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(900, 600)
        self.resize(1100, 720)
        self.file_page = ImportFilePage(controller, self.draft, self)
        self.columns_page = ImportColumnsPage(controller, self.draft, self)
        self.preview_page = ImportPreviewPage(controller, self.draft, self)
        for page in (self.file_page, self.columns_page, self.preview_page):
            self.addPage(page)
