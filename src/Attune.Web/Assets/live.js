// Attune live pages: the advisor assist (/live, /live/{id}) and the supervisor wall (/live/wall).
// The pages are rendered on the server and read fine without this script; it keeps them live over SignalR.
//
// Why a hand-written SignalR client: the product has no npm, bundler or JS build step (the README's quick start needs
// only the .NET SDK, and the one `attune` binary embeds its assets), and the part of the protocol these pages use is
// small and documented: the JSON hub protocol over WebSockets as specified in the aspnetcore repository,
// docs/specs/HubProtocol.md (messages, handshake, record separator) and docs/specs/TransportProtocols.md (negotiate).
// Subset used: POST {hub}/negotiate?negotiateVersion=1 → connectionToken; WebSocket {hub}?id=TOKEN; handshake
// {"protocol":"json","version":1} then a {} reply; every message is JSON followed by the record separator 0x1E;
// type 1 invocation (target, arguments, invocationId when a result is wanted), 3 completion (result or error),
// 6 ping (both ways, so neither side times the other out), 7 close (error, allowReconnect). No streaming, no binary.
// The browser's cookie signs the negotiate request and the WebSocket upgrade in.
(function () {
  'use strict';

  const RS = '\u001e';
  const PING_MS = 15000;          // the server's default KeepAliveInterval; it drops clients silent for 30 s
  const SERVER_TIMEOUT_MS = 30000; // the server pings every 15 s: 30 s of silence means the connection is gone
  const BACKOFF_MS = [0, 1000, 2000, 5000, 10000];

  class Hub {
    constructor(path) {
      this.path = path;
      this.handlers = new Map();
      this.pending = new Map();
      this.nextId = 1;
      this.socket = null;
      this.attempt = 0;
      this.stopped = false;
      this.onstate = () => {};
      this.onconnected = async () => {};
    }

    on(target, handler) { this.handlers.set(target.toLowerCase(), handler); }

    start() { this.connect(); }

    async connect() {
      if (this.stopped) { return; }
      this.onstate(this.attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        const response = await fetch(this.path + '/negotiate?negotiateVersion=1', { method: 'POST', credentials: 'same-origin' });
        if (!response.ok) { throw new Error('negotiate answered ' + response.status); }
        const negotiation = await response.json();
        if (negotiation.error) { throw new Error(negotiation.error); }
        const token = negotiation.connectionToken || negotiation.connectionId;
        const url = new URL(this.path, window.location.href);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        url.searchParams.set('id', token);
        await this.open(url.toString());
      } catch (err) {
        this.retry(err);
      }
    }

    open(url) {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        let buffer = '';
        let handshaken = false;
        this.socket = socket;
        socket.onopen = () => socket.send(JSON.stringify({ protocol: 'json', version: 1 }) + RS);
        socket.onmessage = (e) => {
          this.touch();
          buffer += e.data;
          let end;
          while ((end = buffer.indexOf(RS)) >= 0) {
            const text = buffer.slice(0, end);
            buffer = buffer.slice(end + 1);
            const message = JSON.parse(text);
            if (!handshaken) {
              handshaken = true;
              if (message.error) { reject(new Error(message.error)); socket.close(); return; }
              this.attempt = 0;
              this.pinger = setInterval(() => this.send({ type: 6 }), PING_MS);
              this.onstate('live');
              resolve();
              this.onconnected().catch((err) => console.warn('live: subscribing failed', err));
              continue;
            }
            this.dispatch(message);
          }
        };
        socket.onclose = (e) => {
          clearInterval(this.pinger);
          clearTimeout(this.watchdog);
          for (const [, p] of this.pending) { p.reject(new Error('connection closed')); }
          this.pending.clear();
          if (!handshaken) { reject(new Error('closed before the handshake (' + e.code + ')')); return; }
          this.retry(new Error('closed (' + e.code + ')'));
        };
        socket.onerror = () => { /* onclose follows */ };
      });
    }

    touch() {
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(() => this.socket && this.socket.close(), SERVER_TIMEOUT_MS);
    }

    retry(err) {
      if (this.stopped) { return; }
      const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)] + Math.random() * 500;
      this.attempt++;
      this.onstate('offline', err);
      setTimeout(() => this.connect(), delay);
    }

    dispatch(message) {
      switch (message.type) {
        case 1: { // invocation from the server: an event
          const handler = this.handlers.get(String(message.target).toLowerCase());
          if (handler) {
            try { handler.apply(null, message.arguments || []); } catch (err) { console.error('live: handler failed', err); }
          }
          break;
        }
        case 3: { // completion of one of our invocations
          const p = this.pending.get(message.invocationId);
          if (p) {
            this.pending.delete(message.invocationId);
            if (message.error) { p.reject(new Error(message.error)); } else { p.resolve(message.result); }
          }
          break;
        }
        case 6: break; // ping: touch() already noted the server is alive
        case 7: // close: the server ends the connection; reconnect only when it allows it
          if (message.allowReconnect === false) { this.stopped = true; this.onstate('offline', new Error(message.error || 'closed by the server')); }
          if (this.socket) { this.socket.close(); }
          break;
        default: break;
      }
    }

    send(message) {
      if (this.socket && this.socket.readyState === WebSocket.OPEN) { this.socket.send(JSON.stringify(message) + RS); return true; }
      return false;
    }

    invoke(target, ...args) {
      const invocationId = String(this.nextId++);
      return new Promise((resolve, reject) => {
        this.pending.set(invocationId, { resolve, reject });
        if (!this.send({ type: 1, invocationId, target, arguments: args })) {
          this.pending.delete(invocationId);
          reject(new Error('not connected'));
        }
      });
    }
  }

  // ---- shared rendering helpers (text always goes through textContent: customer words are never markup) ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) { continue; }
      if (k === 'class') { node.className = v; } else if (k === 'text') { node.textContent = v; } else { node.setAttribute(k, v === true ? '' : v); }
    }
    for (const c of children) { if (c !== null && c !== undefined) { node.append(c); } }
    return node;
  }

  // A voice reading is the customer's vocal arousal, not an emotion word (LiveView.EmotionReading/EmotionText).
  function arousalLevel(v) { return v >= 0.8 ? 'high' : v >= 0.65 ? 'raised' : v < 0.35 ? 'calm' : 'usual'; } // VoiceArousalDetector.Label
  function emotionReading(label) { return label === 'arousal' ? 'vocal arousal' : label; }
  function emotionText(e) {
    const v = Number(e.value);
    return e.label === 'arousal' ? 'vocal arousal: ' + arousalLevel(v) + ' (' + v.toFixed(2) + ')' : e.label + ' ' + v.toFixed(2);
  }

  function duration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const pad = (n) => String(n).padStart(2, '0');
    return (h > 0 ? h + ':' + pad(m) : pad(m)) + ':' + pad(s % 60);
  }

  function tickDurations() {
    const now = Date.now();
    for (const node of document.querySelectorAll('[data-started]')) {
      const started = Date.parse(node.dataset.started);
      if (!Number.isNaN(started) && !node.closest('[data-ended]')) { node.textContent = duration((now - started) / 1000); }
    }
  }

  const ARROWS = { rising: '↑', falling: '↓', steady: '→' };

  function setStatus(node, state, err) {
    if (!node) { return; }
    node.dataset.state = state;
    node.textContent = { connecting: 'Connecting…', reconnecting: 'Reconnecting…', live: 'Live', offline: 'Offline, retrying…' }[state] || state;
    if (err && state === 'offline') { node.title = String(err.message || err); }
  }

  // The words of a turn split around the quotes of its findings: [{text, finding}] (finding null for plain text).
  // Negative and positive findings are highlighted; info findings (emotion, questions) are not.
  function segments(text, findings) {
    const spans = [];
    const lower = text.toLowerCase();
    for (const f of findings) {
      if (!f.quote || (f.polarity !== 'negative' && f.polarity !== 'positive')) { continue; }
      const at = lower.indexOf(f.quote.toLowerCase());
      if (at < 0) { continue; }
      const end = at + f.quote.length;
      if (spans.some((s) => at < s.end && end > s.start)) { continue; }
      spans.push({ start: at, end, finding: f });
    }
    spans.sort((a, b) => a.start - b.start);
    const out = [];
    let pos = 0;
    for (const s of spans) {
      if (s.start > pos) { out.push({ text: text.slice(pos, s.start), finding: null }); }
      out.push({ text: text.slice(s.start, s.end), finding: s.finding });
      pos = s.end;
    }
    if (pos < text.length) { out.push({ text: text.slice(pos), finding: null }); }
    return out;
  }

  // ---- advisor assist and session view ----

  function initSession(root) {
    const status = root.querySelector('[data-status]');
    const mode = root.dataset.mode; // "mine" (the advisor's /live) or "one" (/live/{id})
    const kindNames = {};
    for (const pair of (root.dataset.kindNames || '').split(';')) {
      const [k, v] = pair.split('=');
      if (k) { kindNames[k] = v; }
    }

    const state = { id: root.dataset.session || null, lastSeq: 0, turns: new Map(), findings: new Map(), emotions: [], muted: new Set(), allMuted: false, ended: false };
    const hub = new Hub('/hubs/live');
    hub.onstate = (s, err) => setStatus(status, s, err);

    const $ = (sel) => root.querySelector(sel);

    function fresh(e) {
      if (!state.id || e.sessionId !== state.id) { return false; }
      if (typeof e.seq === 'number') {
        if (e.seq <= state.lastSeq) { return false; }
        state.lastSeq = e.seq;
      }
      return true;
    }

    function renderTurn(t) {
      const list = $('[data-transcript]');
      const findings = state.findings.get(t.index) || [];
      const p = el('p', { class: 'words' });
      for (const s of segments(t.text, findings)) {
        if (s.finding) {
          p.append(el('mark', { class: s.finding.polarity === 'negative' ? 'neg' : 'pos', title: s.finding.detail || s.finding.signal, 'data-signal': s.finding.signal, text: s.text }));
        } else {
          p.append(document.createTextNode(s.text));
        }
      }
      const item = el('li', { class: 'turn ' + t.party, 'data-turn': String(t.index) },
        el('span', { class: 'party', text: t.party === 'customer' ? 'Customer' : t.party === 'advisor' ? 'Advisor' : t.party }), p);
      const existing = list.querySelector('[data-turn="' + t.index + '"]');
      if (existing) { existing.replaceWith(item); } else { list.append(item); }
      // the party's words so far give way to their final turn (kept last while they are still speaking or typing)
      const partial = list.querySelector('[data-partial="' + CSS.escape(t.party) + '"]');
      if (partial && !existing) { partial.remove(); }
      for (const p of list.querySelectorAll('[data-partial]')) { list.append(p); }
      const empty = $('[data-transcript-empty]');
      if (empty) { empty.hidden = true; }
      const scroller = list.closest('.transcript-scroll');
      if (scroller) { scroller.scrollTop = scroller.scrollHeight; }
    }

    function renderPartial(e) {
      // A partial turn (not final, not analysed): greyed and italic at the end of the transcript until the final turn.
      const list = $('[data-transcript]');
      const item = el('li', { class: 'turn partial ' + e.party, 'data-partial': e.party, title: 'Still speaking or typing: not final yet' },
        el('span', { class: 'party', text: e.party === 'customer' ? 'Customer' : e.party === 'advisor' ? 'Advisor' : e.party }),
        el('p', { class: 'words', text: e.text + ' …' }));
      const existing = list.querySelector('[data-partial="' + CSS.escape(e.party) + '"]');
      if (existing) { existing.replaceWith(item); } else { list.append(item); }
      const empty = $('[data-transcript-empty]');
      if (empty) { empty.hidden = true; }
      const scroller = list.closest('.transcript-scroll');
      if (scroller) { scroller.scrollTop = scroller.scrollHeight; }
    }

    function addFindings(e) {
      for (const f of e.items || []) {
        const list = state.findings.get(f.turn) || [];
        list.push(f);
        state.findings.set(f.turn, list);
        const t = state.turns.get(f.turn);
        if (t) { renderTurn(t); }
      }
    }

    function renderNudge(n, animate) {
      const list = $('[data-nudges]');
      if (!list) { return; }
      const item = el('li', { class: 'nudge' + (animate ? ' fresh' : ''), 'data-kind': n.kind },
        el('span', { class: 'kind', text: kindNames[n.kind] || n.kind }),
        el('p', { class: 'text', text: n.text }),
        n.suggestion ? el('p', { class: 'better' }, el('span', { class: 'label', text: 'Better: ' }), el('q', { text: n.suggestion })) : null,
        n.quote ? el('p', { class: 'quote muted' }, el('span', { class: 'label', text: 'From: ' }), el('q', { text: n.quote })) : null);
      list.prepend(item);
      const empty = $('[data-nudges-empty]');
      if (empty) { empty.hidden = true; }
    }

    function renderAlert(a) {
      const list = $('[data-alerts]');
      if (!list) { return; }
      list.prepend(el('li', { class: 'alert-item ' + a.severity },
        el('span', { class: 'pill ' + (a.severity === 'critical' ? 'bad' : a.severity === 'warning' ? 'warn' : ''), text: a.severity }), ' ',
        el('strong', { text: a.name }), a.detail ? el('span', { class: 'muted', text: ' · ' + a.detail }) : null));
      const empty = $('[data-alerts-empty]');
      if (empty) { empty.hidden = true; }
    }

    function renderGauge(emotion, trend) {
      const svg = $('[data-gauge]');
      if (!svg) { return; }
      const value = emotion ? Math.max(0, Math.min(1, emotion.value)) : 0;
      const negative = !!(emotion && emotion.negative);
      const theta = Math.PI * (1 - value);
      const x = (100 + 80 * Math.cos(theta)).toFixed(1);
      const y = (100 - 80 * Math.sin(theta)).toFixed(1);
      svg.querySelector('.value').setAttribute('d', value > 0 ? 'M 20 100 A 80 80 0 0 1 ' + x + ' ' + y : 'M 20 100');
      svg.querySelector('.value').setAttribute('class', 'value ' + (negative ? 'neg' : 'calm'));
      svg.querySelector('.needle').setAttribute('x2', x);
      svg.querySelector('.needle').setAttribute('y2', y);
      const label = emotion ? emotionText(emotion) : 'no reading yet';
      svg.querySelector('.reading').textContent = emotion ? emotionReading(emotion.label) : '–';
      svg.setAttribute('aria-label', !emotion ? 'Customer emotion: no reading yet'
        : emotion.label === 'arousal'
          ? "Customer's vocal arousal: " + arousalLevel(value) + ', ' + value.toFixed(2) + (negative ? ' (raised)' : '') + ', ' + trend
          : 'Customer emotion: ' + emotion.label + ', intensity ' + value.toFixed(2) + (negative ? ' (negative)' : '') + ', ' + trend);
      const text = $('[data-emotion]');
      if (text) { text.textContent = label; }
      const arrow = $('[data-trend]');
      if (arrow) { arrow.textContent = ARROWS[trend] + ' ' + trend; arrow.className = 'trend ' + trend; }
    }

    function emotionTrend() {
      // The same rule as the server's tile: the latest negative intensity against the previous sample's (±0.1 steady).
      const n = state.emotions.length;
      if (n < 2) { return 'steady'; }
      const level = (e) => (e.negative ? e.value : 0);
      const change = level(state.emotions[n - 1]) - level(state.emotions[n - 2]);
      return change > 0.1 ? 'rising' : change < -0.1 ? 'falling' : 'steady';
    }

    function renderMutes() {
      for (const button of root.querySelectorAll('[data-mute]')) {
        const kind = button.dataset.mute;
        const pressed = kind === '' ? state.allMuted : state.muted.has(kind);
        button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
        button.disabled = state.ended;
      }
      const list = $('[data-nudges]');
      if (list) { list.classList.toggle('all-muted', state.allMuted); }
    }

    function renderHeader(tile) {
      const name = $('[data-advisor]');
      if (name) { name.textContent = (tile.advisorName || tile.advisorId || 'Advisor') + ' · ' + tile.channel; }
      const started = $('[data-started]');
      if (started) { started.dataset.started = tile.startedAt; }
      const link = $('[data-session-link]');
      if (link) { link.href = '/live/' + encodeURIComponent(tile.sessionId); }
    }

    function render(snapshot) {
      state.turns.clear();
      state.findings.clear();
      state.emotions = [];
      state.lastSeq = 0;
      state.ended = false;
      delete root.dataset.ended;
      root.hidden = false;
      const waiting = document.querySelector('[data-waiting]');
      if (waiting) { waiting.hidden = true; }
      $('[data-transcript]').replaceChildren();
      const nudges = $('[data-nudges]');
      if (nudges) { nudges.replaceChildren(); }
      const alerts = $('[data-alerts]');
      if (alerts) { alerts.replaceChildren(); }
      const endedNote = $('[data-ended-note]');
      if (endedNote) { endedNote.hidden = true; }
      const seqs = [];
      for (const f of snapshot.findings) { seqs.push(f.seq); for (const item of f.items) { const l = state.findings.get(item.turn) || []; l.push(item); state.findings.set(item.turn, l); } }
      for (const t of snapshot.turns) { seqs.push(t.seq); state.turns.set(t.index, t); renderTurn(t); }
      for (const p of snapshot.partials || []) { seqs.push(p.seq); renderPartial(p); }
      for (const n of snapshot.nudges) { seqs.push(n.seq); renderNudge(n, false); }
      for (const a of snapshot.alerts) { seqs.push(a.seq); renderAlert(a); }
      for (const e of snapshot.emotions) { seqs.push(e.seq); state.emotions.push(e); }
      state.lastSeq = seqs.length ? Math.max(...seqs) : 0;
      for (const empty of root.querySelectorAll('[data-transcript-empty], [data-nudges-empty], [data-alerts-empty]')) { empty.hidden = true; }
      if (!snapshot.turns.length && !(snapshot.partials || []).length) { const e = $('[data-transcript-empty]'); if (e) { e.hidden = false; } }
      if (!snapshot.nudges.length) { const e = $('[data-nudges-empty]'); if (e) { e.hidden = false; } }
      if (!snapshot.alerts.length) { const e = $('[data-alerts-empty]'); if (e) { e.hidden = false; } }
      state.muted = new Set(snapshot.mutedKinds || []);
      state.allMuted = !!snapshot.allMuted;
      renderHeader(snapshot.tile);
      renderGauge(snapshot.tile.customerEmotion, snapshot.tile.trend || emotionTrend());
      renderMutes();
      tickDurations();
    }

    async function watch(id) {
      if (state.id && state.id !== id) { hub.invoke('Unwatch', state.id).catch(() => {}); }
      state.id = id;
      root.dataset.session = id;
      render(await hub.invoke('Watch', id));
      markCurrent();
    }

    function markCurrent() {
      for (const a of document.querySelectorAll('[data-my-sessions] a')) {
        a.setAttribute('aria-current', a.dataset.id === state.id ? 'true' : 'false');
      }
    }

    function listSession(tile) {
      const list = document.querySelector('[data-my-sessions]');
      if (!list || list.querySelector('[data-id="' + CSS.escape(tile.sessionId) + '"]')) { return; }
      const link = el('a', { href: '/live?session=' + encodeURIComponent(tile.sessionId), 'data-id': tile.sessionId },
        el('span', { class: 'who', text: tile.customerName || tile.customerId || 'Customer' }), ' ',
        el('span', { class: 'where muted' }, [tile.queue, tile.channel].filter(Boolean).join(' · ') + ' · ',
          el('span', { 'data-started': tile.startedAt, text: duration(tile.durationSeconds || 0) })));
      link.addEventListener('click', (e) => { e.preventDefault(); watch(tile.sessionId).catch((err) => console.warn(err)); });
      list.append(el('li', {}, link));
      const none = document.querySelector('[data-no-sessions]');
      if (none) { none.hidden = true; }
    }

    hub.onconnected = async () => {
      if (mode === 'mine') {
        const tiles = await hub.invoke('WatchMine');
        tiles.forEach(listSession);
        const open = new Set(tiles.map((t) => t.sessionId));
        if (state.id && open.has(state.id)) {
          await watch(state.id);
        } else if (tiles.length) {
          tiles.sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
          await watch(tiles[0].sessionId);
        }
      } else if (state.id) {
        await watch(state.id);
      }
    };

    for (const link of document.querySelectorAll('[data-my-sessions] a')) {
      link.addEventListener('click', (e) => { e.preventDefault(); watch(link.dataset.id).catch((err) => console.warn(err)); });
    }

    hub.on('sessionStarted', (tile) => {
      listSession(tile);
      // A new interaction takes the panel when none is shown (or the shown one has ended).
      if (mode === 'mine' && (!state.id || state.ended)) { watch(tile.sessionId).catch((err) => console.warn(err)); }
    });
    hub.on('turn', (t) => { if (fresh(t)) { state.turns.set(t.index, t); renderTurn(t); } });
    hub.on('partial', (e) => { if (fresh(e)) { renderPartial(e); } });
    hub.on('findings', (e) => { if (fresh(e)) { addFindings(e); } });
    hub.on('nudge', (n) => { if (fresh(n)) { renderNudge(n, true); } });
    hub.on('alert', (a) => { if (fresh(a)) { renderAlert(a); } });
    hub.on('emotion', (e) => {
      if (!fresh(e)) { return; }
      state.emotions.push(e);
      if (state.emotions.length > 200) { state.emotions.shift(); }
      renderGauge(e, emotionTrend());
    });
    hub.on('mute', (m) => {
      if (!fresh(m)) { return; }
      if (m.kind === null || m.kind === undefined) { state.allMuted = m.muted; } else if (m.muted) { state.muted.add(m.kind); } else { state.muted.delete(m.kind); }
      renderMutes();
    });
    hub.on('tile', (tile) => { if (tile.sessionId === state.id) { renderGauge(tile.customerEmotion, tile.trend); } });
    hub.on('ended', (e) => {
      const item = document.querySelector('[data-my-sessions] [data-id="' + CSS.escape(e.sessionId) + '"]');
      if (item) { item.closest('li').remove(); }
      if (e.sessionId !== state.id) { return; }
      state.ended = true;
      root.dataset.ended = 'true';
      const note = $('[data-ended-note]');
      if (note) {
        note.replaceChildren('This interaction has ended', e.incomplete ? ' (incomplete)' : '', e.interactionId
          ? el('span', {}, ': ', el('a', { href: '/interactions/' + e.interactionId, text: 'open the stored interaction' })) : '.');
        note.hidden = false;
      }
      renderMutes();
    });

    root.addEventListener('click', (e) => {
      const button = e.target.closest('[data-mute]');
      if (!button || !state.id) { return; }
      const kind = button.dataset.mute === '' ? null : button.dataset.mute;
      const muted = button.getAttribute('aria-pressed') === 'true';
      hub.invoke(muted ? 'Unmute' : 'Mute', state.id, kind).then(() => {
        if (kind === null) { state.allMuted = !muted; } else if (muted) { state.muted.delete(kind); } else { state.muted.add(kind); }
        renderMutes();
      }).catch((err) => { setStatus(status, 'live'); console.warn('live: mute failed', err); });
    });

    for (const button of root.querySelectorAll('[data-mute]')) { button.disabled = false; }
    const controls = $('[data-mute-controls]');
    if (controls) { controls.hidden = false; }
    hub.start();
  }

  // ---- supervisor wall ----

  function initWall(root) {
    const status = document.querySelector('[data-wall-status]');
    const empty = document.querySelector('[data-wall-empty]');
    const hub = new Hub('/hubs/live');
    hub.onstate = (s, err) => setStatus(status, s, err);
    const tiles = new Map();

    function riskClass(risk) { return risk >= 70 ? 'high' : risk >= 40 ? 'medium' : 'low'; }

    function tileNode(t) {
      const emotion = t.customerEmotion;
      const alert = t.latestAlert;
      const trend = t.trend || 'steady';
      return el('li', { class: 'tile risk-' + riskClass(t.risk), 'data-session': t.sessionId, 'data-risk': String(t.risk) },
        el('a', { href: '/live/' + encodeURIComponent(t.sessionId), class: 'tile-link' },
          el('span', { class: 'tile-top' },
            el('strong', { class: 'tile-advisor', text: t.advisorName || t.advisorId || 'Unknown advisor' }),
            el('span', { class: 'tile-duration', 'data-started': t.startedAt, text: duration(t.durationSeconds || 0) })),
          el('span', { class: 'tile-meta muted', text: [t.team, t.channel, t.muted ? 'nudges muted' : null].filter(Boolean).join(' · ') }),
          el('span', { class: 'tile-emotion' + (emotion && emotion.negative ? ' neg' : '') },
            el('span', { class: 'label', text: 'Customer: ' }),
            emotion ? emotionText(emotion) : 'no reading yet', ' ',
            el('span', { class: 'trend ' + trend, role: 'img', 'aria-label': 'trend ' + trend, title: trend, text: ARROWS[trend] || '→' })),
          el('span', { class: 'tile-risk' },
            el('span', { class: 'label', text: 'Risk ' }),
            el('meter', { min: '0', max: '100', low: '40', high: '70', optimum: '0', value: String(t.risk), 'aria-label': 'risk ' + t.risk + ' of 100' }),
            el('b', { text: ' ' + t.risk })),
          el('span', { class: 'tile-alert' }, alert
            ? el('span', {}, el('span', { class: 'pill ' + (alert.severity === 'critical' ? 'bad' : alert.severity === 'warning' ? 'warn' : ''), text: alert.severity }), ' ' + alert.name)
            : el('span', { class: 'muted', text: 'No alerts' }))));
    }

    function sortWall() {
      const order = [...tiles.values()].sort((a, b) => (b.risk - a.risk) || (Date.parse(a.startedAt) - Date.parse(b.startedAt)));
      for (const t of order) {
        root.append(root.querySelector('[data-session="' + CSS.escape(t.sessionId) + '"]'));
      }
      if (empty) { empty.hidden = tiles.size > 0; }
    }

    function upsert(t) {
      tiles.set(t.sessionId, t);
      const node = tileNode(t);
      const existing = root.querySelector('[data-session="' + CSS.escape(t.sessionId) + '"]');
      if (existing) { existing.replaceWith(node); } else { root.append(node); }
      sortWall();
    }

    hub.onconnected = async () => {
      const all = await hub.invoke('WatchWall');
      tiles.clear();
      root.replaceChildren();
      all.forEach(upsert);
      sortWall();
    };
    hub.on('tile', upsert);
    hub.on('sessionStarted', upsert);
    hub.on('ended', (e) => {
      tiles.delete(e.sessionId);
      const node = root.querySelector('[data-session="' + CSS.escape(e.sessionId) + '"]');
      if (node) { node.remove(); }
      sortWall();
    });
    hub.start();
  }

  document.addEventListener('DOMContentLoaded', () => {
    setInterval(tickDurations, 1000);
    const session = document.querySelector('[data-live-session]');
    if (session) { initSession(session); }
    const wall = document.querySelector('[data-live-wall]');
    if (wall) { initWall(wall); }
  });
})();
