"""Settings → Products & money, moved to ``gui/views/settings/sales_settings_page.py``.

This name stays only while ``app.py`` (being changed elsewhere) still imports ``SalesSettingsPage``
from here; delete it once ``app.py`` imports it from the settings package."""

from studio_app.gui.views.settings.sales_settings_page import SalesSettingsPage

__all__ = ["SalesSettingsPage"]
