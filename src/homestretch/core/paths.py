"""Every path Homestretch reads or writes, from one place.

The user's data (session log, own routines), settings and logs live in the
platformdirs locations for this user. ``--data-dir DIR`` or the variable
``HOMESTRETCH_DATA_DIR`` moves them all under ``DIR`` (settings in
``DIR/config``, logs in ``DIR/logs``, the cache in ``DIR/cache``), so a test
or a portable install never touches the real ones.

Bundled routines, assets and docs are found inside the installed package
(``homestretch/_bundled``) or, in a source checkout, at the top of the tree.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "HOMESTRETCH_DATA_DIR"
APP_DIR_NAME = "homestretch"
HISTORY_FILE = "history.sqlite3"
SETTINGS_FILE = "settings.json"
DIAGNOSTICS_LOG = "homestretch.log"
USER_ROUTINES_DIR = "routines"
TRASH_DIR = "trash"


def _bundled_root() -> Path:
    package = Path(__file__).resolve().parent.parent
    installed = package / "_bundled"
    if installed.is_dir():
        return installed
    # Source checkout: src/homestretch/core/paths.py -> the repository root.
    return package.parent.parent


BUNDLED_ROOT = _bundled_root()
BUNDLED_ROUTINES_DIR = BUNDLED_ROOT / "routines"
ASSETS_DIR = BUNDLED_ROOT / "assets"
APP_ICON = ASSETS_DIR / "icons" / "homestretch.svg"
"""The window's icon: a person sitting on the floor, reaching for a stretched leg."""
BUNDLED_ROUTINE = BUNDLED_ROUTINES_DIR / "sciatica-relief.yaml"
BUNDLED_DOCS_DIR = BUNDLED_ROOT / "docs"
ROUTINE_FORMAT_DOC = BUNDLED_DOCS_DIR / "routine-format.md"
"""The guide to the routine format (the Help menu shows where it is)."""


@dataclass(frozen=True)
class AppPaths:
    """Where this user's files live.

    Attributes:
        data_dir: the session log and the user's own routines.
        config_dir: settings.
        log_dir: diagnostic logs and crash reports.
        cache_dir: files that can be made again (synthesised speech).
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def history_file(self) -> Path:
        return self.data_dir / HISTORY_FILE

    @property
    def user_routines_dir(self) -> Path:
        return self.data_dir / USER_ROUTINES_DIR

    @property
    def trash_dir(self) -> Path:
        """Deleted routines, kept so that deleting can be undone."""
        return self.data_dir / TRASH_DIR

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def diagnostics_log(self) -> Path:
        """What went wrong, in technical words, for whoever helps the patient."""
        return self.log_dir / DIAGNOSTICS_LOG

    @classmethod
    def resolve(
        cls, data_dir: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
    ) -> AppPaths:
        """Choose the directories: the explicit argument, then the variable, then platformdirs."""
        environ = os.environ if env is None else env
        override = data_dir if data_dir is not None else environ.get(ENV_DATA_DIR) or None
        if override is not None:
            root = Path(override).expanduser().absolute()
            return cls(
                data_dir=root,
                config_dir=root / "config",
                log_dir=root / "logs",
                cache_dir=root / "cache",
            )
        import platformdirs  # only needed without an override

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
        )
