// The student's page: joins the class over a WebSocket, shows what the host sends for this
// seat, and sends intents. It holds no rules: the host checks every message and says why it
// refuses one. Text from the host is always inserted as text, never as markup.
"use strict";

const V = 1;
const state = {
  words: {},
  ws: null,
  token: localStorage.getItem("oewg-token") || null,
  code: localStorage.getItem("oewg-code") || "",
  name: localStorage.getItem("oewg-name") || "",
  // The language this student chose on the page, else the browser's, else the instructor's.
  lang: localStorage.getItem("oewg-lang") || null,
  seat: null,
  seats: [],
  scenario: null,
  table: null,
  mine: null,
  log: [],
  reading: null,
  removed: false,
  retries: 0,
  secondsLeft: null,
  tab: "draft",
};

const $ = (id) => document.getElementById(id);
// The host sends each message formatted without its variables, which Fluent leaves as {$name}.
const w = (key, args) => {
  let text = state.words[key] || key;
  for (const [k, v] of Object.entries(args || {})) text = text.split("{$" + k + "}").join(String(v));
  return text;
};
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function show(id, on) { $(id).hidden = !on; }
function toast(text) {
  const t = $("toast");
  t.textContent = text;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
}

// The host answers in the first of these languages it speaks, else in the instructor's.
function wantedLanguages() {
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  return [state.lang, ...browser].filter(Boolean).map((l) => encodeURIComponent(l)).join(",");
}

async function loadWords() {
  let page = { lang: "en", dir: "ltr", languages: [], words: {} };
  try {
    page = await (await fetch("/words.json?lang=" + wantedLanguages(), { cache: "no-store" })).json();
  } catch (_) { /* the page still works, showing its built-in English */ }
  state.words = page.words || {};
  state.pageLang = page.lang;
  document.documentElement.lang = page.lang;
  document.documentElement.dir = page.dir === "rtl" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-w]")) {
    const key = node.getAttribute("data-w");
    if (state.words[key]) node.textContent = state.words[key];
  }
  for (const node of document.querySelectorAll("[data-w-label]")) {
    const key = node.getAttribute("data-w-label");
    if (state.words[key]) node.setAttribute("aria-label", state.words[key]);
  }
  const choice = $("lang-choice");
  choice.replaceChildren(...(page.languages || []).map(([code, name]) => el("option", { value: code, lang: code }, name)));
  choice.value = page.lang;
  document.title = w("web-title");
}

// A student reads the room in another language: the page's words now, the host's from the next update.
async function chooseLanguage(lang) {
  state.lang = lang;
  localStorage.setItem("oewg-lang", lang);
  await loadWords();
  if (state.token) send({ type: "language", lang: state.pageLang });
  renderSeats();
}

function send(message) {
  if (state.ws && state.ws.readyState === WebSocket.OPEN) state.ws.send(JSON.stringify(Object.assign({ v: V }, message)));
}
function move(intent) { send({ type: "move", intent }); }
// The penholder edits its own text; everyone else proposes amendments to it.
function holdsPen(ti) { return !!(state.mine && state.mine.texts[ti] && state.mine.texts[ti].holds_pen); }
// A wording's what-if: the host weighs the intent the propose button would send, before it is sent.
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}
function chosenIntent() {
  const c = paragraphChoice();
  const rung = parseInt($("rung-choice").value, 10);
  if (!Number.isInteger(rung) || (c.paragraph !== undefined && rung === state.currentRung)) return null;
  const ti = selectedText();
  const edit = c.paragraph !== undefined ? { Reword: { paragraph: c.paragraph, rung } } : c.issue !== undefined ? { Insert: { issue: c.issue, rung } } : null;
  if (!edit) return null;
  return holdsPen(ti) ? { ChairEdit: { text: ti, edit } } : { Propose: { text: ti, edit, own_words: null } };
}
function askWhatIf() {
  const intent = state.seat && chosenIntent();
  const key = intent ? JSON.stringify(canonical(intent)) : null;
  if (key === state.whatIfKey) return;
  state.whatIfKey = key;
  $("what-if").textContent = key ? w("web-what-if-waiting") : "";
  if (intent) send({ type: "what_if", intent });
}
function amend(ti, edit, ownWords) {
  if (holdsPen(ti)) move({ ChairEdit: { text: ti, edit } });
  else move({ Propose: { text: ti, edit, own_words: ownWords || null } });
}

function connect() {
  const ws = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws");
  state.ws = ws;
  ws.onopen = () => {
    if (state.retries > 0 && state.token) toast(w("web-back"));
    state.retries = 0;
    if (state.token || state.code) send({ type: "hello", code: state.code, name: state.name, token: state.token, lang: state.pageLang });
  };
  ws.onmessage = (event) => {
    let m;
    try { m = JSON.parse(event.data); } catch (_) { return; }
    handle(m);
  };
  ws.onclose = (event) => {
    if (state.removed || (event && event.code === 1008)) {
      toast(event.reason || w("web-removed"));
      return;
    }
    if (state.table && state.table.concluded) return;
    state.retries += 1;
    if (state.token) toast(w("web-connection-lost"));
    setTimeout(connect, Math.min(500 * state.retries, 5000));
  };
}

function handle(m) {
  switch (m.type) {
    case "welcome":
      state.token = m.token;
      localStorage.setItem("oewg-token", m.token);
      localStorage.setItem("oewg-code", state.code);
      localStorage.setItem("oewg-name", m.name);
      state.seat = m.seat;
      state.seats = m.seats;
      // A new connection has no what-if at the host yet: the next choice asks again.
      state.whatIfKey = null;
      show("join", false);
      showSeatsOrGame();
      break;
    case "seats":
      state.seats = m.seats;
      renderSeats();
      break;
    case "scenario":
      state.scenario = m.scenario;
      fillChoices();
      break;
    case "table":
      state.table = m.table;
      state.secondsLeft = m.table.seconds_left;
      renderTable();
      break;
    case "seat":
      state.mine = m.seat;
      state.seat = m.seat.seat;
      showSeatsOrGame();
      renderSeat();
      break;
    case "log":
      if (m.from === 0) state.log = [];
      state.log.splice(m.from, state.log.length - m.from, ...m.lines);
      renderLog(m.from);
      break;
    case "reading":
      state.reading = m.reading;
      $("reading").textContent = m.reading.words;
      show("own-propose", m.reading.issue !== null && m.reading.issue !== undefined);
      break;
    case "refused":
      if (m.key === "web-refused-unknown-token") {
        localStorage.removeItem("oewg-token");
        state.token = null;
        show("join", true);
      }
      toast(m.reason);
      break;
    case "notice":
      toast(m.text);
      break;
    case "what_if":
      // The answer for the wording still chosen (a later choice makes an earlier answer moot).
      if (JSON.stringify(canonical(m.intent)) === state.whatIfKey) $("what-if").textContent = m.line;
      break;
  }
}

function showSeatsOrGame() {
  const seated = !!state.seat;
  show("seats", !seated);
  show("game", seated);
  if (!seated) renderSeats();
}

function renderSeats() {
  const list = $("seat-list");
  const query = $("seat-search").value.trim().toLowerCase();
  list.replaceChildren(
    ...state.seats
      .filter((s) => !query || s.name.toLowerCase().includes(query) || s.seat.toLowerCase().includes(query))
      .slice(0, 200)
      .map((s) =>
        el("li", {},
          el("span", { class: "seat-name" }, s.name, " ", el("small", {}, s.seat)),
          s.free
            ? el("button", { onclick: () => send({ type: "claim", seat: s.seat }) }, w("web-seat-take"))
            : el("small", { class: "taken" }, w("web-seat-taken-by", { name: s.taken_by || "" })),
        ),
      ),
  );
}

function issueLabel(i) { return state.scenario ? state.scenario.issues[i].label : String(i); }

function renderTable() {
  const t = state.table;
  $("phase").textContent = w("web-phase") + ": " + t.phase_name + (t.session ? " (" + t.session + ")" : "");
  $("round").textContent = w("web-round", { round: t.round, rounds: t.rounds });
  renderClock();
  const counts = t.concluded ? t.outcomes : t.texts.map((x) => x.count);
  $("counts").replaceChildren(...counts.map((c, i) => {
    // The host's live odds for this text, beside its count (absent once decided).
    const chance = !t.concluded && t.texts[i] && t.texts[i].chance;
    return el("div", { class: t.concluded ? "outcome" : "count" }, c,
      chance ? el("span", { class: "chance" }, " · " + chance) : null);
  }));
  renderTexts();
  fillChoices();
}

function renderClock() {
  const t = state.table;
  if (!t) return;
  let text = "";
  if (t.concluded) text = w("web-concluded");
  else if (t.paused) text = w("web-paused");
  else if (state.secondsLeft !== null && state.secondsLeft !== undefined) text = w("web-time-left", { seconds: state.secondsLeft });
  $("clock").textContent = text;
}
setInterval(() => {
  if (state.secondsLeft > 0 && state.table && !state.table.paused) {
    state.secondsLeft -= 1;
    renderClock();
  }
}, 1000);

function renderTexts() {
  const t = state.table;
  if (!t) return;
  const mine = state.mine;
  $("texts").replaceChildren(
    ...t.texts.map((text, ti) => {
      const me = mine && mine.texts[ti];
      return el("article", { class: "card text" },
        el("h2", {}, text.symbol + " ", el("small", {}, text.version || "Rev." + text.revision)),
        el("p", { class: "title", dir: "auto" }, text.title),
        el("p", { class: "count" }, text.count, text.chance ? el("span", { class: "chance" }, " · " + text.chance) : null),
        me && me.verdict ? el("p", { class: "verdict v-" + me.verdict }, w("web-you-are") + ": " + me.verdict_words) : null,
        el("ol", { class: "paragraphs" },
          ...text.paragraphs.map((p, pi) => {
            const effect = me && me.effects[pi];
            const body = p.status === "bracketed" ? "[" + p.text + "]" : p.text;
            return el("li", { class: "para s-" + p.status, value: p.number },
              // Scenario content may be in another language than the page: each finds its own direction.
              el("div", { class: "issue", dir: "auto" }, issueLabel(p.issue)),
              el("div", { class: "words", dir: "auto" }, body),
              effect && effect.verdict
                ? el("div", { class: "effect v-" + effect.verdict }, w("web-effect") + ": " + effect.words,
                    effect.red_line ? el("strong", { class: "red" }, " — " + w("web-red-line")) : null)
                : null,
            );
          }),
        ),
        text.amendments.length || text.submitted.length
          ? el("div", { class: "amendments" }, el("h3", {}, w("web-amendments")),
              el("ul", {}, ...text.amendments.map((a) => el("li", {}, a)), ...text.submitted.map((a) => el("li", { class: "submitted" }, a))))
          : null,
      );
    }),
  );
}

function selectedText() {
  const v = parseInt($("text-choice").value, 10);
  return Number.isInteger(v) ? v : 0;
}

function fillChoices() {
  const sc = state.scenario, t = state.table;
  if (!sc || !t) return;
  const texts = $("text-choice");
  if (texts.options.length !== t.texts.length) {
    texts.replaceChildren(...t.texts.map((x, i) => el("option", { value: i }, x.symbol)));
  }
  show("text-choice-label", t.texts.length > 1);
  const ti = selectedText();
  const text = t.texts[ti];
  const paras = $("para-choice");
  const kept = paras.value;
  const options = text.paragraphs
    .filter((p) => p.status === "text" || p.status === "bracketed")
    .map((p) => el("option", { value: "p" + (p.number - 1) }, p.number + ". " + issueLabel(p.issue)));
  const adds = text.addable.map((i) => el("option", { value: "i" + i }, w("web-add") + " " + issueLabel(i)));
  paras.replaceChildren(...options, ...adds);
  if (kept && [...paras.options].some((o) => o.value === kept)) paras.value = kept;
  fillRungs();
  const targets = $("lobby-target");
  if (targets.options.length === 0) {
    targets.replaceChildren(
      ...sc.groups.map((g) => el("option", { value: "g" + g.index }, g.name)),
      ...sc.delegations.map((d, i) => el("option", { value: "d" + i }, d.name + " (" + d.code + ")")),
    );
    $("lobby-issue").replaceChildren(...sc.issues.map((x, i) => el("option", { value: i }, x.label)));
  }
}

function fillRungs() {
  const sc = state.scenario, t = state.table;
  if (!sc || !t) return;
  const choice = $("para-choice").value || "";
  const text = t.texts[selectedText()];
  let issue = null, current = null;
  if (choice.startsWith("p")) {
    const p = text.paragraphs[parseInt(choice.slice(1), 10)];
    if (p) { issue = p.issue; current = p.rung; }
  } else if (choice.startsWith("i")) issue = parseInt(choice.slice(1), 10);
  const rungs = $("rung-choice");
  // A new table keeps the wording the student chose for the same paragraph.
  const kept = state.rungsFor === choice ? rungs.value : null;
  state.rungsFor = choice;
  if (issue === null) { rungs.replaceChildren(); return; }
  rungs.replaceChildren(
    ...sc.issues[issue].wordings
      .map((wd, r) => [wd, r])
      .filter(([wd, r]) => wd.available || r === current)
      .map(([wd, r]) =>
        el("option", { value: r, selected: r === current }, (r === current ? "● " : "") + (wd.agreed ? "✓ " : "") + wd.text),
      ),
  );
  if (kept !== null && [...rungs.options].some((o) => o.value === kept)) rungs.value = kept;
  $("bracket-button").disabled = !choice.startsWith("p");
  $("delete-button").disabled = !choice.startsWith("p");
  state.currentRung = current;
  askWhatIf();
}

function renderSeat() {
  const m = state.mine;
  if (!m) return;
  $("you").textContent = w("web-you-are") + ": " + m.name;
  const b = m.brief;
  $("brief").replaceChildren(
    el("h2", {}, b.heading),
    el("ul", {}, ...b.priorities.map((p) => el("li", {}, p))),
    b.red_lines.length ? el("h3", {}, w("web-brief-red-lines")) : null,
    b.red_lines.length ? el("ul", { class: "red" }, ...b.red_lines.map((p) => el("li", {}, p))) : null,
    el("h3", {}, w("web-brief-success")),
    el("ul", {}, ...b.success.map((p) => el("li", {}, p))),
  );
  $("capital").textContent = m.capital !== null && m.capital !== undefined ? w("web-capital", { capital: Math.round(m.capital * 10) / 10 }) : "";
  show("lobby-card", m.delegation !== null && m.delegation !== undefined);
  const advice = m.texts.find((x) => x.advice);
  show("advice-card", !!advice && state.table && state.table.phase === "consultations");
  if (advice) {
    $("advice-text").textContent = advice.advice_words;
    $("advice-button").onclick = () => move(advice.advice);
  }
  show("call-button", m.may_call);
  $("propose-button").textContent = holdsPen(selectedText()) ? w("web-revise") : w("web-propose-button");
  $("pending").replaceChildren(
    ...m.pending.map((p) => el("li", {}, p.what, " ", el("button", { class: "secondary", onclick: () => send({ type: "withdraw", id: p.id }) }, w("web-withdraw")))),
  );
  const stand = m.texts[selectedText()] ? m.texts[selectedText()].stand : "as_instructed";
  const value = { as_instructed: "AsInstructed", object: "Object", join: "JoinConsensus" }[stand];
  for (const r of document.querySelectorAll("input[name=stand]")) r.checked = r.value === value;
  show("debrief-card", !!m.debrief);
  if (m.debrief) $("debrief").textContent = m.debrief;
  renderTexts();
}

function renderLog(from) {
  const log = $("log");
  while (log.children.length > from) log.lastChild.remove();
  for (const line of state.log.slice(from)) log.append(el("li", {}, line));
  if (state.tab === "record") log.lastElementChild && log.lastElementChild.scrollIntoView({ block: "nearest" });
}

function paragraphChoice() {
  const choice = $("para-choice").value || "";
  if (choice.startsWith("p")) return { paragraph: parseInt(choice.slice(1), 10) };
  if (choice.startsWith("i")) return { issue: parseInt(choice.slice(1), 10) };
  return {};
}

function wire() {
  $("join-code").value = state.code;
  $("join-name").value = state.name;
  $("join-form").addEventListener("submit", (e) => {
    e.preventDefault();
    state.code = $("join-code").value.trim().toUpperCase();
    state.name = $("join-name").value.trim();
    state.token = null;
    localStorage.removeItem("oewg-token");
    send({ type: "hello", code: state.code, name: state.name, token: null, lang: state.pageLang });
  });
  $("seat-search").addEventListener("input", renderSeats);
  $("lang-choice").addEventListener("change", (e) => chooseLanguage(e.target.value));
  $("text-choice").addEventListener("change", fillChoices);
  $("para-choice").addEventListener("change", fillRungs);
  $("rung-choice").addEventListener("change", askWhatIf);
  $("propose-button").addEventListener("click", () => {
    const c = paragraphChoice();
    const rung = parseInt($("rung-choice").value, 10);
    if (!Number.isInteger(rung)) return;
    const edit = c.paragraph !== undefined ? { Reword: { paragraph: c.paragraph, rung } } : { Insert: { issue: c.issue, rung } };
    amend(selectedText(), edit, null);
  });
  $("bracket-button").addEventListener("click", () => {
    const c = paragraphChoice();
    if (c.paragraph !== undefined) amend(selectedText(), { Bracket: { paragraph: c.paragraph } }, null);
  });
  $("delete-button").addEventListener("click", () => {
    const c = paragraphChoice();
    if (c.paragraph !== undefined) amend(selectedText(), { Delete: { paragraph: c.paragraph } }, null);
  });
  $("read-button").addEventListener("click", () => {
    const words = $("own-words").value.trim();
    if (words) send({ type: "read", words });
  });
  $("own-propose").addEventListener("click", () => {
    const r = state.reading, t = state.table;
    if (!r || r.issue === null || !t) return;
    const text = t.texts[selectedText()];
    const at = text.paragraphs.find((p) => p.issue === r.issue && (p.status === "text" || p.status === "bracketed"));
    const edit = at ? { Reword: { paragraph: at.number - 1, rung: r.rung } } : { Insert: { issue: r.issue, rung: r.rung } };
    amend(selectedText(), edit, $("own-words").value.trim());
  });
  $("lobby-button").addEventListener("click", () => {
    const target = $("lobby-target").value, issue = parseInt($("lobby-issue").value, 10);
    if (target.startsWith("g")) move({ LobbyGroup: { group: parseInt(target.slice(1), 10), issue } });
    else move({ Lobby: { target: parseInt(target.slice(1), 10), issue } });
  });
  $("stand-button").addEventListener("click", () => {
    const stand = document.querySelector("input[name=stand]:checked").value;
    const explanation = $("explanation").value.trim() || null;
    move({ Declare: { text: selectedText(), stand, explanation } });
  });
  $("call-button").addEventListener("click", () => move("CallForAdoption"));
  $("release-button").addEventListener("click", () => send({ type: "release" }));
  $("download-button").addEventListener("click", () => {
    const blob = new Blob([state.mine ? state.mine.debrief || "" : ""], { type: "text/plain" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "debrief-" + (state.seat || "seat") + ".txt" });
    document.body.append(a);
    a.click();
    a.remove();
  });
  for (const b of document.querySelectorAll("#tabs button")) {
    b.addEventListener("click", () => selectTab(b.getAttribute("data-tab")));
  }
  selectTab("draft");
}

function selectTab(tab) {
  state.tab = tab;
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-pressed", b.getAttribute("data-tab") === tab);
  for (const p of document.querySelectorAll(".pane")) p.classList.toggle("current", p.id === "pane-" + tab);
}

loadWords().then(() => {
  wire();
  show("join", !state.token);
  connect();
});
