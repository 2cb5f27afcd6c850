"""Settings → Backups, moved to ``gui/views/settings/backups_page.py``.

This name stays only while ``app.py`` (being changed elsewhere) still imports ``BackupsPage``
from here; delete it once ``app.py`` imports it from the settings package."""

from studio_app.gui.views.settings.backups_page import BackupsPage

__all__ = ["BackupsPage"]
