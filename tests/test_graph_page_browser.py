"""The offline graph page in a real headless browser (Chromium from the system packages, Selenium).

Skipped, with the reason, where no Chromium/chromedriver is installed
(``apt-get install chromium chromium-driver``; ``.ci/run`` installs them).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.analysis import graph as agraph
from helpers.render import graph as rgraph

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _missing_browser() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    if not CHROMIUM.exists() and not shutil.which("chromium"):
        return "no Chromium browser installed (apt-get install chromium chromium-driver)"
    if not CHROMEDRIVER.exists() and not shutil.which("chromedriver"):
        return "no chromedriver installed (apt-get install chromium-driver)"
    return ""


pytestmark = pytest.mark.skipif(bool(_missing_browser()), reason=_missing_browser() or "browser present")


def _row(source, target, relation, article, evidence):
    return {"source": source, "target": target, "relation": relation, "sign": "", "category": "",
            "article": article, "sentence": evidence, "evidence": evidence}


@pytest.fixture()
def page(tmp_path):
    rels = pd.DataFrame([
        _row("Anna Berg", "Karl Ostrow", "praises", "d1.txt", "Berg praised Ostrow"),
        _row("Karl Ostrow", "Norland", "criticizes", "h1.txt", "Ostrow <b>slammed</b> Norland"),
        _row("Estmark", "Norland", "co_mention", "h1.txt", "Estmark and Norland"),
        _row("Norland", "Anna Berg", "meets", "d1.txt", "Norland met Berg"),
        _row("Norland", "Anna Berg", "meets", "h1.txt", "Norland met Berg again"),
    ])
    actors = pd.DataFrame([{"actor": "Anna Berg", "type": "person", "country": "UKR"},
                           {"actor": "Karl Ostrow", "type": "person", "country": "RUS"},
                           {"actor": "Norland", "type": "country", "country": "USA"},
                           {"actor": "Estmark", "type": "country", "country": "EST"}])
    articles = pd.DataFrame({"article": ["d1.txt", "h1.txt"], "outlet": ["Daily", "Herald"]})
    G = agraph.build_graph(rels, actors, articles)
    return rgraph.export_graph(G, tmp_path, title="Invented <graph>")["html"]


@pytest.fixture()
def driver(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium"))
    for flag in FLAGS + [f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(str(CHROMEDRIVER if CHROMEDRIVER.exists() else shutil.which("chromedriver")))
    browser = webdriver.Chrome(service=service, options=options)
    yield browser
    browser.quit()


def _visible(driver, css):
    return [e for e in driver.find_elements("css selector", css) if e.is_displayed()]


def test_graph_page_draws_filters_and_searches_offline(page, driver):
    from selenium.webdriver.support.ui import Select

    driver.get(page.resolve().as_uri())
    assert driver.title == "Invented <graph>"
    assert len(driver.find_elements("css selector", "#nodes .node")) == 4
    assert len(driver.find_elements("css selector", "#edges path.edge")) == 4  # one per source, target, relation
    assert len(_visible(driver, "path.edge")) == 3  # co_mention starts hidden
    assert "3 of 4 edges shown" in driver.find_element("id", "shown").text
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
    assert "<b>slammed</b>" in driver.find_element("id", "info").text  # evidence shown as text, not markup

    Select(driver.find_element("id", "outlet")).select_by_value("Daily")
    assert len(_visible(driver, "path.edge")) == 2  # praises (d1) and meets (d1 of two)
    info = driver.find_element("id", "info").text
    assert "Norland met Berg" in info and "again" not in info and "slammed" not in info

    driver.find_element("css selector", '#legend input[value="meets"]').click()
    assert [e.get_attribute("data-relation") for e in _visible(driver, "path.edge")] == ["praises"]

    Select(driver.find_element("id", "outlet")).select_by_value("")
    search = driver.find_element("id", "search")
    search.send_keys("ostrow")
    matches = driver.find_elements("css selector", ".node.match")
    assert [m.get_attribute("data-id") for m in matches] == ["Karl Ostrow"]
    assert driver.find_element("css selector", "#info h2").text.startswith("Karl Ostrow (RUS)")
    assert len(driver.find_elements("css selector", "path.edge.sel")) == 2

    before = driver.find_element("id", "graph").get_attribute("data-zoom")
    driver.find_element("id", "zoom-in").click()
    assert float(driver.find_element("id", "graph").get_attribute("data-zoom")) > float(before)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
