"""What the Help menu offers (the dialogs themselves load when first opened: ui/help.py)."""

from __future__ import annotations

from enum import StrEnum


class HelpTopic(StrEnum):
    KEYS = "keys"
    ROUTINE_FORMAT = "routine_format"
    DATA_FOLDER = "data_folder"
    ABOUT = "about"
