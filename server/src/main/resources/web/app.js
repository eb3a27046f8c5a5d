// Moltr Shield dashboard. Plain JS, no build step, no inline script (the CSP forbids it).
// The access token lives in this closure only (never in storage); the refresh token is an
// HttpOnly cookie scoped to /auth that this script cannot read.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const VIEWS = ['overview', 'incidents', 'killswitch', 'integrity', 'apikeys', 'secrets', 'config', 'fleet'];
  const PALETTE = ['#c0392b', '#2c7fb8', '#e67e22', '#7b4fa0', '#1f8a5c', '#8c6d31', '#d6336c', '#555'];
  let token = null;
  let refreshTimer = null;
  let stream = null;
  let incidents = [];
  let fleetTimer = null;
  let auditUrl = null;

  // ---- session -----------------------------------------------------------------------------
  async function login(user, password) {
    const r = await fetch('/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: user, password }), credentials: 'same-origin',
    });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || 'login failed');
    session(body);
  }

  async function refresh() {
    const r = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin' });
    if (!r.ok) return false;
    session(await r.json());
    return true;
  }

  function session(body) {
    token = body.access_token;
    clearTimeout(refreshTimer);
    // Renew a minute before the 15-minute access token runs out.
    const ms = Math.max(30, (body.expires_in || 900) - 60) * 1000;
    refreshTimer = setTimeout(() => refresh().then((ok) => { if (!ok) loggedOut('Your session ended.'); }), ms);
  }

  function loggedOut(message) {
    token = null;
    clearTimeout(refreshTimer);
    if (stream) stream.abort();
    stream = null;
    $('nav').hidden = true;
    $('logout').hidden = true;
    $('live').textContent = '';
    $('login-error').textContent = message || '';
    show('login');
  }

  // Every admin call: Bearer token; one refresh attempt on 401.
  async function authFetch(method, path, body) {
    const send = () => fetch(path, {
      method,
      headers: Object.assign({ Authorization: 'Bearer ' + token },
        body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let r = await send();
    if (r.status === 401 && await refresh()) r = await send();
    if (r.status === 401) {
      loggedOut('Your session ended. Log in again.');
      throw new Error('not logged in');
    }
    return r;
  }

  async function api(method, path, body) {
    const r = await authFetch(method, path, body);
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.error || ('HTTP ' + r.status));
    return data;
  }

  // ---- live events (fetch streaming, so the Authorization header can be sent) ---------------
  async function connectEvents() {
    if (!token || stream) return;
    const controller = new AbortController();
    stream = controller;
    try {
      const r = await fetch('/admin/events', {
        headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' }, signal: controller.signal,
      });
      if (!r.ok || !r.body) throw new Error('stream refused');
      $('live').textContent = 'Live';
      $('live').className = 'live on';
      const reader = r.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      // aborted or dropped: reconnect below
    }
    if (stream === controller) stream = null;
    $('live').textContent = token ? 'Reconnecting…' : '';
    $('live').className = 'live';
    if (token) setTimeout(connectEvents, 3000);
  }

  function dispatch(block) {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (!data.length) return;
    let payload;
    try { payload = JSON.parse(data.join('\n')); } catch (e) { return; }
    if (event === 'incident') {
      incidents.unshift(payload);
      renderIncidents();
      if (current() === 'overview') loadOverview();
    } else if (event === 'killswitch') {
      renderKillSwitch(payload);
      if (current() === 'overview') loadOverview();
    }
  }

  // ---- views -------------------------------------------------------------------------------
  function current() {
    const v = location.hash.replace('#', '');
    return VIEWS.includes(v) ? v : 'overview';
  }

  function show(view) {
    clearInterval(fleetTimer);
    fleetTimer = null;
    for (const s of document.querySelectorAll('.view')) s.hidden = s.id !== 'view-' + view;
    for (const a of document.querySelectorAll('#nav a')) {
      if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  async function route() {
    if (!token) { show('login'); return; }
    const view = current();
    show(view);
    try {
      if (view === 'overview') await loadOverview();
      if (view === 'incidents') await loadIncidents();
      if (view === 'killswitch') renderKillSwitch(await api('GET', '/killswitch/status'));
      if (view === 'integrity') await loadIntegrity();
      if (view === 'apikeys') await loadKeys();
      if (view === 'secrets') await loadSecrets();
      if (view === 'fleet') {
        await loadFleet();
        // Nodes report every few seconds; keep the table current while it is shown.
        fleetTimer = setInterval(() => loadFleet().catch((e) => toast(e.message)), 5000);
      }
    } catch (e) {
      toast(e.message);
    }
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text); // never innerHTML: data may be hostile
    if (cls) e.className = cls;
    return e;
  }

  function row(cells) {
    const tr = document.createElement('tr');
    for (const c of cells) {
      const td = document.createElement('td');
      if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? '' : String(c);
      tr.appendChild(td);
    }
    return tr;
  }

  function fields(dl, entries) {
    dl.replaceChildren();
    for (const [k, v] of entries) {
      dl.appendChild(el('dt', k));
      dl.appendChild(el('dd', v === null || v === undefined || v === '' ? '–' : v));
    }
  }

  function toast(message) {
    $('live').textContent = message;
  }

  // A result line under a control: an error in the error colour, announced by its aria-live region.
  function say(id, text, isError) {
    const p = $(id);
    p.textContent = text;
    p.className = isError ? 'error' : 'ok';
  }

  function ago(iso) {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) return iso || '–';
    const s = Math.max(0, Math.round((Date.now() - t) / 1000));
    const when = s < 60 ? s + ' s ago' : s < 3600 ? Math.floor(s / 60) + ' min ago' : Math.floor(s / 3600) + ' h ago';
    return new Date(t).toLocaleTimeString() + ' (' + when + ')';
  }

  // What every view shares from the status: the degraded banner and the fleet link (cluster mode).
  function applyStatus(o) {
    const degraded = o.status === 'degraded';
    const text = degraded ? 'Degraded: ' + (o.reason || 'reason not given') : '';
    for (const id of ['ov-degraded', 'fleet-degraded']) {
      $(id).hidden = !degraded; // shown before its text changes, so the alert is announced
      if ($(id).textContent !== text) $(id).textContent = text; // unchanged text is not announced again
    }
    const c = o.cluster || {};
    document.querySelector('#nav a[data-view="fleet"]').hidden = !c.enabled;
    $('ov-fleet-tile').hidden = !c.enabled;
    if (c.enabled) {
      $('ov-fleet').textContent = c.node + ' · ' + c.state;
      $('ov-fleet').className = 'value ' + (c.state === 'connected' ? 'good' : 'bad');
    }
  }

  // Overview
  async function loadOverview() {
    const o = await api('GET', '/admin/overview');
    applyStatus(o);
    $('ov-mode').textContent = o.mode;
    $('ov-version').textContent = o.version;
    const ks = o.killswitch || {};
    $('ov-killswitch').textContent = ks.active ? ks.level : 'off';
    $('ov-killswitch').className = 'value ' + (ks.active ? 'bad' : 'good');
    const integ = o.integrity || {};
    $('ov-integrity').textContent = integ.violated ? 'VIOLATED' : (integ.last_check ? 'ok' : 'not checked yet');
    $('ov-integrity').className = 'value ' + (integ.violated ? 'bad' : (integ.last_check ? 'good' : ''));
    const modules = $('ov-modules');
    modules.replaceChildren();
    for (const [name, m] of Object.entries(o.modules || {})) {
      modules.appendChild(row([name.replace(/_/g, ' '), m.locked ? 'locked' : (m.enabled ? 'enabled' : 'disabled')]));
    }
    const decisions = $('ov-decisions');
    decisions.replaceChildren();
    const d = o.decisions || {};
    if (!Object.keys(d).length) decisions.appendChild(row(['no decisions yet', '', '']));
    for (const [check, c] of Object.entries(d)) {
      decisions.appendChild(row([check, c.allowed || 0, c.denied || 0]));
    }
  }

  // Incidents
  async function loadIncidents() {
    const type = $('filter-type').value;
    const severity = $('filter-severity').value;
    const q = new URLSearchParams({ limit: '500' });
    if (type) q.set('type', type);
    if (severity) q.set('severity', severity);
    incidents = (await api('GET', '/admin/incidents?' + q)).incidents;
    renderIncidents();
  }

  function renderIncidents() {
    const type = $('filter-type').value;
    const severity = $('filter-severity').value;
    const shown = incidents.filter((i) => (!type || i.type === type) && (!severity || i.severity === severity));
    const types = $('filter-type');
    const known = new Set([...types.options].map((o) => o.value));
    for (const i of incidents) {
      if (!known.has(i.type)) { types.appendChild(el('option', i.type)).value = i.type; known.add(i.type); }
    }
    const rows = $('incident-rows');
    rows.replaceChildren();
    // Only the fleet's incidents (cluster mode) name a node; the column shows when one does.
    const nodes = shown.some((i) => i.node);
    $('incident-node-col').hidden = !nodes;
    for (const i of shown.slice(0, 200)) {
      const b = el('button', 'Details', 'link');
      b.type = 'button';
      b.setAttribute('aria-label', 'Details of incident ' + i.incident_id);
      b.addEventListener('click', () => showIncident(i.incident_id));
      const cells = [new Date(i.timestamp).toLocaleString(), i.type, el('span', i.severity, 'sev ' + i.severity), i.reason];
      if (nodes) cells.push(i.node || '–');
      cells.push(b);
      rows.appendChild(row(cells));
    }
    $('incident-empty').hidden = shown.length > 0;
    timeline(shown);
  }

  function timeline(list) {
    const svg = $('timeline');
    const ns = 'http://www.w3.org/2000/svg';
    for (const n of [...svg.childNodes]) if (n.nodeName !== 'title') svg.removeChild(n);
    const hour = 3600 * 1000;
    const end = Math.ceil(Date.now() / hour) * hour;
    const buckets = Array.from({ length: 24 }, () => new Map());
    const types = [];
    for (const i of list) {
      const b = 23 - Math.floor((end - Date.parse(i.timestamp)) / hour);
      if (b < 0 || b > 23) continue;
      if (!types.includes(i.type)) types.push(i.type);
      buckets[b].set(i.type, (buckets[b].get(i.type) || 0) + 1);
    }
    const max = Math.max(1, ...buckets.map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const w = 720 / 24;
    buckets.forEach((m, b) => {
      let y = 150;
      for (const t of types) {
        const n = m.get(t) || 0;
        if (!n) continue;
        const h = (n / max) * 140;
        const r = document.createElementNS(ns, 'rect');
        r.setAttribute('x', String(b * w + 2));
        r.setAttribute('y', String(y - h));
        r.setAttribute('width', String(w - 4));
        r.setAttribute('height', String(h));
        r.setAttribute('fill', PALETTE[types.indexOf(t) % PALETTE.length]);
        const tip = document.createElementNS(ns, 'title');
        tip.textContent = n + ' × ' + t;
        r.appendChild(tip);
        svg.appendChild(r);
        y -= h;
      }
    });
    const axis = document.createElementNS(ns, 'line');
    for (const [k, v] of [['x1', 0], ['x2', 720], ['y1', 150], ['y2', 150], ['stroke', '#888']]) axis.setAttribute(k, String(v));
    svg.appendChild(axis);
    const legend = $('timeline-legend');
    legend.replaceChildren();
    types.forEach((t, idx) => {
      const li = el('li', t);
      const swatch = document.createElementNS(ns, 'svg');
      swatch.setAttribute('width', '12'); swatch.setAttribute('height', '12'); swatch.setAttribute('aria-hidden', 'true');
      const r = document.createElementNS(ns, 'rect');
      r.setAttribute('width', '12'); r.setAttribute('height', '12'); r.setAttribute('fill', PALETTE[idx % PALETTE.length]);
      swatch.appendChild(r);
      li.prepend(swatch);
      legend.appendChild(li);
    });
  }

  async function showIncident(id) {
    const i = await api('GET', '/admin/incidents/' + encodeURIComponent(id));
    fields($('detail-fields'), [
      ...(i.node ? [['Node', i.node]] : []),
      ['Incident id', i.incident_id], ['Time', i.timestamp], ['Type', i.type], ['Severity', i.severity],
      ['Rule', i.rule], ['Reason', i.reason], ['Redacted preview', i.preview], ['Client (pseudonymised)', i.source_ip],
      ['User agent', i.user_agent], ['Credential', i.principal], ['Input SHA-256', i.input_sha256],
      ['Enforced', i.enforced ? 'yes' : 'no (monitor mode)'],
    ]);
    $('incident-detail').hidden = false;
    $('incident-detail').focus();
  }

  // Kill switch
  function renderKillSwitch(s) {
    $('ks-level').textContent = s.active ? s.level : 'off';
    $('ks-level').className = s.active ? 'bad' : 'good';
    $('ks-reason').textContent = s.active && s.reason ? '(' + s.reason + ')' : '';
    if (current() === 'overview' && $('ov-killswitch')) {
      $('ov-killswitch').textContent = s.active ? s.level : 'off';
    }
  }

  function confirmDialog(text, okLabel) {
    const d = $('confirm');
    $('confirm-text').textContent = text;
    $('confirm-ok').textContent = okLabel;
    return new Promise((resolve) => {
      d.addEventListener('close', () => resolve(d.returnValue === 'ok'), { once: true });
      d.returnValue = '';
      d.showModal();
      $('confirm-cancel').focus(); // the safe choice has the focus
    });
  }

  async function triggerKillSwitch(ev) {
    ev.preventDefault();
    const level = $('ks-trigger-level').value;
    const reason = $('ks-trigger-reason').value.trim();
    const phrase = $('ks-trigger-codephrase').value;
    if (!await confirmDialog('Trigger ' + level + '? Every agent action will be denied until someone resets it.',
      'Trigger ' + level)) return;
    const body = { level, reason };
    if (phrase) body.confirm = 'CONFIRM:' + phrase;
    try {
      const r = await api('POST', '/killswitch/trigger', body);
      $('ks-trigger-codephrase').value = '';
      $('ks-message').textContent = r.changed ? 'Kill switch raised to ' + r.level + '.' : 'Unchanged: ' + (r.why || '');
      renderKillSwitch(await api('GET', '/killswitch/status'));
    } catch (e) {
      $('ks-message').textContent = e.message;
    }
  }

  async function resetKillSwitch(ev) {
    ev.preventDefault();
    const phrase = $('ks-reset-codephrase').value;
    try {
      const r = await api('POST', '/killswitch/reset', { confirm: 'CONFIRM:' + phrase });
      $('ks-message').textContent = r.changed ? 'Kill switch reset.' : 'Unchanged: ' + (r.why || '');
      renderKillSwitch(await api('GET', '/killswitch/status'));
    } catch (e) {
      $('ks-message').textContent = e.message;
    } finally {
      $('ks-reset-codephrase').value = '';
    }
  }

  // Integrity
  async function loadIntegrity() {
    const s = await api('GET', '/integrity/status');
    fields($('int-fields'), [
      ['Watchdog', s.watchdog_running ? 'running' : 'stopped'], ['Last check', s.last_check],
      ['Files checked', s.files_checked], ['State', s.last_check ? (s.violated ? 'VIOLATED' : 'ok') : 'not checked yet'],
    ]);
    const ul = $('int-changes');
    ul.replaceChildren();
    for (const c of s.changes || []) ul.appendChild(el('li', c.kind + ': ' + c.file));
    for (const p of s.problems || []) ul.appendChild(el('li', p));
    if (!ul.children.length) ul.appendChild(el('li', 'none'));
  }

  async function rebaseline() {
    if (!await confirmDialog('Accept the current files as the new integrity baseline?', 'Re-baseline')) return;
    try {
      const r = await api('POST', '/integrity/baseline');
      $('int-message').textContent = 'Baseline renewed (' + r.baselined_files + ' files).';
      await loadIntegrity();
    } catch (e) {
      $('int-message').textContent = e.message;
    }
  }

  // API keys
  async function loadKeys() {
    const { keys } = await api('GET', '/admin/apikeys');
    const rows = $('key-rows');
    rows.replaceChildren();
    for (const k of keys) {
      const b = el('button', 'Revoke', 'danger small');
      b.type = 'button';
      b.setAttribute('aria-label', 'Revoke key ' + k.name);
      b.addEventListener('click', () => revokeKey(k.name));
      rows.appendChild(row([k.name, k.created, b]));
    }
  }

  async function createKey(ev) {
    ev.preventDefault();
    try {
      const r = await api('POST', '/admin/apikeys', { name: $('key-name').value.trim() });
      $('key-new-name').textContent = r.name;
      $('key-new-value').textContent = r.key;
      $('key-new').hidden = false;
      $('key-name').value = '';
      $('key-message').textContent = '';
      await loadKeys();
      $('key-new-done').focus();
    } catch (e) {
      $('key-message').textContent = e.message;
    }
  }

  async function revokeKey(name) {
    if (!await confirmDialog('Revoke the key "' + name + '"? Agents using it are refused at once.', 'Revoke')) return;
    try {
      await api('DELETE', '/admin/apikeys/' + encodeURIComponent(name));
      $('key-message').textContent = 'Key ' + name + ' revoked.';
      await loadKeys();
    } catch (e) {
      $('key-message').textContent = e.message;
    }
  }

  // Registered secrets: names only ever come back; a value goes one way.
  async function loadSecrets() {
    const { names } = await api('GET', '/secrets');
    const rows = $('secret-rows');
    rows.replaceChildren();
    for (const name of [...names].sort()) {
      const b = el('button', 'Delete', 'danger small');
      b.type = 'button';
      b.setAttribute('aria-label', 'Delete secret ' + name);
      b.addEventListener('click', () => deleteSecret(name));
      rows.appendChild(row([el('span', name, 'mono'), b]));
    }
    $('secret-empty').hidden = names.length > 0;
  }

  async function addSecret(ev) {
    ev.preventDefault();
    const name = $('secret-name').value.trim();
    const value = $('secret-value').value;
    $('secret-value').value = ''; // out of the page before the request goes, whatever its answer
    $('secret-add-submit').disabled = true;
    try {
      await api('POST', '/secrets', { name, value });
      $('secret-name').value = '';
      say('secret-message', 'Secret ' + name + ' registered. Output that carries its value is now blocked.');
      await loadSecrets();
    } catch (e) {
      say('secret-message', 'Not registered: ' + e.message, true);
    } finally {
      $('secret-add-submit').disabled = false;
    }
  }

  async function deleteSecret(name) {
    if (!await confirmDialog('Delete the registered secret "' + name + '"? Output that carries its value is no longer '
      + 'blocked for that reason.', 'Delete')) return;
    try {
      await api('DELETE', '/secrets/' + encodeURIComponent(name));
      say('secret-message', 'Secret ' + name + ' deleted.');
      await loadSecrets();
      $('secret-name').focus(); // its button is gone; keep the keyboard in this view
    } catch (e) {
      say('secret-message', 'Not deleted: ' + e.message, true);
    }
  }

  // Configuration reload
  async function reloadConfig() {
    const button = $('config-reload');
    button.disabled = true;
    $('config-details').hidden = true;
    try {
      const r = await api('POST', '/config/reload');
      say('config-message', r.message.charAt(0).toUpperCase() + r.message.slice(1) + '.');
      fields($('config-details'), [['Mode', r.mode], ['Files', Object.keys(r.files || {}).length],
        ['Baselined files', r.baselined_files]]);
      $('config-details').hidden = false;
    } catch (e) {
      say('config-message', e.message, true); // a 422 names the file, the key and the value
    } finally {
      button.disabled = false;
    }
  }

  // Audit export: the token is not a cookie, so a plain link cannot fetch it; a Blob link can.
  async function exportAudit() {
    const button = $('audit-export');
    button.disabled = true;
    try {
      const r = await authFetch('GET', '/killswitch/audit');
      if (!r.ok) {
        const data = await r.json().catch(() => ({}));
        throw new Error(data.error || ('HTTP ' + r.status));
      }
      const blob = await r.blob();
      const name = (/filename="([^"]+)"/.exec(r.headers.get('Content-Disposition') || '') || [])[1] || 'moltr-audit.jsonl';
      const sum = r.headers.get('X-Checksum-SHA256') || '';
      let checked = '';
      if (sum && window.crypto && crypto.subtle) { // only in a secure context (HTTPS or localhost)
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
        const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
        checked = hex === sum ? ' Checksum verified.' : ' CHECKSUM MISMATCH: do not trust this copy.';
      }
      if (auditUrl) URL.revokeObjectURL(auditUrl);
      auditUrl = URL.createObjectURL(blob);
      const link = $('audit-download');
      link.href = auditUrl;
      link.download = name;
      link.textContent = 'Save ' + name + ' (' + blob.size + ' bytes)';
      link.hidden = false;
      say('audit-message', 'Export ready: ' + name + ', SHA-256 ' + (sum || 'not given') + '.' + checked,
        checked.includes('MISMATCH'));
      link.click();
      link.focus();
    } catch (e) {
      say('audit-message', 'Export failed: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // Fleet (cluster mode)
  async function loadFleet() {
    const o = await api('GET', '/admin/overview');
    applyStatus(o);
    const c = o.cluster || {};
    if (!c.enabled) {
      fields($('fleet-fields'), [['Cluster mode', 'off (MOLTR_REDIS_URL is not set)']]);
      $('fleet-shared').replaceChildren();
      $('fleet-rows').replaceChildren();
      $('fleet-empty').hidden = false;
      return;
    }
    fields($('fleet-fields'), [
      ['Node', c.node], ['Redis', c.redis], ['Key prefix', c.prefix],
      ['Redis state', c.state === 'connected' ? 'connected' : 'degraded' + (c.reason ? ': ' + c.reason : '')],
      ['Degraded since', c.degraded_since ? ago(c.degraded_since) : null],
    ]);
    const stats = [['Kill switch known', c.killswitch_known ? 'yes' : 'no'], ['Kill switch synced', c.killswitch_synced ? ago(c.killswitch_synced) : null]];
    for (const [group, m] of [['Incidents', c.incidents], ['Secrets', c.secrets]]) {
      for (const [k, v] of Object.entries(m || {})) stats.push([group + ' ' + k.replace(/_/g, ' '), v]);
    }
    fields($('fleet-shared'), stats);
    const rows = $('fleet-rows');
    rows.replaceChildren();
    for (const n of c.nodes || []) {
      const level = n.killswitch_level && n.killswitch_level !== 'NONE' ? n.killswitch_level : 'off';
      const tr = row([n.node === c.node ? n.node + ' (this node)' : n.node, n.version,
        el('span', level, level === 'off' ? 'good' : 'bad'),
        el('span', n.integrity, n.integrity === 'ok' ? 'good' : n.integrity === 'violated' ? 'bad' : ''),
        n.watchdog_running ? 'running' : 'stopped', ago(n.seen)]);
      rows.appendChild(tr);
    }
    $('fleet-empty').hidden = (c.nodes || []).length > 0;
  }

  // ---- wiring ------------------------------------------------------------------------------
  function started() {
    $('nav').hidden = false;
    $('logout').hidden = false;
    $('login-error').textContent = '';
    connectEvents();
    route();
    // The fleet link and the degraded banner, whichever view the session starts on.
    if (current() !== 'overview' && current() !== 'fleet') api('GET', '/admin/overview').then(applyStatus).catch(() => {});
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('login-form').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      $('login-submit').disabled = true;
      try {
        await login($('login-user').value, $('login-password').value);
        $('login-password').value = '';
        if (!location.hash || location.hash === '#login') location.hash = '#overview';
        started();
        $('main').focus();
      } catch (e) {
        $('login-error').textContent = e.message;
      } finally {
        $('login-submit').disabled = false;
      }
    });
    $('logout').addEventListener('click', async () => {
      await fetch('/auth/logout', { method: 'POST', headers: { Authorization: 'Bearer ' + token }, credentials: 'same-origin' });
      loggedOut('Logged out.');
    });
    $('incident-filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadIncidents().catch((e) => toast(e.message)); });
    $('detail-close').addEventListener('click', () => { $('incident-detail').hidden = true; });
    $('ks-trigger').addEventListener('submit', triggerKillSwitch);
    $('ks-reset').addEventListener('submit', resetKillSwitch);
    $('int-rebaseline').addEventListener('click', rebaseline);
    $('key-create').addEventListener('submit', createKey);
    $('secret-add').addEventListener('submit', addSecret);
    $('config-reload').addEventListener('click', reloadConfig);
    $('audit-export').addEventListener('click', exportAudit);
    $('key-new-done').addEventListener('click', () => {
      $('key-new-value').textContent = ''; // gone for good: the server kept only its hash
      $('key-new').hidden = true;
    });
    window.addEventListener('hashchange', route);
    // A still-valid refresh cookie (e.g. after a reload) brings the session back without a login.
    if (await refresh().catch(() => false)) started(); else show('login');
  });
})();
