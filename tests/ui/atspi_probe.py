"""Reads the kiosk's accessible tree as a screen reader does, through AT-SPI (pyatspi).

Run by the system's python3 (Debian's python3-pyatspi is not in the project's venv):

    /usr/bin/python3 atspi_probe.py APPLICATION_NAME [NAME_TO_PRESS]

Prints one JSON object: the application's locale and every showing object (role, name, locale,
actions, the roles and names of its ancestors); then presses the push button named
NAME_TO_PRESS through its AT-SPI Press action, if given.
"""

import json
import sys
import time

import pyatspi


def application(name, seconds=20.0):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit(f"no application {name!r} on the accessibility bus")


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(index) for index in range(action.nActions)]


def showing(node, ancestors=()):
    """Every showing object under ``node``, with its ancestors' (role, name)."""
    if not node.getState().contains(pyatspi.STATE_SHOWING):
        return
    yield node, ancestors
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from showing(child, ancestors + ((node.getRoleName(), node.name),))


def main(app_name, to_press=None):
    app = application(app_name)
    nodes, press = [], None
    for index in range(app.childCount):
        for node, ancestors in showing(app.getChildAtIndex(index)):
            nodes.append({"role": node.getRoleName(), "name": node.name, "locale": node.get_object_locale(),
                          "actions": actions(node), "checked": node.getState().contains(pyatspi.STATE_CHECKED),
                          "ancestors": [list(pair) for pair in ancestors]})
            if press is None and node.name == to_press and node.getRoleName() == "push button":
                press = node
    pressed = False
    if press is not None:
        action = press.queryAction()
        names = [action.getName(index) for index in range(action.nActions)]
        pressed = bool(action.doAction(names.index("Press")))
    print(json.dumps({"app_locale": app.get_object_locale(), "nodes": nodes, "pressed": pressed}))


if __name__ == "__main__":
    main(*sys.argv[1:3])
