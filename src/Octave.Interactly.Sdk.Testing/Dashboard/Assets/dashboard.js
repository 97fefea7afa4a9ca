// The emulator dashboard. Polls the control routes (/_emulator/state, /faults, /catalog) and renders
// with textContent only: request bodies and headers are not ours, so nothing from them is ever parsed as HTML.
(() => {
  'use strict';

  const params = new URLSearchParams(location.search);
  const pollMilliseconds = Math.max(100, Number(params.get('poll')) || 1000);
  const route = name => location.pathname.replace(/\/?$/, '/') + name;
  const secretHeaders = new Set(['api_key', 'authorization', 'x-api-key', 'proxy-authorization', 'cookie']);
  const opened = new Set();            // keys of <details> the user opened, kept across re-renders
  const rendered = {};                 // last JSON rendered per section, to skip identical re-renders
  let journalNext = 0;                 // position of the next journal entry to read (positions never restart)
  let catalogAge = Infinity;

  // ---- DOM helpers --------------------------------------------------------------------------------------------

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** A <details> whose body is built on first open and whose open state survives re-renders. */
  function expandable(key, summary, build, attributes) {
    const details = el('details', Object.assign({ 'data-key': key }, attributes), el('summary', null, summary));
    let built = false;
    const fill = () => { if (!built) { built = true; details.append(...[build()].flat()); } };
    details.addEventListener('toggle', () => {
      if (details.open) { opened.add(key); fill(); } else { opened.delete(key); }
    });
    if (opened.has(key)) { details.open = true; fill(); }
    return details;
  }

  const json = value => el('pre', null, JSON.stringify(value, maskCallbackUrls, 2));

  /**
   * A callback URL ends in its receiver's secret token ({base}/{token}), which stands in for a signature: the page
   * shows where callbacks go but not the token, so a screenshot of it can be shared.
   */
  function maskUrl(url) {
    const match = /^([a-z]+:\/\/[^/?#]+)((?:\/[^/?#]*)*?)(\/[^/?#]*)?([?#].*)?$/i.exec(url || '');
    if (!match) return url;
    const [, origin, path, last, rest] = match;
    return origin + path + (last && last.length > 1 ? '/…' : last || '') + (rest ? '?…' : '');
  }

  function maskCallbackUrls(key, value) {
    return typeof value === 'string' && /callback_?url/i.test(key) ? maskUrl(value) : value;
  }
  const time = iso => (iso ? iso.slice(11, 23) : '—');
  const badge = (text, kind) => el('span', { class: 'badge ' + (kind || text) }, text);

  function replaceIfChanged(section, data, target, render) {
    const text = JSON.stringify(data);
    if (rendered[section] === text) return;
    rendered[section] = text;
    target.replaceChildren(...render(data));
  }

  async function getJson(name) {
    const response = await fetch(route(name), { cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(name + ' answered ' + response.status);
    return response.json();
  }

  // ---- Octave runs --------------------------------------------------------------------------------------------

  function renderRun(run) {
    const counters = run.counters
      ? el('dl', { class: 'counters' },
          ['total', 'processed', 'succeeded', 'failed'].map(name => [el('dt', null, name), el('dd', { 'data-counter': name }, run.counters[name])]))
      : null;
    return el('article', { class: 'card run', 'data-run-id': run.id, 'data-state': run.state },
      el('header', null, badge(run.state), el('strong', null, run.target), el('code', null, run.id)),
      el('div', { class: 'meta' }, run.kind + ' · created ' + time(run.createdAt)
        + (run.startedAt ? ' · started ' + time(run.startedAt) : '')
        + (run.completedAt ? ' · done ' + time(run.completedAt) : '')),
      counters,
      expandable('inputs:' + run.id, 'Inputs', () => json(run.inputs)),
      run.output !== null && run.output !== undefined ? expandable('output:' + run.id, 'Output', () => json(run.output)) : null,
      run.error ? el('p', { class: 'error' }, run.error) : null,
      renderCallback(run.callback));
  }

  function renderCallback(callback) {
    if (!callback) return el('p', { class: 'meta' }, 'No callback URL: completion is seen by polling only.');
    const rows = callback.attempts.map(a => el('tr', { class: 'attempt', 'data-attempt': a.attempt, 'data-status': a.statusCode ?? 'none' },
      el('td', null, a.attempt),
      el('td', null, a.statusCode === null ? badge('no answer', 's0') : badge(a.statusCode, 's' + String(a.statusCode)[0])),
      el('td', { 'data-latency': a.latencyMilliseconds }, a.latencyMilliseconds + ' ms'),
      el('td', null, time(a.timestamp)),
      el('td', null, a.error || '')));
    return el('div', { class: 'callback', 'data-delivery': callback.delivery },
      el('div', { class: 'meta' }, 'Callback ', badge(callback.delivery), ' ', el('code', null, maskUrl(callback.url))),
      rows.length === 0 ? null : el('table', { class: 'grid' },
        el('thead', null, el('tr', null, ['#', 'Receiver answered', 'Latency', 'At', 'Error'].map(h => el('th', null, h)))),
        el('tbody', null, rows)));
  }

  // ---- Interactly sessions ------------------------------------------------------------------------------------

  function renderSession(session) {
    return el('article', { class: 'card session', 'data-session-id': session.runId, 'data-status': session.status },
      el('header', null, badge(session.status), el('strong', null, session.workflowName), el('code', null, session.runId)),
      el('div', { class: 'meta' }, 'workflow ' + session.workflowId + ' v' + session.version + ' · turn ' + session.turnNumber
        + ' · updated ' + time(session.updatedAt)),
      session.error ? el('p', { class: 'error' }, session.error) : null,
      el('ol', { class: 'transcript' }, session.turns.map(turn => el('li', { class: 'turn', 'data-turn': turn.number },
        el('div', { class: 'n' }, 'Turn ' + turn.number),
        turn.user ? el('div', { class: 'msg user' }, turn.user) : null,
        turn.assistant.map(text => el('div', { class: 'msg assistant' }, text)),
        expandable('events:' + session.runId + ':' + turn.number, turn.events.length + ' events',
          () => turn.events.map((e, i) => expandable('event:' + session.runId + ':' + turn.number + ':' + i, e.type, () => json(e))),
          { class: 'events' })))));
  }

  // ---- Request journal ----------------------------------------------------------------------------------------

  const journalList = () => document.getElementById('journal-list');
  const apiOf = path => (path.startsWith('/workflows') ? 'interactly' : path.startsWith('/api/') ? 'octave' : 'other');

  function renderEntry(entry) {
    const status = entry.statusCode === 0 ? 'dropped' : entry.statusCode;
    const row = expandable('entry:' + entry.sequence,
      [el('span', null, '#' + entry.sequence), el('span', null, time(entry.timestamp)), el('strong', null, entry.method),
        el('code', null, entry.path + entry.queryString), badge(status, 's' + String(entry.statusCode)[0]),
        entry.fault ? el('span', { class: 'fault' }, 'fault: ' + entry.fault) : null],
      () => [
        el('div', { class: 'meta' }, 'request id ' + entry.requestId + (entry.externalRequestId ? ' · external ' + entry.externalRequestId : '')),
        json(redactHeaders(entry.headers)),
        entry.body === null || entry.body === undefined ? el('p', { class: 'meta' }, 'No body.') : el('pre', null, pretty(entry.body)),
      ],
      { class: 'entry', 'data-position': entry.position, 'data-sequence': entry.sequence, 'data-api': apiOf(entry.path), 'data-method': entry.method,
        'data-path': entry.path, 'data-status': entry.statusCode, 'data-fault': entry.fault || null });
    row.hidden = !matchesFilter(row);
    return row;
  }

  /** The server already replaces secret header values; this is a second line of defence for the page. */
  function redactHeaders(headers) {
    const copy = {};
    for (const [name, value] of Object.entries(headers || {})) copy[name] = secretHeaders.has(name.toLowerCase()) ? '***' : value;
    return copy;
  }

  function pretty(body) {
    try { return JSON.stringify(JSON.parse(body), maskCallbackUrls, 2); } catch { return body; }
  }

  function updateJournal(journal) {
    // Entries the emulator dropped (capacity, reset) leave the page too; the oldest rows are at the bottom.
    const list = journalList();
    let removed = false;
    if (journal.next < journalNext) {
      // Positions never go back within one emulator: this is a new one on the same address (a restarted tool).
      list.replaceChildren();
      journalNext = 0;
      removed = true;
    }
    while (list.lastElementChild && Number(list.lastElementChild.dataset.position) < journal.first) {
      list.lastElementChild.remove();
      removed = true;
    }
    // A fault added from the page refreshes at once, so two reads can overlap: keep each entry once.
    const entries = journal.entries.filter(e => e.position >= journalNext);
    journalNext = Math.max(journalNext, journal.next);
    if (entries.length === 0) {
      if (removed) { updateJournalCount(); renderFirings(); }
      return;
    }
    // Only the latest render's timings are kept, so a page open for hours does not pile them up.
    performance.clearMarks('journal-render-start');
    performance.clearMeasures('journal-render');
    performance.clearMeasures('journal-render-painted');
    performance.mark('journal-render-start');
    const fragment = document.createDocumentFragment();
    for (let i = entries.length - 1; i >= 0; i--) fragment.append(renderEntry(entries[i]));   // newest first
    list.prepend(fragment);
    performance.measure('journal-render', 'journal-render-start');
    // Timings for anyone profiling the page: script time above, and up to the first frame drawn with the new rows here.
    requestAnimationFrame(() => setTimeout(() => performance.measure('journal-render-painted', 'journal-render-start')));
    updateJournalCount();
    renderFirings();
  }

  function filterValues() {
    const form = document.getElementById('journal-filter');
    return {
      api: form.api.value, method: form.method.value,
      path: form.path.value.trim().toLowerCase(), status: form.status.value.trim().toLowerCase(),
    };
  }

  let currentFilter = null;
  function matchesFilter(row) {
    const f = currentFilter || (currentFilter = filterValues());
    const d = row.dataset;
    if (f.api && d.api !== f.api) return false;
    if (f.method && d.method !== f.method) return false;
    if (f.path && !d.path.toLowerCase().includes(f.path)) return false;
    if (f.status && !d.status.startsWith(f.status.replace(/x+$/, ''))) return false;   // "503", "5xx", "5"
    return true;
  }

  function applyFilter() {
    currentFilter = filterValues();
    for (const row of journalList().children) row.hidden = !matchesFilter(row);
    updateJournalCount();
  }

  function updateJournalCount() {
    const rows = journalList().children;
    let shown = 0;
    for (const row of rows) if (!row.hidden) shown++;
    document.getElementById('journal-count').textContent = shown === rows.length ? '(' + rows.length + ')' : '(' + shown + ' of ' + rows.length + ')';
  }

  function renderFirings() {
    const fired = [...journalList().querySelectorAll('.entry[data-fault]')].slice(0, 10);
    const list = document.getElementById('firings');
    list.replaceChildren(...(fired.length === 0 ? [el('li', { class: 'empty' }, 'None yet.')]
      : fired.map(row => el('li', { 'data-sequence': row.dataset.sequence },
          '#' + row.dataset.sequence + ' ' + row.dataset.method + ' ' + row.dataset.path + ' → ' + (row.dataset.status === '0' ? 'dropped' : row.dataset.status)
          + ' (' + row.dataset.fault + ')'))));
  }

  // ---- Fault rules --------------------------------------------------------------------------------------------

  function effectOf(rule) {
    const parts = [];
    if (rule.dropConnection) parts.push('drop connection');
    else if (rule.malformedBody) parts.push('malformed body');
    else if (rule.statusCode) parts.push('answer ' + rule.statusCode + (rule.retryAfterSeconds ? ' (Retry-After ' + rule.retryAfterSeconds + ' s)' : ''));
    if (rule.latencyMilliseconds) parts.push('+' + rule.latencyMilliseconds + ' ms');
    if (rule.probability !== undefined && rule.probability !== null) parts.push('p=' + rule.probability);
    return parts.join(', ') || 'no effect';
  }

  function renderFault(rule) {
    return el('tr', { class: 'fault-rule', 'data-fault-id': rule.id },
      el('td', null, rule.id), el('td', null, rule.method || 'any'), el('td', null, el('code', null, rule.path)),
      el('td', null, effectOf(rule)), el('td', null, rule.times ?? '∞'), el('td', { 'data-fired': rule.fired }, rule.fired),
      el('td', null, el('button', { class: 'secondary remove', type: 'button', onclick: () => removeFault(rule.id) }, 'Remove')));
  }

  async function addFault(event) {
    event.preventDefault();
    const form = event.target;
    const number = name => (form[name].value === '' ? undefined : Number(form[name].value));
    const rule = {
      method: form.method.value || undefined, path: form.path.value.trim(), statusCode: number('statusCode'),
      latencyMilliseconds: number('latencyMilliseconds'), times: number('times'), dropConnection: form.dropConnection.checked,
    };
    const error = document.getElementById('fault-error');
    const response = await fetch(route('faults'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
    if (!response.ok) {
      error.textContent = (await response.json().catch(() => ({}))).message || 'The emulator refused the rule (' + response.status + ').';
      return;
    }
    error.textContent = '';
    form.reset();
    await refresh();
  }

  async function removeFault(id) {
    await fetch(route('faults/' + id), { method: 'DELETE' });
    await refresh();
  }

  // ---- Catalogue ----------------------------------------------------------------------------------------------

  const agentRequestTypes = {
    EnrichCompany: 'EnrichCompanyRequest', EnrichPerson: 'EnrichPersonRequest', QualifyPerson: 'QualifyPersonRequest',
    QualifyCompany: 'QualifyCompanyRequest', Content: 'GenerateContentRequest', Sequence: 'SequenceAgentRequest',
    Prospector: 'ProspectorRequest', Context: 'ContextAgentRequest',
  };

  function catalogItems(catalog) {
    const octave = catalog.octave || {};
    return [
      ...(octave.workflows || []).map(w => ({
        kind: 'Octave workflow', id: w.workflowOId, description: w.description,
        snippet: 'WorkflowRunResult result = await octave.RunWorkflowAsync("' + w.workflowOId + '", cancellationToken: cancellationToken);\n'
          + 'Console.WriteLine(result.Succeeded ? result.Output : result.Error);',
      })),
      ...(octave.agents || []).map(a => ({
        kind: 'Octave agent (' + a.agentType + ')', id: a.agentOId, description: a.description,
        snippet: 'AgentRunResult result = await octave.RunAgentAsync(\n    new ' + (agentRequestTypes[a.agentType] || 'EnrichCompanyRequest')
          + ' { AgentOId = "' + a.agentOId + '" /* and the agent\'s inputs */ },\n    cancellationToken: cancellationToken);',
      })),
      ...(((catalog.interactly || {}).workflows) || []).map(w => ({
        kind: 'Interactly script', id: w.id, description: (w.name ? w.name + ': ' : '') + (w.description || ''),
        snippet: 'await using InteractlySession session = await interactly.StartSessionAsync("' + w.id + '", cancellationToken: cancellationToken);\n'
          + 'InteractlyTurn turn = await session.SendAsync("Hello", cancellationToken);\n'
          + 'Console.WriteLine(string.Join(Environment.NewLine, turn.AssistantMessages));',
      })),
    ];
  }

  function renderCatalogItem(item) {
    const code = el('pre', null, item.snippet);
    const copy = el('button', { class: 'secondary', type: 'button' }, 'Copy C#');
    copy.addEventListener('click', async () => {
      try { await navigator.clipboard.writeText(item.snippet); copy.textContent = 'Copied'; } catch {
        code.parentElement.open = true; getSelection().selectAllChildren(code); copy.textContent = 'Selected: press Ctrl+C';
      }
    });
    return el('article', { class: 'card', 'data-catalog-id': item.id },
      el('header', null, el('strong', null, item.id), el('span', { class: 'meta' }, item.kind)),
      el('p', { class: 'meta' }, item.description || ''),
      el('div', { class: 'snippet' }, copy, el('details', null, el('summary', null, 'C# snippet'), code)));
  }

  // ---- Polling ------------------------------------------------------------------------------------------------

  async function refresh() {
    const [state, faults] = await Promise.all([getJson('state?journalFrom=' + journalNext), getJson('faults')]);

    replaceIfChanged('runs', state.octaveRuns, document.getElementById('runs-list'),
      runs => (runs.length === 0 ? [el('p', { class: 'empty' }, 'No runs yet. Start a workflow or an agent and it appears here.')] : runs.map(renderRun)));
    document.getElementById('runs-count').textContent = countText(state.octaveRuns.length, state.octaveRunCount);
    replaceIfChanged('sessions', state.interactlySessions, document.getElementById('sessions-list'),
      sessions => (sessions.length === 0 ? [el('p', { class: 'empty' }, 'No sessions yet.')] : sessions.map(renderSession)));
    document.getElementById('sessions-count').textContent = countText(state.interactlySessions.length, state.interactlySessionCount);
    replaceIfChanged('faults', faults, document.getElementById('faults-list'),
      rules => (rules.length === 0 ? [el('tr', null, el('td', { colspan: 7, class: 'empty' }, 'No fault rules: every request is handled normally.'))] : rules.map(renderFault)));
    document.getElementById('faults-count').textContent = '(' + faults.length + ')';
    updateJournal(state.journal);

    if (catalogAge++ >= 10) {
      catalogAge = 0;
      const catalog = await getJson('catalog');
      replaceIfChanged('catalog', catalog, document.getElementById('catalog-list'), c => catalogItems(c).map(renderCatalogItem));
    }

    const live = document.getElementById('live');
    live.dataset.state = 'live';
    live.dataset.now = state.now;
    live.textContent = 'Live · emulator clock ' + time(state.now);
  }

  const countText = (shown, total) => (shown === total ? '(' + total + ')' : '(newest ' + shown + ' of ' + total + ')');

  async function poll() {
    try {
      await refresh();
    } catch (error) {
      const live = document.getElementById('live');
      live.dataset.state = 'disconnected';
      live.textContent = 'Disconnected (' + error.message + '), retrying…';
    } finally {
      setTimeout(poll, pollMilliseconds);
    }
  }

  document.getElementById('journal-filter').addEventListener('input', applyFilter);
  document.getElementById('journal-filter').addEventListener('submit', e => e.preventDefault());
  document.getElementById('fault-form').addEventListener('submit', addFault);
  poll();
})();
