"""Settings → Activity log, moved to ``gui/views/settings/activity_log_page.py``.

This name stays only while ``app.py`` (being changed elsewhere) still imports ``ActivityLogPage``
from here; delete it once ``app.py`` imports it from the settings package."""

from studio_app.gui.views.settings.activity_log_page import ActivityLogPage

__all__ = ["ActivityLogPage"]
