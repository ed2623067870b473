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
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "HOMESTRETCH_DATA_DIR"
APP_DIR_NAME = "homestretch"
HISTORY_FILE = "history.sqlite3"
SETTINGS_FILE = "settings.json"
DIAGNOSTICS_LOG = "homestretch.log"
USER_ROUTINES_DIR = "routines"
REMINDER_STATE_FILE = "reminders.json"
AUTOSTART_DIR = "autostart"
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
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The sizes the icon is also drawn at, as PNG (scripts/make_icons.py), for menus and docks."""


def app_icon_png(size: int) -> Path:
    """The icon drawn at ``size`` x ``size`` pixels (one of :data:`APP_ICON_SIZES`)."""
    return ASSETS_DIR / "icons" / "png" / f"homestretch-{size}.png"


TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "i18n"
"""The interface's translations (``homestretch_LANG.qm``, built from the .ts files there)."""
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
    def reminder_state_file(self) -> Path:
        """What the reminders already did (the last reminder shown, a snooze)."""
        return self.data_dir / REMINDER_STATE_FILE

    @property
    def autostart_dir(self) -> Path:
        """The XDG autostart folder: beside the config folder (``~/.config/autostart``,
        or ``DIR/autostart`` with ``--data-dir DIR``)."""
        return self.config_dir.parent / AUTOSTART_DIR

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


def user_runtime_dir() -> tuple[Path | None, str]:
    """This user's private runtime folder for Homestretch, made if missing; or None and why.

    It holds what lives only while the app runs (the one-instance socket and
    its lock): ``$XDG_RUNTIME_DIR/homestretch`` on Linux, or, when that variable
    is unset or unsafe, platformdirs' private fallback (``/tmp/runtime-UID``).
    On POSIX the folder must be a real folder owned by this user; its mode is
    set to 0700. ``None`` (with the reason, for the diagnostics log) when no
    safe folder can be had: the app then runs without the one-instance check.
    """
    import warnings

    import platformdirs

    try:
        with warnings.catch_warnings(record=True) as said:  # (a fallback is no error)
            warnings.simplefilter("always")
            folder = Path(
                platformdirs.PlatformDirs(
                    APP_DIR_NAME, appauthor=False, ensure_exists=True
                ).user_runtime_dir
            )
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if sys.platform != "win32":
            import stat

            status = folder.lstat()
            if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.geteuid():
                return None, f"{folder} is not a folder of this user's"
            if stat.S_IMODE(status.st_mode) != 0o700:
                folder.chmod(0o700)
    except (OSError, RuntimeError) as exc:  # (PermissionError: an unsafe fallback)
        return None, f"no private runtime folder: {exc}"
    notes = "; ".join(str(w.message) for w in said)
    return folder, notes
