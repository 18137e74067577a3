"""The keyboard alone, in a real browser: Tab, Shift-Tab, Enter, Space and typing, nothing else.

`Keyboard` presses keys where the focus is (Selenium's ActionChains: no click, no element
picked by the test), and `audit()` checks one state of a page as WCAG 2.1 asks (2.1.1 Keyboard,
2.1.2 No Keyboard Trap, 2.4.1 Bypass Blocks, 2.4.3 Focus Order, 2.4.7 Focus Visible):

- the first Tab reaches the skip link, shown on screen, and Enter on it moves to the content;
- Tab visits every control that is shown (a closed disclosure is opened with Enter, so its
  controls count too), each once, and comes back to the start: nothing holds the focus;
- Shift-Tab walks the same controls in the opposite order;
- every control that has the focus shows it (an outline or a ring), and is on screen.
"""

from __future__ import annotations

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

# Every control a person can operate, as the browser shows it (radio buttons of one name are
# one stop: the arrow keys move between them).
_CONTROLS = """
const shown = el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const all = [...document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')];
const seen = new Set();
return all.filter(el => shown(el) && !el.disabled && el.tabIndex >= 0 && !el.closest('[inert]'))
  .filter(el => el.type !== 'radio' || (!seen.has(el.name) && seen.add(el.name)))
  .map(el => el);
"""

# The element with the focus, described, with whether its focus can be seen.
_FOCUSED = """
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) return null;
if (!el.dataset.kbd) el.dataset.kbd = String(window.__kbd = (window.__kbd || 0) + 1);
const style = getComputedStyle(el);
const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
  || (style.boxShadow && style.boxShadow !== 'none');
const box = el.getBoundingClientRect();
const onScreen = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
  && box.left < window.innerWidth && box.top < window.innerHeight;
const text = (el.getAttribute('aria-label') || el.innerText || el.value || el.name || el.id
  || '').trim().replace(/\\s+/g, ' ').slice(0, 80);
return {key: el.dataset.kbd, tag: el.tagName.toLowerCase(), id: el.id, name: el.name || '',
        type: el.type || '', text: text, ring: ring, on_screen: onScreen,
        open: el.tagName === 'SUMMARY' ? el.parentElement.open : null,
        skip: el.classList.contains('skip'), radio: el.type === 'radio' ? el.name : ''};
"""


PARTS = {"date", "time", "datetime-local", "month", "week"}  # Tab moves within these


class Choose(str):
    """A value picked in a list by typing its first letters, as a keyboard user does."""


class Day(str):
    """A date (ISO) typed part by part into a date field."""


class Keyboard:
    def __init__(self, driver) -> None:
        self.driver = driver

    def press(self, *keys: str) -> None:
        """Keys to whatever has the focus, as a person presses them."""
        ActionChains(self.driver).send_keys(*keys).perform()

    def back(self) -> None:
        ActionChains(self.driver).key_down(Keys.SHIFT).send_keys(Keys.TAB) \
            .key_up(Keys.SHIFT).perform()

    def type(self, text: str) -> None:
        """Replaces what the focused field holds: select all, then type."""
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL) \
            .send_keys(Keys.DELETE).send_keys(text).perform()

    def date(self, iso: str) -> None:
        """Types a date into the focused date field, its parts in the order the browser's
        language shows them (2026-11-10 is 11/10/2026 in American English)."""
        order = self.driver.execute_script(
            "return new Intl.DateTimeFormat(navigator.language).formatToParts("
            "new Date(2026, 10, 10)).map(p => p.type).filter(t => t !== 'literal')")
        year, month, day = iso.split("-")
        for part in order:
            self.press({"year": year, "month": month, "day": day}[part])

    def fill(self, fields: dict[str, str]) -> None:
        """From the top of the page, Tab to each field in turn (by id) and type, choose or date."""
        self.to_top()
        for field, value in fields.items():
            self.tab_to(field)
            if isinstance(value, Choose):
                self.press(value)
            elif isinstance(value, Day):
                self.date(value)
            else:
                self.type(value)

    def focused(self) -> dict | None:
        return self.driver.execute_script(_FOCUSED)

    def tab_to(self, wanted, most: int = 400, backwards: bool = False) -> dict:
        """Tab (or Shift-Tab) until the focused control matches `wanted` (its id, or a
        predicate on the description); fails if it never comes."""
        match = wanted if callable(wanted) else (lambda f: f["id"] == wanted)
        for _ in range(most):
            found = self.focused()
            if found is not None and match(found):
                return found
            self.back() if backwards else self.press(Keys.TAB)
        raise AssertionError(f"the keyboard does not reach {wanted!r} on "
                             f"{self.driver.title!r}")

    def to_top(self, most: int = 400) -> None:
        """Shift-Tab until the focus is before the first control, where a page starts (a page
        opened at an anchor, or after the skip link, starts Tab from there)."""
        self.back()
        for _ in range(most):
            if self.focused() is None:
                return
            self.back()
        raise AssertionError(f"Shift-Tab never reaches the top of {self.driver.title!r}")

    def tab_to_text(self, text: str, **kwargs) -> dict:
        return self.tab_to(lambda f: f["text"] == text, **kwargs)

    def audit(self) -> list[dict]:
        """One page state with the keyboard alone (see the module's docstring); returns the
        controls in the order Tab visits them."""
        driver = self.driver
        limit = 2 * len(driver.execute_script(_CONTROLS)) + 20
        self.to_top(limit)
        self.press(Keys.TAB)
        first = self.focused()
        assert first is not None and first["skip"], f"the first Tab reaches {first}, not the " \
            f"skip link, on {driver.title!r}"
        assert first["on_screen"] and first["ring"], "the skip link is not shown when focused"
        self.press(Keys.ENTER)
        assert driver.execute_script("return document.activeElement.id") == "innehall", \
            "Enter on the skip link does not move to the content"
        self.press(Keys.TAB)
        inside = driver.execute_script(
            "const main = document.getElementById('innehall');"
            "return main.contains(document.activeElement) || !arguments[0].some("
            "el => main.contains(el))", driver.execute_script(_CONTROLS))
        assert inside, "after the skip link, Tab leaves the content"

        self.to_top(limit)
        order: list[dict] = []
        for _ in range(limit):
            self.press(Keys.TAB)
            found = self.focused()
            if found is None or (order and found["key"] == order[0]["key"]):
                break  # past the last control, or round to the first: the walk is complete
            if order and found["key"] == order[-1]["key"] and found["type"] in PARTS:
                continue  # the next part of a date or time field (year, month, day)
            assert found["key"] not in {f["key"] for f in order}, \
                f"Tab comes back to {found['text']!r} before the end: the focus is held"
            assert found["ring"], f"{found['tag']} {found['text']!r} does not show its focus"
            assert found["on_screen"], f"{found['tag']} {found['text']!r} has the focus " \
                "off screen"
            order.append(found)
            if found["open"] is False:  # a closed disclosure: open it, its controls count
                self.press(Keys.ENTER)
        else:
            raise AssertionError(f"Tab never leaves the page {driver.title!r}: a trap")
        visited = {f["key"] for f in order}
        radios = {f["radio"] for f in order if f["radio"]}
        missed = driver.execute_script(
            "return arguments[0].filter(el => !(el.dataset.kbd && arguments[1].includes("
            "el.dataset.kbd)) && !(el.type === 'radio' && arguments[2].includes(el.name)))"
            ".map(el => el.outerHTML.slice(0, 120))",
            driver.execute_script(_CONTROLS), sorted(visited), sorted(radios))
        assert missed == [], f"not reached with Tab on {driver.title!r}: {missed}"

        # And back: Shift-Tab from the last control passes the same ones in reverse.
        self.tab_to(lambda f: f["key"] == order[-1]["key"], most=len(order) + 5)
        for expected in reversed(order[:-1]):
            self.back()
            found = self.focused()
            while found is not None and found["type"] in PARTS and \
                    found["key"] != expected["key"]:
                self.back()  # the earlier parts of a date field
                found = self.focused()
            assert found is not None and found["key"] == expected["key"], \
                f"Shift-Tab from {expected['text']!r}'s neighbour reaches {found}"
        return order
