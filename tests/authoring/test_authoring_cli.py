"""The authoring commands, run as an instructor runs them: `python -m game ...` in a subprocess."""

from __future__ import annotations

import json
import sys

import polib

from authoring_support import ROOT, bluehelm

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import write_synthetic  # noqa: E402

CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"
SHIPPED = ROOT / "scenarios" / "checkpoint-market.yaml"


# -- new ------------------------------------------------------------------------------------

def test_new_writes_a_commented_scenario_that_validates_with_no_warning(tmp_path):
    result = bluehelm("new", "market-drill", "--dir", "course", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "course" / "market-drill.yaml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=scenario.schema.json\n")
    assert "\nid: market-drill " in text and text.count("#") > 20
    checked = bluehelm("validate", str(written), cwd=tmp_path)
    assert checked.returncode == 0 and checked.stdout == ""
    assert "1 file checked: 0 error(s), 0 warning(s)" in checked.stderr


def test_new_never_overwrites_a_file(tmp_path):
    assert bluehelm("new", "market-drill", cwd=tmp_path).returncode == 0
    before = (tmp_path / "scenarios" / "market-drill.yaml").read_bytes()
    again = bluehelm("new", "market-drill", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr == ("bluehelm: error: scenarios/market-drill.yaml already exists: choose another slug "
                            "or remove the file\n")
    assert (tmp_path / "scenarios" / "market-drill.yaml").read_bytes() == before


def test_new_wants_a_slug(tmp_path):
    result = bluehelm("new", "Market Drill", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == ("bluehelm: error: 'Market Drill' is not a slug: use lowercase letters, digits and '-', "
                             "e.g. water-point\n")
    assert not (tmp_path / "scenarios").exists()


# -- schema ---------------------------------------------------------------------------------

def test_schema_writes_the_json_schema_the_template_points_at(tmp_path):
    result = bluehelm("schema", "-o", "scenario.schema.json", cwd=tmp_path)
    assert result.returncode == 0
    schema = json.loads((tmp_path / "scenario.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == "Bluehelm scenario" and "nodes" in schema["properties"]
    assert json.loads(bluehelm("schema").stdout) == schema


# -- graph ------------------------------------------------------------------------------------

def test_graph_writes_each_format_from_the_suffix(tmp_path):
    for name in ("map.svg", "map.html", "map.dot"):
        result = bluehelm("graph", str(CONTRACT), "-o", str(tmp_path / name))
        assert result.returncode == 0, result.stderr
        assert result.stderr == f"wrote {tmp_path / name} (6 nodes)\n"
    assert (tmp_path / "map.svg").read_text(encoding="utf-8").startswith("<?xml")
    assert (tmp_path / "map.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "map.dot").read_text(encoding="utf-8").startswith("digraph")


def test_graph_refuses_an_unknown_format_and_a_file_it_cannot_read(tmp_path):
    unknown = bluehelm("graph", str(CONTRACT), "-o", str(tmp_path / "map.png"))
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1 and "map.svg, map.html or map.dot" in unknown.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text('id: x\ntitle: "unclosed\n', encoding="utf-8")
    result = bluehelm("graph", "broken.yaml", "-o", "map.svg", cwd=tmp_path)
    assert result.returncode == 1 and "BH003" in result.stderr and not (tmp_path / "map.svg").exists()
    assert result.stderr.splitlines()[-1] == ("bluehelm: error: broken.yaml has errors and no node could be read; "
                                              "fix them (bluehelm validate broken.yaml) and try again")


def test_graph_draws_a_draft_of_a_half_written_scenario(tmp_path):
    broken = tmp_path / "draft.yaml"
    broken.write_text(CONTRACT.read_text(encoding="utf-8").replace("goto: elder-talk", "goto: elder-tlak"),
                      encoding="utf-8")
    result = bluehelm("graph", "draft.yaml", "-o", "map.svg", cwd=tmp_path)
    assert result.returncode == 0 and "BH031" in result.stderr
    assert result.stderr.splitlines()[-2:] == [
        "bluehelm: warning: draft.yaml has 1 error(s); the map is a draft of what could be read",
        "wrote map.svg (7 nodes)"]
    svg = (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert 'data-id="elder-tlak"' in svg and "this node does not exist yet" in svg


def test_graph_draws_a_300_node_scenario(tmp_path):
    """(Its speed is measured by bench/graph_bench.py, not asserted here.)"""
    scenario = write_synthetic(tmp_path / "big.yaml", 300)
    result = bluehelm("graph", str(scenario), "-o", str(tmp_path / "map.html"))
    assert result.returncode == 0 and (tmp_path / "map.html").stat().st_size > 0


# -- i18n ---------------------------------------------------------------------------------------

def test_extract_then_apply_with_no_change_leaves_the_file_byte_identical(tmp_path):
    scenario = tmp_path / "market.yaml"
    scenario.write_bytes(SHIPPED.read_bytes())
    extracted = bluehelm("i18n", "extract", "market.yaml", "--lang", "fr", "-o", "fr.po", cwd=tmp_path)
    assert extracted.returncode == 0, extracted.stderr
    texts = sum(1 for _ in scenario_coverage_fields(SHIPPED))
    assert extracted.stderr == f"wrote fr.po: {texts} texts, 0 without a 'fr' translation\n"
    applied = bluehelm("i18n", "apply", "market.yaml", "fr.po", cwd=tmp_path)
    assert applied.returncode == 0
    assert applied.stderr == (f"market.yaml: 0 translation(s) written, {texts} already there, 0 untranslated, "
                              "0 fuzzy (not applied)\n")
    assert scenario.read_bytes() == SHIPPED.read_bytes()


def test_a_translated_po_file_makes_a_valid_scenario_with_full_coverage(tmp_path):
    scenario = tmp_path / "market.yaml"
    scenario.write_bytes(CONTRACT.read_bytes())
    bluehelm("i18n", "extract", "market.yaml", "--lang", "fr", "-o", "fr.po", cwd=tmp_path)
    po = polib.pofile(str(tmp_path / "fr.po"))
    assert po[0].occurrences == [("market.yaml", "3")]
    for entry in po:
        entry.msgstr = "FR " + entry.msgid
    po.save(str(tmp_path / "fr.po"))
    applied = bluehelm("i18n", "apply", "market.yaml", "fr.po", cwd=tmp_path)
    assert applied.returncode == 0 and "27 translation(s) written" in applied.stderr
    checked = bluehelm("validate", "market.yaml", cwd=tmp_path)
    assert checked.returncode == 0 and checked.stdout == ""
    assert checked.stderr == ("market.yaml: en: 27/27 texts (100%), fr: 27/27 texts (100%)\n"
                              "1 file checked: 0 error(s), 0 warning(s)\n")
    coverage = json.loads(bluehelm("validate", "--format", "json", "--coverage", "market.yaml", cwd=tmp_path).stdout)
    assert coverage == {"diagnostics": [], "coverage": {"market.yaml": {
        "en": {"translated": 27, "texts": 27, "percent": 100.0},
        "fr": {"translated": 27, "texts": 27, "percent": 100.0}}}}


def test_validate_json_stays_a_plain_list_without_coverage():
    result = bluehelm("validate", "--format", "json", str(CONTRACT))
    assert json.loads(result.stdout) == []


def test_apply_names_what_it_cannot_use(tmp_path):
    (tmp_path / "market.yaml").write_bytes(CONTRACT.read_bytes())
    (tmp_path / "bad.po").write_text('msgid "x"\nmsgstr ""\n', encoding="utf-8")
    result = bluehelm("i18n", "apply", "market.yaml", "bad.po", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == "bluehelm: error: the PO file names no Language: give it with --lang\n"
    missing = bluehelm("i18n", "extract", "nowhere.yaml", "--lang", "fr", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("bluehelm: error: cannot read the scenario nowhere.yaml")


def scenario_coverage_fields(path):
    """The translatable texts of a scenario file, counted independently of the i18n module."""
    import yaml

    from game.authoring.textfields import text_fields

    return [value for _, value in text_fields(yaml.safe_load(path.read_text(encoding="utf-8")))
            if isinstance(value, (str, dict))]



def test_new_inside_a_checkout_does_not_write_into_the_shipped_library(tmp_path):
    from conftest import ROOT

    before = sorted(p.name for p in (ROOT / "scenarios").iterdir())
    result = bluehelm("new", "market-drill", cwd=ROOT)
    assert result.returncode == 2
    assert "shipped library: give --dir" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in (ROOT / "scenarios").iterdir()) == before
