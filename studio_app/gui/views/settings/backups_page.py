"""Settings → Backups (SPEC §9): where the daily backups go, which ones exist, backups by hand,
copies saved anywhere (a USB stick), the folder and rotation, and restore.

Anyone logged in may back up or save a copy. The folder, the rotation and restoring need the
``settings`` privilege: other accounts see them locked with the reason on the page, as on the
other Settings tabs. A restore asks first, saves the data as it is now as a "Before a restore"
backup, and then everyone logs in again (the staff accounts are those of the backup). A studio
whose data is on a database server backs up there: the page says so and offers nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio_app.domain.backups import BACKUP_SUFFIX, MAX_KEEP_DAYS, MAX_KEEP_MONTHS, RetentionPolicy
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.gui.controllers.backups import BackupRow, BackupsController, BackupStatus
from studio_app.gui.forms.ui_backups_page import Ui_BackupsPage
from studio_app.gui.qtmodels.backups import BackupTableModel
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.permissions import follow_privileges, look_only_note, needs_text
from studio_app.gui.views.table_selection import pad_columns, select_row, selected_row

DATA_FILTER = f"Studio App data (*{BACKUP_SUFFIX})"
NO_FOLDER_YET = "No backup made yet"
NO_AUTOMATIC = "No automatic backup yet"
OPEN_FOLDER_TIP = "Show the backups in the file manager"
SELECT_FIRST = "Select a backup in the list first"
RESTORE_TIP = "Put the studio's data back as it was in the selected backup"
RESTORE_FILE_TIP = "Restore a backup or copy kept somewhere else, e.g. on a USB stick"
AFTER_RESTORE = (
    "The data as it is now is saved first, as a “Before a restore” backup, so it can be "
    "brought back. Everyone logs in again afterwards."
)

#: The backup settings as the page edits them: folder ("" = default), days, months.
Settings = tuple[str, int, int]


class BackupsPage(QWidget):
    def __init__(self, controller: BackupsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_BackupsPage()
        ui.setupUi(self)
        self.model = BackupTableModel(self)
        table = ui.backupsTable
        table.setModel(self.model)
        table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        ui.keepDaysSpin.setRange(1, MAX_KEEP_DAYS)
        ui.keepMonthsSpin.setRange(0, MAX_KEEP_MONTHS)
        self._hint = ui.settingsHintLabel.text()
        # The settings fields and their own tooltips (replaced by the reason when locked).
        fields = (ui.folderEdit, ui.chooseFolderButton, ui.defaultFolderButton)
        fields += (ui.keepDaysSpin, ui.keepMonthsSpin, ui.saveSettingsButton)
        self._setting_tips = {widget: widget.toolTip() for widget in fields}
        set_primary(ui.backUpButton, ui.saveSettingsButton)
        self._status = BackupStatus("", None, None, "", RetentionPolicy())
        self._saved: Settings = self.settings()
        self._allowed = False  # may change settings and restore, as of the last reload
        self._report("", "")
        show_error(ui.settingsErrorLabel, "")

        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.backUpButton.clicked.connect(self.back_up)
        ui.saveCopyButton.clicked.connect(self.save_copy)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.restoreFileButton.clicked.connect(self.restore_from_file)
        table.doubleClicked.connect(lambda _index: self.restore_selected())  # it selects first
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.chooseFolderButton.clicked.connect(self.choose_folder_clicked)
        ui.defaultFolderButton.clicked.connect(ui.folderEdit.clear)
        ui.folderEdit.textChanged.connect(self._update_policy)
        ui.folderEdit.returnPressed.connect(self.save_settings)
        ui.keepDaysSpin.valueChanged.connect(self._update_policy)
        ui.keepMonthsSpin.valueChanged.connect(self._update_policy)
        ui.saveSettingsButton.clicked.connect(self.save_settings)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self.reload)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: Path | None = None) -> None:
        """Read the folder again (a daily backup may have appeared), keeping the selected
        backup or selecting ``select``, and settings being edited."""
        self._status = status = self.controller.status()
        available = not status.unavailable
        self._allowed = available and self.controller.can(Privilege.SETTINGS)
        ui = self.ui
        ui.unavailableLabel.setText(status.unavailable)
        ui.unavailableLabel.setVisible(bool(status.unavailable))
        # On a server there is no folder and no backup to show: the sentence says why.
        for widget in (ui.introLabel, ui.statusGroup, ui.backupsTable):
            widget.setVisible(available)
        ui.settingsGroup.setEnabled(available)
        self._show_status(status)
        self._show_backups(status, select)
        self._show_settings(status)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self.controller.concerns(changes):
            self.reload()

    def _show_status(self, status: BackupStatus) -> None:
        ui = self.ui
        ui.folderValueLabel.setText(str(status.folder or ""))
        ui.keptLabel.setText(status.policy.describe())
        newest = status.newest_automatic
        ui.newestLabel.setText(newest.made_text if newest else NO_AUTOMATIC)
        ui.lastRestoreLabel.setText(status.last_restore)
        ui.lastRestoreCaption.setVisible(bool(status.last_restore))
        ui.lastRestoreLabel.setVisible(bool(status.last_restore))
        exists = status.folder is not None and status.folder.is_dir()
        ui.openFolderButton.setEnabled(exists)
        ui.openFolderButton.setToolTip(OPEN_FOLDER_TIP if exists else NO_FOLDER_YET)

    def _show_backups(self, status: BackupStatus, select: Path | None) -> None:
        table = self.ui.backupsTable
        chosen = self.selected_backup()
        self.model.set_rows(status.backups)
        wanted = select or (chosen.path if chosen else None)
        if wanted is not None:
            select_row(table, self.model.row_of(wanted))
        pad_columns(table)
        self.ui.emptyLabel.setVisible(not status.unavailable and not status.backups)
        self._update_buttons()

    def _show_settings(self, status: BackupStatus) -> None:
        """The saved folder and rotation, unless the desk is editing them; locked (with the
        reason) for accounts without ``settings``."""
        ui = self.ui
        saved = (status.custom_folder, status.policy.keep_days, status.policy.keep_months)
        if self.settings() == self._saved:
            ui.folderEdit.setText(saved[0])
            ui.keepDaysSpin.setValue(saved[1])
            ui.keepMonthsSpin.setValue(saved[2])
        self._saved = saved
        default = status.default_folder
        ui.folderEdit.setPlaceholderText(str(default or ""))
        allowed = self._allowed
        reason = "" if allowed or status.unavailable else needs_text(Privilege.SETTINGS)
        ui.folderEdit.setReadOnly(not allowed)
        for widget, tip in self._setting_tips.items():
            widget.setToolTip(reason or tip)
            if widget is not ui.folderEdit:
                widget.setEnabled(allowed)
        ui.settingsHintLabel.setText(
            look_only_note(self._hint, Privilege.SETTINGS) if reason else self._hint
        )
        self._update_policy()

    # -- backups ---------------------------------------------------------------------------
    def selected_backup(self) -> BackupRow | None:
        row = selected_row(self.ui.backupsTable)
        return row if isinstance(row, BackupRow) else None

    def _update_buttons(self) -> None:
        ui = self.ui
        available = not self._status.unavailable
        for button in (ui.backUpButton, ui.saveCopyButton):
            button.setEnabled(available)
        selected = self.selected_backup() is not None
        ui.restoreButton.setEnabled(self._allowed and selected)
        ui.restoreFileButton.setEnabled(self._allowed)
        if available and not self._allowed:
            ui.restoreButton.setToolTip(needs_text(Privilege.SETTINGS))
            ui.restoreFileButton.setToolTip(needs_text(Privilege.SETTINGS))
        else:
            ui.restoreButton.setToolTip(RESTORE_TIP if selected else SELECT_FIRST)
            ui.restoreFileButton.setToolTip(RESTORE_FILE_TIP)

    def _report(self, message: str, error: str) -> None:
        """The outcome of the last action on the page: what was done, or why not."""
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.setVisible(bool(message))
        show_error(self.ui.errorLabel, error)

    def open_folder(self) -> None:
        if self._status.folder is not None:
            self.open_in_file_manager(self._status.folder)

    def back_up(self) -> None:
        """A backup now; it appears selected at the top of the list."""
        result = self.controller.back_up()
        if result is None:
            self._report("", self.controller.last_error)
            return
        self._report(result.message, "")
        self.reload(select=result.value.path)

    def save_copy(self) -> None:
        """A copy wherever the desk chooses, named after the data file and today."""
        suggested = Path.home() / self.controller.copy_name(self._status)
        chosen = self.choose_save_path(str(suggested))
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(BACKUP_SUFFIX)
        result = self.controller.save_copy(target)
        self._report(result.message if result else "", self.controller.last_error)

    def restore_selected(self) -> None:
        row = self.selected_backup()
        if row is not None and self._allowed:
            self._restore(row.path, f"the backup made {row.made_text}")

    def restore_from_file(self) -> None:
        folder = self._status.folder
        start = folder if folder is not None and folder.is_dir() else Path.home()
        chosen = self.choose_backup_file(str(start))
        if chosen:
            path = Path(chosen)
            self._restore(path, f"the file {path.name}", detail=f"{path}\n\n")

    def _restore(self, path: Path, what: str, detail: str = "") -> None:
        """Ask, restore, say what happened; then everyone logs in again."""
        self._report("", "")
        if not self.confirm_restore(f"Replace all of the studio's data with {what}?", detail):
            return
        result = self.controller.restore(path)
        if result is None:
            self._report("", self.controller.last_error)
            return
        self._report(result.message, "")
        self.tell_restored(result.message)
        self.controller.log_in_again()

    # -- where and how long ----------------------------------------------------------------
    def settings(self) -> Settings:
        """The folder and rotation as the fields say them, as they would be saved."""
        ui = self.ui
        return (ui.folderEdit.text().strip(), ui.keepDaysSpin.value(), ui.keepMonthsSpin.value())

    def _update_policy(self) -> None:
        """The rotation read back while it is edited; Save once something differs."""
        _folder, days, months = self.settings()
        self.ui.policyLabel.setText(RetentionPolicy(days, months).describe())
        self.ui.saveSettingsButton.setEnabled(self._allowed and self.settings() != self._saved)

    def choose_folder_clicked(self) -> None:
        start = self.ui.folderEdit.text().strip() or self.ui.folderEdit.placeholderText()
        chosen = self.choose_folder(start or str(Path.home()))
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def save_settings(self) -> None:
        """Save the folder and rotation; a refusal is shown and the fields keep the values."""
        if not self.ui.saveSettingsButton.isEnabled():
            return
        ok = self.controller.save_settings(*self.settings())
        show_error(self.ui.settingsErrorLabel, "" if ok else self.controller.last_error)

    # -- dialogs and the desktop (tests replace these) -------------------------------------
    def choose_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save a copy of the studio's data", suggested, DATA_FILTER
        )
        return path

    def choose_backup_file(self, start: str) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Restore from file", start, f"{DATA_FILTER};;All files (*)"
        )
        return path

    def choose_folder(self, start: str) -> str:
        return QFileDialog.getExistingDirectory(self, "Folder for backups", start)

    def open_in_file_manager(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm_restore(self, question: str, detail: str) -> bool:
        """Restore replaces everything: ask, with Cancel as the default answer."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Restore a backup", question, parent=self)
        box.setInformativeText(detail + AFTER_RESTORE)
        restore = box.addButton("Restore", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def tell_restored(self, message: str) -> None:
        QMessageBox.information(self, "Backup restored", message)
