"""The web page's words are bot/texts sentences (the guide, convention 3), and a sentence that
takes a name still shows the name as text: a `<script>` in a group's or a person's name is
escaped on the page like anywhere else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import nodes
from sqlmodel import select

from storage import directory
from storage.engine import unit_of_work
from storage.models import Membership, Person
from tests.web.test_hostile_forms import secretary  # noqa: F401  (the fixture)
from tests.web.test_web_matrix import _app, _sign_in

TEMPLATES = Path(__file__).resolve().parents[2] / "handlers" / "web" / "templates"
PAGES = sorted(TEMPLATES.glob("*.html"))
# Attributes a person reads or hears (a screen reader reads aria-label out).
READ_ATTRIBUTES = re.compile(r'\b(aria-label|title|placeholder|alt)="([^"]*)"')
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]")


@pytest.fixture(scope="module")
def env():
    from flask import Flask

    from handlers.web import formatting

    app = Flask("pages")
    formatting.install(app)
    return app.jinja_env


def _outside_jinja(source: str) -> str:
    """The template's HTML with each {{ output }} as '§' and every tag and comment gone."""
    source = re.sub(r"\{#.*?#\}", "", source, flags=re.S)
    source = re.sub(r"\{\{.*?\}\}", "§", source, flags=re.S)
    return re.sub(r"\{%.*?%\}", "", source, flags=re.S)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_no_page_writes_a_word_of_its_own(path):
    """Headings, labels, buttons, help and empty-list sentences come from bot/texts: between
    the tags, in what a screen reader reads out, and in the strings of the Jinja code."""
    html = _outside_jinja(path.read_text(encoding="utf-8"))
    read = [value for _, value in READ_ATTRIBUTES.findall(html) if WORD.search(value)]
    between_tags = [text.strip() for text in re.split(r"<[^>]*>", html) if WORD.search(text)]
    assert read == [] and between_tags == [], path.name


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_no_sentence_is_hidden_in_the_jinja_code(env, path):
    """A string in the code that reads as words (two words, a capitalised word, or å, ä, ö) is
    a sentence; keys, endpoints, form values, file names and pieces of an id are not."""
    tree = env.parse(path.read_text(encoding="utf-8"))
    code = {id(n.arg) for n in tree.find_all(nodes.Getitem)}
    code |= {id(part) for n in tree.find_all(nodes.Concat) for part in n.nodes}
    code |= {id(arg) for n in tree.find_all(nodes.Call)
             if isinstance(n.node, nodes.Name) and n.node.name == "url_for"
             for arg in [*n.args, *(kw.value for kw in n.kwargs)]}
    words = [n.value for n in tree.find_all(nodes.Const)
             if isinstance(n.value, str) and id(n) not in code
             and re.search(r"[åäöÅÄÖ]|[A-Za-z] +[A-Za-z]|[A-Za-z] $|^ [A-Za-z]|^[A-Z][a-z]+$",
                           n.value)]
    assert words == [], path.name


def _sentences_named(tree) -> set[tuple[str, ...]]:
    """Every t.NAME and t.area.NAME a template reads."""
    named = set()
    for node in tree.find_all(nodes.Getattr):
        chain = [node.attr]
        inner = node.node
        while isinstance(inner, nodes.Getattr):
            chain.append(inner.attr)
            inner = inner.node
        if isinstance(inner, nodes.Name) and inner.name == "t":
            path = tuple(reversed(chain))
            if path[0].isupper():
                named.add(path[:1])
            elif len(path) > 1:  # t.area alone is the inner part of t.area.NAME
                named.add(path[:2])
    return named


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_sentence_a_page_names_is_in_bot_texts(env, path):
    import importlib

    import bot.texts

    for name in _sentences_named(env.parse(path.read_text(encoding="utf-8"))):
        module = bot.texts if len(name) == 1 else importlib.import_module(f"bot.texts.{name[0]}")
        assert name[-1].isupper() and hasattr(module, name[-1]), f"{path.name}: t.{'.'.join(name)}"


def test_a_misspelt_sentence_stops_the_page_rather_than_vanishing(env):
    with pytest.raises(LookupError, match="HOME_NO_MEETING"):
        env.from_string("<p>{{ t.HOME_NO_MEETING }}</p>").render()
    with pytest.raises(LookupError, match="bot.texts.absences has no sentence PAGE_WARN"):
        env.from_string("<p>{{ t.absences.PAGE_WARN }}</p>").render()


def test_a_sentence_with_markup_is_html_and_its_values_are_escaped(env):
    page = env.from_string(
        "{% set link %}<a href=\"/x\">{{ t.consultations.PAGE_SHOW_ALL }}</a>{% endset %}"
        "{{ t.web.SIGNIN_HOW | html }}|{{ t.consultations.PAGE_SHOWN_WITH_ALL | html("
        "link=link, count=name) }}").render(name="<script>1</script>")
    assert page.startswith("Skriv <code>/webb</code> till Samverkansboten i Slack eller Teams.")
    assert page.endswith('|<a href="/x">Visa alla remisser</a> (här visas de '
                         "&lt;script&gt;1&lt;/script&gt; med senast sista dag).")


HOSTILE_PERSON = '<script>alert("namn")</script> Skantz'
HOSTILE_ORGANISATION = "<b>Lekebergs</b> kommun"
HOSTILE_GROUP = '<script>alert("grupp")</script> Barn och unga'


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&#34;")


def test_names_in_moved_sentences_stay_text(loaded, clock, tmp_path, secretary):  # noqa: F811
    """Monica Skantz, alone from her kommun, has förhinder to the next meeting; her name, her
    organisation and her group's name are written with markup. The pages say the sentences
    with those names in them as the characters typed."""
    client, _, group, meeting = secretary
    with unit_of_work(loaded) as session:
        monica = session.exec(select(Person).where(Person.slack_id == "U0MONICAS")).one()
        monica.name = HOSTILE_PERSON
        membership = session.exec(select(Membership).where(
            Membership.person_id == monica.id, Membership.group_id == group)).one()
        membership.organisation = HOSTILE_ORGANISATION
        directory.group_by_id(session, group).name = HOSTILE_GROUP
    own = _app(loaded, clock, tmp_path).test_client()
    csrf = _sign_in(own, loaded, clock, "U0MONICAS")
    assert own.post(f"/webb/moten/{meeting}/forhinder",
                    data={"csrf": csrf, "substitute": "none"}).status_code == 302

    mine = client.get("/webb/").text
    assert f"<p>Förhinder hittills: {_escaped(HOSTILE_PERSON)}.</p>" in mine
    attendance = client.get(f"/webb/narvaro/{meeting}/{group}").text
    assert f"Organisationer som saknas: {_escaped(HOSTILE_ORGANISATION)}." in attendance
    remisser = client.get("/webb/remisser").text
    remiss = re.search(r'href="(/webb/remisser/\d+)"', remisser).group(1)
    detail = client.get(remiss).text
    assert re.search(rf"<p>{re.escape(_escaped(HOSTILE_GROUP))}[^<]*\. Sista dag: ", detail)
    for page in (mine, attendance, detail):
        assert "<script>" not in page and "<b>" not in page
