"""Read Homestretch as a screen reader does, through the AT-SPI bus (run by /usr/bin/python3,
which has pyatspi; see tests/ui/test_atspi.py).

Finds the application, its Start button by name and role, presses it through the action
interface, and waits for the session's phase to show. Prints one JSON object: what it
found, or the problem. Usage: ``python3 atspi_reader.py APP_NAME SECONDS``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]

PHASES = ("GET READY",)
"""The phase a session starts with (session_view.phase_title of the first segment)."""


def walk(node: Any, depth: int = 0) -> Iterator[Any]:
    """Every accessible under ``node``, depth first (a dead node is left out)."""
    yield node
    if depth > 40:
        return
    try:
        children = [node.getChildAtIndex(k) for k in range(node.childCount)]
    except Exception:
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1)


def find_app(name: str, deadline: float) -> Any:
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for k in range(desktop.childCount):
            app = desktop.getChildAtIndex(k)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def find(app: Any, role: Any, names: tuple[str, ...], deadline: float) -> Any:
    while time.monotonic() < deadline:
        for node in walk(app):
            try:
                if node.getRole() != role or node.name not in names:
                    continue
                if not node.getState().contains(pyatspi.STATE_SHOWING):
                    continue
                return node
            except Exception:
                continue
        time.sleep(0.2)
    return None


def announced_after(act: Callable[[], object], deadline: float) -> list[str]:
    """What the app announces to screen readers after ``act()`` (until the first one, or
    the deadline)."""
    from gi.repository import GLib  # type: ignore[import-not-found]

    heard: list[str] = []

    def listen(event: Any) -> None:
        heard.append(str(event.any_data))
        pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(listen, "object:announcement")
    act()
    wait_ms = max(1, round((deadline - time.monotonic()) * 1000))
    GLib.timeout_add(wait_ms, lambda: pyatspi.Registry.stop())
    pyatspi.Registry.start()
    pyatspi.Registry.deregisterEventListener(listen, "object:announcement")
    return heard


def main(app_name: str, seconds: float) -> dict[str, object]:
    deadline = time.monotonic() + seconds
    app = find_app(app_name, deadline)
    if app is None:
        return {"problem": f"no application named {app_name!r} on the accessibility bus"}
    start = find(app, pyatspi.ROLE_PUSH_BUTTON, ("Start",), deadline)
    if start is None:
        names = sorted({n.name for n in walk(app) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON})
        return {"problem": "no Start button", "buttons": names}
    result: dict[str, object] = {
        "start": {"name": start.name, "role": start.getRoleName()},
        "start_description": start.description,
    }
    action = start.queryAction()
    actions = [action.getName(k) for k in range(action.nActions)]
    result["actions"] = actions
    press = next((k for k, n in enumerate(actions) if n in ("Press", "press", "click")), 0)
    result["announcements"] = announced_after(lambda: action.doAction(press), deadline)
    phase = find(app, pyatspi.ROLE_LABEL, PHASES, deadline)
    if phase is None:
        return {**result, "problem": "the session's phase never showed"}
    result["phase"] = phase.name
    buttons = {
        n.name
        for n in walk(app)
        if n.getRole() == pyatspi.ROLE_PUSH_BUTTON and n.getState().contains(pyatspi.STATE_SHOWING)
    }
    result["session_buttons"] = sorted(b for b in buttons if b)
    pictures = [n for n in walk(app) if n.getRole() == pyatspi.ROLE_IMAGE]
    result["pictures"] = [{"name": p.name, "description": p.description} for p in pictures]
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], float(sys.argv[2]))), flush=True)
