// The trainee's page: join with the room code, vote, read the feedback and the debrief.
// Everything shown is set with textContent (never innerHTML), so no text is ever read as markup.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const KEY = "bluehelm-class";
  let words = {}, socket = null, saved = load(), state = null, shownKey = "", retry = 1000;

  function load() { try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; } }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch (e) { /* private mode */ } }
  function fill(text, values) { return text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? String(values[k]) : m)); }
  function say(text) { $("status").textContent = text || ""; }
  function problem(text) { $("problem").textContent = text || ""; }
  function el(tag, text, cls) { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; }

  async function info(language) {
    const response = await fetch("/info.json?lang=" + encodeURIComponent(language || ""));
    const data = await response.json();
    words = data.words;
    document.documentElement.lang = data.language;
    $("title").textContent = data.title;
    document.title = data.title;
    for (const [id, key] of [["join-title", "join-title"], ["room-label", "room"], ["name-label", "name"],
      ["language-label", "language"], ["join-button", "join"], ["options-legend", "options"], ["debrief-heading", "debrief"]]) {
      $(id).textContent = words[key];
    }
    const select = $("language");
    if (!select.options.length) {
      for (const l of data.languages) { const o = el("option", l.name); o.value = l.code; select.appendChild(o); }
    }
    select.value = data.language;
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/ws");
    socket.onopen = () => {
      retry = 1000;
      say("");
      if (saved.token && saved.room) socket.send(JSON.stringify({ type: "rejoin", room: saved.room, token: saved.token }));
      else showJoin();
    };
    socket.onmessage = (event) => receive(JSON.parse(event.data));
    socket.onclose = () => {
      say(words.reconnecting || "…");
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 5000);
    };
  }

  function showJoin() {
    $("join").hidden = false; $("play").hidden = true; $("debrief").hidden = true;
    const asked = new URLSearchParams(location.search).get("room");
    if (asked && !$("room").value) $("room").value = asked;
  }

  function receive(message) {
    if (message.type === "joined") {
      saved.token = message.token; saved.language = message.language; save();
      problem("");
      if (message.language !== document.documentElement.lang) info(message.language).then(() => state && render(state));
      $("join").hidden = true;
    } else if (message.type === "state") {
      render(message);
    } else if (message.type === "ack") {
      say(words.voted);
    } else if (message.type === "error") {
      if (message.code === "unknown-token" || (message.code === "wrong-room" && saved.token)) {
        saved = {}; save(); showJoin();
      }
      problem(message.message);
    }
  }

  function render(s) {
    state = s;
    if (s.debrief) return renderDebrief(s);
    $("play").hidden = false;
    const decision = fill(words.decision, { number: s.step + 1 });
    $("scene-heading").textContent = s.speaker ? decision + " — " + s.speaker : decision;
    $("scene").textContent = s.text;
    const key = s.step + ":" + s.language + ":" + s.options.map((o) => o.id).join(",");
    if (key !== shownKey) { renderOptions(s); shownKey = key; }
    const open = s.phase === "voting";
    for (const o of s.options) {
      const input = $("option-" + o.number);
      if (!input) continue;
      input.checked = s.your_vote === o.id;
      input.disabled = !open;
      const count = $("count-" + o.number);
      count.textContent = s.tally_shown ? " (" + fill(words.votes, { count: o.votes }) + ")" : "";
    }
    $("timer").textContent = s.seconds_left === null ? "" : fill(words.seconds, { seconds: Math.ceil(s.seconds_left) });
    if (s.phase === "paused") say(words.paused);
    else if (!open) say(words.closed);
    else say(s.your_vote ? words.voted : words["not-voted"]);
    renderLast(s.last);
  }

  function renderOptions(s) {
    const box = $("options");
    box.replaceChildren();
    for (const o of s.options) {
      const row = el("div", "", "option");
      const input = document.createElement("input");
      input.type = "radio"; input.name = "choice"; input.value = o.id; input.id = "option-" + o.number;
      input.addEventListener("change", () => vote(o.id));
      const label = el("label");
      label.htmlFor = input.id;
      label.appendChild(el("span", o.number + ". " + o.text));
      const count = el("span", "", "count"); count.id = "count-" + o.number;
      label.appendChild(count);
      row.append(input, label);
      box.appendChild(row);
    }
  }

  function renderLast(last) {
    const box = $("last");
    box.replaceChildren();
    if (!last) return;
    box.appendChild(el("p", fill(words["group-took"], { text: last.taken.text })));
    if (last.taken.feedback) box.appendChild(el("p", fill(words.feedback, { text: last.taken.feedback })));
    if (last.mine === undefined) return;
    if (last.mine === null) { box.appendChild(el("p", words["no-vote"])); return; }
    if (last.mine.text !== last.taken.text) {
      box.appendChild(el("p", fill(words["you-chose"], { text: last.mine.text })));
      if (last.mine.feedback) box.appendChild(el("p", fill(words.feedback, { text: last.mine.feedback })));
    }
    if (last.mine.critical) box.appendChild(el("p", fill(words["red-line"], { text: last.mine.critical }), "critical"));
  }

  function renderDebrief(s) {
    const d = s.debrief;
    $("play").hidden = true; $("join").hidden = true; $("debrief").hidden = false;
    say(words.ended);
    const body = $("debrief-body");
    body.replaceChildren();
    if (d.ending) body.appendChild(el("p", d.ending, "scene"));
    body.appendChild(el("p", fill(words.score, { percent: d.overall }) + " — " + (d.passed ? words.passed : words["not-passed"])));
    const list = el("ol");
    for (const x of d.decisions) {
      const item = el("li");
      item.appendChild(el("p", x.situation));
      item.appendChild(el("p", fill(words["you-chose"], { text: x.choice })));
      if (x.feedback) item.appendChild(el("p", fill(words.feedback, { text: x.feedback })));
      if (x.critical) item.appendChild(el("p", fill(words["red-line"], { text: x.critical }), "critical"));
      list.appendChild(item);
    }
    body.appendChild(list);
    for (const [key, items] of [["strengths", d.strengths], ["work-on", d.to_work_on]]) {
      if (!items.length) continue;
      body.appendChild(el("h3", words[key]));
      const ul = el("ul");
      for (const text of items) ul.appendChild(el("li", text));
      body.appendChild(ul);
    }
  }

  function vote(choice) {
    if (socket && socket.readyState === WebSocket.OPEN && state) {
      socket.send(JSON.stringify({ type: "vote", step: state.step, choice: choice }));
    }
  }

  $("join").addEventListener("submit", (event) => {
    event.preventDefault();
    saved = { room: $("room").value.trim().toUpperCase() }; save();
    socket.send(JSON.stringify({ type: "join", room: saved.room, name: $("name").value.trim(), language: $("language").value }));
  });
  $("language").addEventListener("change", () => info($("language").value));
  $("vote").addEventListener("submit", (event) => event.preventDefault());

  const preferred = saved.language || (navigator.language || "en").slice(0, 2);
  info(preferred).then(connect, () => { problem("?"); connect(); });
})();
