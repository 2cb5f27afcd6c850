"""The Settings screen, one module a page (as MusicBrainz Picard groups ``ui/options/``), each
page's dialogs beside it.

``screen``: ``SettingsView``, the tabs, in this order —
``memberships_page`` (the plans; its editor ``plan_editor`` with ``credit_grants_editor``,
``restrictions_editor``, ``hold_policy_editor``, ``package_items`` and ``contract_terms_editor``
as its tabs), ``staff_page`` (accounts and access; ``staff_editor``), ``studio_page`` (name and
billing rule), ``booking_policy_page``, ``sales_settings_page`` (Products & money;
``product_editor_dialog``), ``backups_page`` and ``activity_log_page``.
"""

from studio_app.gui.views.settings.screen import SettingsView

__all__ = ["SettingsView"]
