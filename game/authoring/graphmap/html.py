"""The map as one self-contained HTML page: the SVG inline, a little JavaScript, no network.

Pan by dragging (or the arrow keys), zoom with the mouse wheel or +/-, 0 fits the
map to the window; a click on a node (or a choice) shows the node's full text in
every language and all its choices. Every scenario text reaches the page as JSON
and is put in with textContent, so no text can become markup.
"""

from __future__ import annotations

import json

from .layout import Layout
from .mapdata import ScenarioMap
from .svg import LEGEND_HEIGHT, render_svg, xml

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
  html, body {{ margin: 0; height: 100%; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
               color: #1c2430; background: #fafbfc; }}
  #stage {{ position: fixed; inset: 0; overflow: hidden; cursor: grab; touch-action: none; }}
  #stage.dragging {{ cursor: grabbing; }}
  #stage svg {{ width: 100%; height: 100%; display: block; }}
  .node, .choice {{ cursor: pointer; }}
  .node:hover > rect, .node:hover > polygon, .choice:hover > rect {{ filter: brightness(0.93); }}
  .selected > rect, .selected > polygon {{ stroke: #7b1fa2 !important; stroke-width: 4 !important; }}
  #bar {{ position: fixed; top: 10px; right: 10px; display: flex; gap: 6px; align-items: center;
          background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; padding: 6px 8px;
          box-shadow: 0 1px 4px rgba(0,0,0,.12); font-size: 13px; z-index: 2; }}
  #bar button {{ font-size: 15px; min-width: 32px; height: 30px; }}
  #bar input {{ font-size: 13px; height: 24px; width: 150px; }}
  #help {{ color: #56606d; font-size: 12px; }}
  #panel {{ position: fixed; top: 60px; right: 10px; bottom: 10px; width: min(420px, 45vw); overflow: auto;
           background: #fff; border: 1px solid #c9d1dc; border-radius: 6px; padding: 12px 16px;
           box-shadow: 0 2px 10px rgba(0,0,0,.18); font-size: 14px; line-height: 1.45; z-index: 2; }}
  #panel[hidden] {{ display: none; }}
  #panel h2 {{ margin: 0 0 4px; font-size: 18px; }}
  #panel .close {{ float: right; font-size: 16px; }}
  #panel .meta {{ color: #56606d; font-size: 12.5px; margin-bottom: 8px; }}
  #panel .lang {{ display: inline-block; min-width: 24px; font-size: 11px; font-weight: bold; color: #fff;
                 background: #56606d; border-radius: 3px; padding: 0 4px; margin-right: 6px; text-align: center; }}
  #panel p {{ margin: 4px 0 8px; white-space: pre-wrap; }}
  #panel .choice-card {{ border: 1px solid #d5dbe3; border-radius: 6px; padding: 6px 10px; margin: 8px 0; }}
  #panel .choice-card.red {{ border-color: #c62828; background: #fff5f5; }}
  #panel .choice-card.picked {{ outline: 3px solid #7b1fa2; }}
  #panel .label {{ font-size: 12px; font-weight: bold; color: #56606d; }}
</style>
</head>
<body>
<main id="stage">{svg}</main>
<header><div id="bar" role="toolbar" aria-label="Map controls">
  <button type="button" id="zoom-in" title="Zoom in (+)">+</button>
  <button type="button" id="zoom-out" title="Zoom out (-)">&minus;</button>
  <button type="button" id="fit" title="Fit the map to the window (0)">Fit</button>
  <input id="find" list="node-ids" placeholder="Find a node id" aria-label="Find a node by id">
  <datalist id="node-ids"></datalist>
  <span id="help">drag to pan · wheel or +/− to zoom · click a node</span>
</div></header>
<aside id="panel" hidden aria-live="polite"></aside>
<script type="application/json" id="scenario-data">{data}</script>
<script>
{script}
</script>
</body>
</html>
"""

SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("scenario-data").textContent);
  var stage = document.getElementById("stage"), svg = document.getElementById("map");
  var view = document.getElementById("viewport"), panel = document.getElementById("panel");
  var width = +svg.getAttribute("data-width"), height = +svg.getAttribute("data-height");
  var scale = 1, tx = 0, ty = 0, selected = null, moved = false;

  function apply() { view.setAttribute("transform", "translate(" + tx + " " + ty + ") scale(" + scale + ")"); }
  function fit() {
    var box = stage.getBoundingClientRect();
    scale = Math.min(box.width / width, box.height / height, 1.2);
    tx = (box.width - width * scale) / 2; ty = Math.max(0, (box.height - height * scale) / 2);
    apply();
  }
  function zoomAt(factor, x, y) {
    moved = true;
    var next = Math.min(6, Math.max(0.03, scale * factor));
    tx = x - (x - tx) * next / scale; ty = y - (y - ty) * next / scale; scale = next; apply();
  }
  function pan(dx, dy) { tx += dx; ty += dy; moved = true; apply(); }
  function zoomCentre(factor) { var b = stage.getBoundingClientRect(); zoomAt(factor, b.width / 2, b.height / 2); }

  stage.addEventListener("wheel", function (event) {
    event.preventDefault();
    var box = stage.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });

  var drag = null;
  stage.addEventListener("pointerdown", function (event) {
    drag = { x: event.clientX, y: event.clientY, tx: tx, ty: ty, moved: false };
  });
  window.addEventListener("pointermove", function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) { drag.moved = true; stage.classList.add("dragging"); }
    if (drag.moved) { tx = drag.tx + dx; ty = drag.ty + dy; moved = true; apply(); }
  });
  window.addEventListener("pointerup", function (event) {
    var was = drag; drag = null; stage.classList.remove("dragging");
    if (!was || was.moved) return;
    var hit = event.target.closest && event.target.closest(".node, .choice");
    if (hit) show(hit.getAttribute("data-id"), hit.getAttribute("data-choice"));
  });

  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "INPUT") { if (event.key === "Enter") find(event.target.value); return; }
    var step = 80;
    var keys = { "+": function () { zoomCentre(1.25); }, "=": function () { zoomCentre(1.25); },
                 "-": function () { zoomCentre(0.8); }, "_": function () { zoomCentre(0.8); }, "0": fit,
                 "ArrowLeft": function () { pan(step, 0); }, "ArrowRight": function () { pan(-step, 0); },
                 "ArrowUp": function () { pan(0, step); }, "ArrowDown": function () { pan(0, -step); },
                 "Escape": function () { panel.hidden = true; mark(null); } };
    if (keys[event.key]) { event.preventDefault(); keys[event.key](); }
    if (event.key === "Enter" && event.target.classList && event.target.classList.contains("node")) {
      show(event.target.getAttribute("data-id"), null);
    }
  });
  document.getElementById("zoom-in").onclick = function () { zoomCentre(1.25); };
  document.getElementById("zoom-out").onclick = function () { zoomCentre(0.8); };
  document.getElementById("fit").onclick = fit;

  var list = document.getElementById("node-ids");
  Object.keys(data.nodes).forEach(function (id) { var o = document.createElement("option"); o.value = id; list.appendChild(o); });

  function nodeElement(id) {
    var all = svg.querySelectorAll(".node");
    for (var i = 0; i < all.length; i++) if (all[i].getAttribute("data-id") === id) return all[i];
    return null;
  }
  function find(id) {
    var element = nodeElement(id.trim());
    if (!element) return;
    show(id.trim(), null);
    var b = element.getBBox(), box = stage.getBoundingClientRect();
    var free = box.width - panel.getBoundingClientRect().width - 20;  // centre it beside the panel
    scale = Math.max(scale, 1); moved = true;
    tx = free / 2 - (b.x + b.width / 2) * scale; ty = box.height / 2 - (b.y + b.height / 2 + data.top) * scale;
    apply();
  }
  function mark(id) {
    if (selected) selected.classList.remove("selected");
    selected = id ? nodeElement(id) : null;
    if (selected) selected.classList.add("selected");
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function texts(parent, value) {
    if (!value) return;
    data.languages.forEach(function (lang) {
      if (!(lang in value)) return;
      var p = el("p"); if (data.languages.length > 1) p.appendChild(el("span", lang, "lang"));
      p.appendChild(document.createTextNode(value[lang])); parent.appendChild(p);
    });
  }
  function labelled(parent, label, value) {
    var div = el("div"); div.appendChild(el("span", label + " ", "label"));
    div.appendChild(document.createTextNode(value)); parent.appendChild(div);
  }
  function show(id, choiceIndex) {
    var node = data.nodes[id];
    if (!node) return;
    panel.textContent = "";
    var close = el("button", "×", "close"); close.type = "button"; close.title = "Close (Esc)";
    close.onclick = function () { panel.hidden = true; mark(null); };
    panel.appendChild(close);
    panel.appendChild(el("h2", id));
    var meta = [];
    if (id === data.start) meta.push("start");
    if (node.ending) meta.push("ending: " + node.ending);
    if (node.speaker) meta.push("speaker: " + node.speaker);
    if (node.timer) meta.push("timer: " + node.timer.seconds + " s, then " + node.timer.choice);
    panel.appendChild(el("div", meta.join(" · "), "meta"));
    texts(panel, node.text);
    function variants(parent, list) {
      (list || []).forEach(function (variant) {
        parent.appendChild(el("div", "instead, while " + variant["if"], "label")); texts(parent, variant.text);
      });
    }
    variants(panel, node.variants);
    node.choices.forEach(function (choice, index) {
      var card = el("div", null, "choice-card" + (choice.critical ? " red" : "") +
                    (String(index) === String(choiceIndex) ? " picked" : ""));
      card.appendChild(el("strong", choice.id));
      texts(card, choice.text);
      variants(card, choice.variants);
      var goto = typeof choice.goto === "string" ? choice.goto :
        Object.keys(choice.goto).map(function (k) { return k + " ×" + choice.goto[k]; }).join(", ");
      labelled(card, "goes to", goto);
      if (choice["if"]) labelled(card, "only if", choice["if"]);
      if (choice.once) labelled(card, "once", "not offered again after it is taken");
      var score = Object.keys(choice.score).map(function (k) { return k + " " + (choice.score[k] > 0 ? "+" : "") + choice.score[k]; });
      if (score.length) labelled(card, "rates", score.join(", "));
      if (choice.feedback) { card.appendChild(el("div", "feedback", "label")); texts(card, choice.feedback); }
      if (choice.critical) { card.appendChild(el("div", "RED LINE", "label")); texts(card, choice.critical); }
      panel.appendChild(card);
      if (String(index) === String(choiceIndex)) setTimeout(function () { card.scrollIntoView({ block: "nearest" }); }, 0);
    });
    panel.hidden = false; mark(id);
  }

  window.addEventListener("resize", function () { if (!moved) fit(); });
  fit();
  var wanted = /^#node=(.+)$/.exec(location.hash);
  if (wanted) find(decodeURIComponent(wanted[1]));
})();
"""


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' that HTML could read."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(scenario_map: ScenarioMap, layout: Layout) -> str:
    svg = render_svg(scenario_map, layout, standalone=False, fill=True)
    start = next(n.id for n in scenario_map.nodes.values() if n.start)
    data = {"id": scenario_map.id, "start": start, "languages": scenario_map.languages,
            "nodes": scenario_map.details, "top": LEGEND_HEIGHT}
    return PAGE.format(lang=xml(scenario_map.language), title=xml(f"Map of {scenario_map.title}"),
                       svg=svg, data=_script_json(data), script=SCRIPT)
