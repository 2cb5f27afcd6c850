"""The Settings screen, one module a page (grouped as MusicBrainz Picard groups ``ui/options/``):
``screen`` holds the tabs (``SettingsView``); ``memberships_page``, ``staff_page`` and
``studio_page`` are the pages of the Settings controller, with their editors beside them."""

from studio_app.gui.views.settings.screen import SettingsView

__all__ = ["SettingsView"]
