#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app as a screen reader sees it, through AT-SPI.

Starts Plenary on the bundled report with accessibility on (the suite
turns it off for every other test), opens it on a page through its
"last-page" setting (a keyfile settings backend in a temporary
directory), and walks the accessible tree that Orca would walk:

  charts page:  every chart is an image whose name is its title and whose
                description says what it shows; no button lacks a name;
                the sidebar's rows have names;
  reading view: every paragraph that mentions indicators says how many;
                where the toolkit exposes the links (AT-SPI Hypertext,
                not GTK 4.8) there are that many, each with a target;
                where it does not, the paragraph is a label with text
                that takes the focus, so that Tab reaches its links.

Exits 77 (skipped) without pyatspi or without an accessibility bus.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


# GTK connects to the accessibility bus only when allowed to; the suite's
# environment forbids it for the other tests.  libatspi warns about
# objects that go away while it reads them, which fatal warnings would
# turn into a crash of this script: it runs again without them.
if any(name in os.environ for name in ("NO_AT_BRIDGE", "GTK_A11Y", "G_DEBUG")):
    for name in ("NO_AT_BRIDGE", "GTK_A11Y", "G_DEBUG"):
        os.environ.pop(name, None)
    os.execv(sys.executable, [sys.executable] + sys.argv)

try:
    import gi
    gi.require_version("Atspi", "2.0")
    import pyatspi
except (ImportError, ValueError) as error:
    print(f"SKIP: pyatspi is not installed ({error}); install python3-pyatspi")
    sys.exit(SKIP)

source_root = os.environ["PLENARY_SOURCE_ROOT"]
build_root = os.environ["PLENARY_BUILD_ROOT"]
with open(os.path.join(source_root, "data/reports/guangzhou-2019-2020.json"), encoding="utf-8") as f:
    report = json.load(f)
# The loader writes the report's "PM_{2.5}" as "PM₂.₅" in every string
# it reads; the titles compared here must be the ones the app shows.
SUBSCRIPTS = dict(zip("0123456789+-=().", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎."))


def render_subscripts(text):
    def sub(match):
        inner = match.group(1)
        if inner and all(c in SUBSCRIPTS for c in inner):
            return "".join(SUBSCRIPTS[c] for c in inner)
        return match.group(0)
    return re.sub(r"_\{([^}]*)\}", sub, text)


chart_titles = {c["id"]: render_subscripts(c["title"]["en"]) for c in report["charts"]}

# A GTK widget without a name is announced by its type name ("GtkImage"),
# which tells a listener nothing.
TYPE_NAME = re.compile(r"^(Gtk|Adw|Plenary)[A-Z][A-Za-z]*$")


def unnamed(name):
    return not name or not name.strip() or TYPE_NAME.match(name) is not None


def walk(node):
    """Every accessible below node.  GTK 4.8 does not set SHOWING on the
    window's descendants, so nothing is pruned; the pages are added to the
    window only when first shown, so hidden pages do not get in."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        try:
            children = list(current)
        except Exception:
            continue
        yield current
        stack.extend(reversed(children))


def wait_for(predicate, what, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(0.2)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid and app.childCount > 0:
                return app
        except Exception:
            continue
    return None


def start_app(page):
    config = tempfile.mkdtemp(prefix="plenary-a11y-")
    settings_dir = os.path.join(config, "glib-2.0", "settings")
    os.makedirs(settings_dir)
    with open(os.path.join(settings_dir, "keyfile"), "w", encoding="utf-8") as f:
        f.write(f"[io/github/plenary/Plenary]\nlast-page='{page}'\n")
    env = dict(os.environ,
               XDG_CONFIG_HOME=config,
               GSETTINGS_BACKEND="keyfile",
               GSETTINGS_SCHEMA_DIR=os.path.join(build_root, "data"),
               PLENARY_LOCALEDIR=os.path.join(build_root, "po"),
               LANGUAGE="en",
               G_DEBUG="fatal-criticals")
    process = subprocess.Popen([os.path.join(build_root, "src", "plenary")], env=env)
    process.config_dir = config
    return process


def stop_app(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(process.config_dir, ignore_errors=True)


def name_of(node):
    return node.name or ""


def check_buttons_and_sidebar(nodes, where):
    buttons = [n for n in nodes
               if n.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
                                  pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_RADIO_BUTTON)]
    if not buttons:
        fail(f"{where}: no buttons found at all")
    for button in buttons:
        if unnamed(name_of(button)):
            fail(f"{where}: a {button.getRoleName()} has no name "
                 f"(announced as {name_of(button)!r}; description {button.description!r})")
    rows = [n for n in nodes if n.getRole() == pyatspi.ROLE_LIST_ITEM]
    named_rows = 0
    for row in rows:
        # A sidebar row is a list item whose first child carries the name.
        names = [name_of(row)] + [name_of(c) for c in row if c is not None]
        if any(not unnamed(n) for n in names):
            named_rows += 1
        else:
            fail(f"{where}: a sidebar row has no name")
    print(f"{where}: {len(buttons)} buttons, {named_rows}/{len(rows)} rows named")
    for wanted in ("Overview", "Charts", "Investment"):
        if not any(any(name_of(c) == wanted for c in row if c is not None) for row in rows):
            fail(f"{where}: no sidebar row named {wanted!r}")


def charts_page():
    process = start_app("charts")
    try:
        app = wait_for(lambda: find_app(process.pid), "the app on the accessibility bus")

        wanted = set(chart_titles.values())
        state = {}

        def all_charts():
            # The page may build its cards over a few main-loop turns:
            # wait until every chart is there, or report the ones missing.
            nodes = list(walk(app))
            images = [n for n in nodes if n.getRole() == pyatspi.ROLE_IMAGE
                      and name_of(n) in wanted]
            state.update(nodes=nodes, images=images)
            return wanted <= {name_of(n) for n in images}
        try:
            wait_for(all_charts, "every chart on the charts page")
        except TimeoutError:
            missing = wanted - {name_of(n) for n in state.get("images", [])}
            fail(f"charts page: {len(missing)} of {len(wanted)} charts are not exposed as "
                 f"images named by their titles, e.g. {sorted(missing)[0]!r}")
        nodes = state["nodes"]
        chart_like = state["images"]
        all_images = [n for n in nodes if n.getRole() == pyatspi.ROLE_IMAGE]
        print(f"charts page: {len(chart_like)} chart images, {len(all_images)} images in all")
        for image in chart_like:
            title = name_of(image)
            description = image.description or ""
            if len(description) < 20:
                fail(f"chart {title!r}: description too short: {description!r}")
        # A chart drawn on a card that an AT sees as something other than
        # an image would be missed above: every showing descendant of the
        # charts page whose name is a chart title must be an image or a
        # heading.
        for node in nodes:
            if name_of(node) in chart_titles.values() and node.getRole() not in (
                    pyatspi.ROLE_IMAGE, pyatspi.ROLE_HEADING, pyatspi.ROLE_LABEL):
                fail(f"chart {name_of(node)!r} is exposed as {node.getRoleName()}, not an image")
        check_buttons_and_sidebar(nodes, "charts page")
    finally:
        stop_app(process)


def reading_view():
    section = report["chapters"][0]["sections"][0]["id"]
    process = start_app("section:" + section)
    try:
        app = wait_for(lambda: find_app(process.pid), "the app on the accessibility bus")
        mention = re.compile(r"Mentions (\d+) indicators?")

        def paragraphs():
            return [n for n in walk(app) if mention.search(n.description or "")]
        found = wait_for(paragraphs, "paragraphs that mention indicators")
        links_exposed = 0
        for paragraph in found:
            wanted = int(mention.search(paragraph.description).group(1))
            try:
                hypertext = paragraph.queryHypertext()
            except NotImplementedError:
                hypertext = None
            if hypertext is not None and hypertext.getNLinks() > 0:
                n_links = hypertext.getNLinks()
                if n_links != wanted:
                    fail(f"paragraph says it mentions {wanted} indicators but exposes {n_links} links")
                for i in range(n_links):
                    link = hypertext.getLink(i)
                    if link is None or link.nAnchors < 1 or not link.getURI(0):
                        fail(f"paragraph link {i} has no target")
                links_exposed += 1
            else:
                # The toolkit does not expose the links as objects; the
                # paragraph is then a label whose text a reader reads and
                # whose links the keyboard reaches (Tab), so it must at
                # least be focusable text.
                if paragraph.getRole() != pyatspi.ROLE_LABEL:
                    fail(f"a paragraph with links is a {paragraph.getRoleName()}, not a label")
                if not paragraph.getState().contains(pyatspi.STATE_FOCUSABLE):
                    fail("a paragraph with links does not take the keyboard focus, "
                         "so Tab cannot reach its links")
                try:
                    paragraph.queryText()
                except NotImplementedError:
                    fail("a paragraph with links exposes no text")
        print(f"reading view: {len(found)} paragraphs mention indicators; "
              f"{links_exposed} expose their links through Hypertext")
        nodes = list(walk(app))
        check_buttons_and_sidebar(nodes, "reading view")
    finally:
        stop_app(process)


def main():
    start = time.monotonic()
    try:
        pyatspi.Registry.getDesktop(0)
    except Exception as error:
        print(f"SKIP: no accessibility bus ({error})")
        return SKIP
    try:
        charts_page()
        reading_view()
    except TimeoutError as error:
        fail(str(error))
    print(f"took {time.monotonic() - start:.1f} s")
    if failures:
        print(f"{len(failures)} failures", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
