"""Nothing in the app needs POSIX where it could not run on Windows.

An AST scan of ``src/homestretch`` finds every use of a POSIX-only module,
function, constant or signal. Each must sit in a branch only POSIX takes (the
body of ``if sys.platform != "win32":``, ``if os.name == "posix":``, the else of
``if sys.platform == "win32":``, or after ``if sys.platform == "win32": return``)
and be listed in :data:`GUARDED` with the reason it is there. Packaging for
Windows and macOS comes later; this keeps the code from blocking it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import homestretch

SRC = Path(homestretch.__file__).resolve().parent

POSIX_MODULES = {
    "fcntl",
    "grp",
    "posix",
    "pty",
    "pwd",
    "resource",
    "syslog",
    "termios",
    "tty",
    # These import on Windows, but select() there takes sockets only, never pipes.
    "select",
    "selectors",
}
POSIX_NAMES = {
    "os": {
        "chown",
        "fchown",
        "fork",
        "forkpty",
        "get_blocking",
        "getegid",
        "geteuid",
        "getgid",
        "getgroups",
        "getpgid",
        "getpgrp",
        "getsid",
        "getuid",
        "killpg",
        "lchown",
        "mkfifo",
        "mknod",
        "nice",
        "openpty",
        "pipe2",
        "set_blocking",
        "setpgid",
        "setsid",
        "statvfs",
        "sync",
        "sysconf",
        "uname",
        "wait3",
        "wait4",
        "O_NONBLOCK",
        "WNOHANG",
    },
    "signal": {
        "SIGALRM",
        "SIGCHLD",
        "SIGCONT",
        "SIGHUP",
        "SIGKILL",
        "SIGPIPE",
        "SIGQUIT",
        "SIGSTOP",
        "SIGTSTP",
        "SIGUSR1",
        "SIGUSR2",
        "alarm",
        "pause",
        "pthread_kill",
        "setitimer",
        "siginterrupt",
    },
}
"""Names that are missing from these modules on Windows (SIGINT and SIGTERM are there)."""

GUARDED: dict[tuple[str, str], str] = {
    ("core/paths.py", "os.geteuid"): "the runtime folder must be this user's (POSIX only)",
}
"""Every POSIX-only use in the app, each in a POSIX-only branch: (file, name) -> why."""


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    name: str
    guarded: bool


def scan(root: Path) -> list[Use]:
    """Every POSIX-only use in the Python files under ``root``."""
    uses: list[Use] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        _Scanner(path.relative_to(root).as_posix(), uses).block(tree.body, guarded=False)
    return uses


def _platform_test(test: ast.expr) -> bool | None:
    """True when ``test`` holds only on POSIX, False when only on Windows, None if neither."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = _platform_test(test.operand)
        return None if inner is None else not inner
    if isinstance(test, ast.BoolOp):  # (a and b: as strict as the strictest part)
        parts = [_platform_test(v) for v in test.values]
        if isinstance(test.op, ast.And) and True in parts:
            return True
        if isinstance(test.op, ast.Or) and False in parts and True not in parts:
            return False if all(p is False for p in parts) else None
        return None
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute):
        # sys.platform.startswith("linux" / "darwin" / ("freebsd", ...)), never "win"
        if _dotted(test.func.value) == "sys.platform" and test.func.attr == "startswith":
            words = [c.value for c in ast.walk(test.args[0]) if isinstance(c, ast.Constant)]
            if words and all(isinstance(w, str) for w in words):
                return not any(str(w).startswith(("win", "cygwin")) for w in words)
        return None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        subject, other = _dotted(test.left), test.comparators[0]
        if subject not in ("sys.platform", "os.name") or not isinstance(other, ast.Constant):
            return None
        windows = other.value in ("win32", "nt")
        posix = other.value in ("linux", "darwin", "posix")
        if isinstance(test.ops[0], ast.Eq):
            return True if posix else False if windows else None
        if isinstance(test.ops[0], ast.NotEq):
            return True if windows else None
    return None


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _leaves(body: list[ast.stmt]) -> bool:
    """The block always leaves (return, raise, continue, break) at its end."""
    return bool(body) and isinstance(body[-1], ast.Return | ast.Raise | ast.Continue | ast.Break)


class _Scanner:
    def __init__(self, path: str, uses: list[Use]) -> None:
        self.path = path
        self.uses = uses
        self.aliases: dict[str, str] = {}
        """Local names of the watched modules (``import os as _os``: _os -> os)."""

    def block(self, body: list[ast.stmt], *, guarded: bool) -> None:
        for statement in body:
            if isinstance(statement, ast.If):
                posix = _platform_test(statement.test)
                self.expression(statement.test, guarded=guarded)
                self.block(statement.body, guarded=guarded or posix is True)
                self.block(statement.orelse, guarded=guarded or posix is False)
                if posix is False and _leaves(statement.body) and not statement.orelse:
                    guarded = True  # if sys.platform == "win32": return  ...then POSIX
                continue
            for _, value in ast.iter_fields(statement):
                self.visit(value, guarded=guarded)
            self.imports(statement, guarded=guarded)

    def visit(self, value: object, *, guarded: bool) -> None:
        if isinstance(value, list):
            if value and all(isinstance(v, ast.stmt) for v in value):
                self.block(value, guarded=guarded)
            else:
                for item in value:
                    self.visit(item, guarded=guarded)
        elif isinstance(value, ast.expr):
            self.expression(value, guarded=guarded)
        elif isinstance(value, ast.AST):  # (handlers, match cases, with-items...)
            for _, inner in ast.iter_fields(value):
                self.visit(inner, guarded=guarded)

    def expression(self, expression: ast.expr, *, guarded: bool) -> None:
        for node in ast.walk(expression):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                module = self.aliases.get(node.value.id)
                if module is not None and node.attr in POSIX_NAMES[module]:
                    self.found(node.lineno, f"{module}.{node.attr}", guarded=guarded)

    def imports(self, statement: ast.stmt, *, guarded: bool) -> None:
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                top = alias.name.split(".")[0]
                if top in POSIX_MODULES:
                    self.found(statement.lineno, f"import {alias.name}", guarded=guarded)
                if alias.name in POSIX_NAMES:
                    self.aliases[alias.asname or alias.name] = alias.name
        elif isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module:
            top = statement.module.split(".")[0]
            if top in POSIX_MODULES:
                self.found(statement.lineno, f"import {statement.module}", guarded=guarded)
            for alias in statement.names:
                if alias.name in POSIX_NAMES.get(statement.module, ()):
                    name = f"{statement.module}.{alias.name}"
                    self.found(statement.lineno, name, guarded=guarded)

    def found(self, line: int, name: str, *, guarded: bool) -> None:
        self.uses.append(Use(self.path, line, name, guarded))


def test_the_app_uses_posix_only_calls_only_in_listed_posix_branches() -> None:
    uses = scan(SRC)
    unguarded = [f"{u.path}:{u.line}: {u.name}" for u in uses if not u.guarded]
    assert unguarded == [], "POSIX-only, with no POSIX-only branch around it"
    listed = {(u.path, u.name) for u in uses if u.guarded}
    assert listed == set(GUARDED), "GUARDED does not match the code: add or drop entries"


PLANTED = """\
import os
import sys
import fcntl
import signal as sig
from os import set_blocking
from selectors import DefaultSelector

os.set_blocking(fd, False)
sig.signal(sig.SIGKILL, handler)
sig.signal(sig.SIGTERM, handler)
flags = getattr(os, "O_NONBLOCK", 0)

if sys.platform != "win32":
    os.getuid()
else:
    os.fork()

if sys.platform == "win32":
    os.startfile(path)
else:
    import pwd

if os.name == "posix" and ready:
    os.setsid()

if not sys.platform.startswith("linux"):
    os.mkfifo(path)

try:
    pass
except OSError:
    os.killpg(1, 9)


def posix_only():
    if sys.platform == "win32":
        return None
    return os.geteuid()


def lambdas():
    return [lambda: os.fork() for _ in range(2)]


class Keeper:
    def keep(self):
        with open(path) as file:
            os.set_blocking(file.fileno(), True)
"""


def test_the_scan_finds_what_is_planted_and_accepts_what_is_guarded(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "planted.py").write_text(PLANTED, encoding="utf-8")
    uses = scan(tmp_path)
    assert {u.path for u in uses} == {"pkg/planted.py"}
    found = sorted((u.line, u.name, u.guarded) for u in uses)
    assert found == [
        (3, "import fcntl", False),
        (5, "os.set_blocking", False),
        (6, "import selectors", False),
        (8, "os.set_blocking", False),
        (9, "signal.SIGKILL", False),
        (14, "os.getuid", True),
        (16, "os.fork", False),
        (21, "import pwd", True),
        (24, "os.setsid", True),
        (27, "os.mkfifo", False),
        (32, "os.killpg", False),
        (38, "os.geteuid", True),
        (42, "os.fork", False),
        (48, "os.set_blocking", False),
    ]


def test_the_check_fails_on_a_planted_call_in_a_copy_of_the_app(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "homestretch"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__", "_bundled"))
    synthesis = copy / "speech" / "synthesis.py"
    synthesis.write_text(
        synthesis.read_text(encoding="utf-8") + "\n\nimport os\n\nos.set_blocking(0, False)\n",
        encoding="utf-8",
    )
    unguarded = [u for u in scan(copy) if not u.guarded]
    assert [(u.path, u.name) for u in unguarded] == [("speech/synthesis.py", "os.set_blocking")]


@pytest.mark.parametrize(
    ("test", "posix"),
    [
        ('sys.platform != "win32"', True),
        ('sys.platform == "win32"', False),
        ('os.name == "nt"', False),
        ('os.name != "nt"', True),
        ('sys.platform.startswith(("freebsd", "linux"))', True),
        ('sys.platform.startswith("win")', False),
        ('not sys.platform.startswith("linux")', False),
        ('sys.platform == "win32" or os.name == "nt"', False),
        ("ready", None),
        ('sys.platform == "emscripten"', None),
    ],
)
def test_platform_tests_are_read_the_right_way_round(test: str, posix: bool | None) -> None:
    expression = ast.parse(test, mode="eval").body
    assert _platform_test(expression) is posix
