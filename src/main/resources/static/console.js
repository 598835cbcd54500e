// The console: a small page over the gateway's API. Every view reads the API with the credential
// kept in this tab (the reports page shares it), and shows what the gateway answers; what a role
// may not see comes back 403 and is said so.
const api = '/api/v1';
const $ = id => document.getElementById(id);
let lang = localStorage.getItem('a6-language') || ((navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en');
let session = null;

function t(key, ...args) {
  const text = (MESSAGES[lang] && MESSAGES[lang][key]) || MESSAGES.en[key] || key;
  return args.reduce((s, arg, i) => s.replace('{' + i + '}', arg), text);
}

function translatePage() {
  document.documentElement.lang = lang;
  document.querySelectorAll('[data-i18n]').forEach(node => { node.textContent = t(node.dataset.i18n); });
  $('language').value = lang;
}

// An API key goes in X-API-Key; anything shaped like a JWT (three dot-separated parts) is an
// OAuth2 access token and goes as a bearer token.
function credentials() {
  const secret = sessionStorage.getItem('a6-credential') || '';
  return secret.split('.').length === 3 ? { 'Authorization': 'Bearer ' + secret } : { 'X-API-Key': secret };
}

class Refused extends Error {}

async function call(path, options) {
  const request = Object.assign({}, options || {});
  request.headers = Object.assign({ 'Accept': 'application/json' }, request.headers || {}, credentials());
  let response;
  try {
    response = await fetch(api + path, request);
  } catch (e) {
    throw new Refused(t('lostContact'));
  }
  if (response.ok) return response.status === 204 ? null : response.json();
  let detail = '';
  try { detail = (await response.json()).detail || ''; } catch (e) { /* not a problem document */ }
  if (response.status === 401) throw new Refused(t('badCredentials') + ' ' + detail);
  if (response.status === 403) throw new Refused(t('noRole') + ' ' + detail);
  throw new Refused(t('answered', response.status) + ' ' + detail);
}

function send(path, method, body) {
  return call(path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
}

// DOM built from text only: nothing the gateway returns is ever read as HTML.
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name.startsWith('on')) node.addEventListener(name.substring(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  });
  children.flat(Infinity).forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function table(id, headers, rows) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

function when(instant) {
  return instant ? instant.replace('T', ' ').substring(0, 16) + ' UTC' : '';
}

function say(text, failed) {
  $('status').textContent = text;
  $('status').className = failed ? 'failed' : '';
}

function show(...nodes) {
  $('view').replaceChildren(...nodes);
}

// ---- signing in ----

async function signIn() {
  try {
    session = await call('/session');
  } catch (e) {
    say(e.message, true);
    return;
  }
  $('whoName').textContent = session.name + ' (' + session.roles.join(', ')
      + (session.parties.length ? '; ' + session.parties.join(', ') : '') + ')';
  $('signin').classList.add('hidden');
  ['who', 'nav'].forEach(id => $(id).classList.remove('hidden'));
  say('');
  route();
}

function signOut() {
  sessionStorage.removeItem('a6-credential');
  session = null;
  ['who', 'nav'].forEach(id => $(id).classList.add('hidden'));
  $('signin').classList.remove('hidden');
  show();
  say(t('signedOut'));
}

// ---- views, one per part of the hash: #discrepancy/KEY opens one discrepancy ----

const VIEWS = {
  overview: overview,
  discrepancies: discrepancies,
  discrepancy: discrepancy,
  approvals: approvals,
  'held-back': heldBack,
  requests: requests,
  reports: reports,
  ledger: ledger,
  notifications: notifications
};

async function route() {
  if (!session) return;
  const [name, argument] = (location.hash.substring(1) || 'overview').split('/');
  const view = VIEWS[name] || overview;
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('current', a.getAttribute('href') === '#' + name));
  show(el('p', {}, t('loading')));
  try {
    say('');
    await view(argument === undefined ? undefined : decodeURIComponent(argument));
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    show();
    say(e.message, true);
  }
}

async function overview() {
  const [health, runs] = await Promise.all([call('/health'), call('/sync-runs?limit=10')]);
  const registries = Object.entries(health.registries || {}).map(([name, state]) => [name, state]);
  show(el('h2', {}, t('overview')),
    el('h3', {}, t('registries')), table('registries', [t('registry'), t('status')], registries),
    el('h3', {}, t('lastRuns')),
    runs.length === 0 ? el('p', {}, t('noRuns')) : table('runs',
      [t('run'), t('status'), t('started'), t('ended'), t('changed'), t('setAside')],
      runs.map(run => [String(run.runId), run.status.toLowerCase(), when(run.startedAt), when(run.endedAt),
        changes(run.summary), setAside(run.summary)])));
}

function changes(summary) {
  if (!summary) return '';
  return [t('blocksNew', summary.blocks ?? 0), t('labelsApplied', summary.labelsApplied ?? 0),
    t('itmoIds', summary.itmoIdsMinted ?? 0), t('caFlags', summary.caFlagsApplied ?? 0),
    t('proposed', summary.awaitingApproval ?? 0)].join(' · ');
}

function setAside(summary) {
  const aside = summary && summary.unavailable ? Object.entries(summary.unavailable) : [];
  return aside.length === 0 ? t('none') : aside.map(([registry, why]) => registry + ': ' + why).join('; ');
}

const TYPES = ['MISSING_ON_PRIVATE', 'MISSING_ON_NATIONAL', 'QUANTITY_DRIFT', 'VINTAGE_DRIFT', 'STATUS_DRIFT', 'HOLDER_DRIFT',
  'OVERLAPPING_SERIALS', 'SERIAL_UNDER_TWO_ITMO_IDS', 'DOUBLE_CLAIM', 'LABEL_WITHOUT_AUTHORIZATION', 'LABEL_OUTSIDE_PURPOSES',
  'LABEL_OUTSIDE_TIMEFRAME', 'LABEL_OVER_CAP', 'CA_OUT_OF_ORDER', 'REVOKED_STILL_LABELLED', 'REVOKED_STILL_PAIRED', 'UNIT_MISMATCH',
  'EXPORT_LABEL_WITHOUT_AUTHORIZATION', 'EXPORT_LABEL_OUTSIDE_PURPOSES', 'EXPORT_LABEL_OUTSIDE_TIMEFRAME', 'EXPORT_LABEL_REVOKED',
  'EXPORT_LABEL_NOT_IN_TABLE', 'PUBLICATION_MISSING', 'PUBLICATION_DRIFT', 'PUBLICATION_ORPHAN'];

function choice(id, values, selected, label) {
  return el('select', { id, 'aria-label': label },
    el('option', { value: '' }, t('any')),
    values.map(v => el('option', { value: v, selected: v === selected }, t(v) === v ? v : t(v))));
}

async function discrepancies() {
  const filter = new URLSearchParams(sessionStorage.getItem('a6-discrepancy-filter') || '');
  const query = new URLSearchParams({ size: '1000' });
  filter.forEach((value, name) => { if (value) query.set(name, value); });
  const page = await call('/discrepancies?' + query);
  const form = el('form', { id: 'discrepancyFilter', onsubmit: event => {
    event.preventDefault();
    const chosen = new URLSearchParams();
    ['type', 'severity', 'registry'].forEach(name => chosen.set(name, $('filter-' + name).value));
    sessionStorage.setItem('a6-discrepancy-filter', chosen.toString());
    route();
  } },
    el('label', {}, t('type') + ' ', choice('filter-type', TYPES, filter.get('type'), t('type'))),
    el('label', {}, t('severity') + ' ', choice('filter-severity', ['CRITICAL', 'HIGH', 'MEDIUM'], filter.get('severity'), t('severity'))),
    el('label', {}, t('registry') + ' ', el('input', { id: 'filter-registry', size: 6, value: filter.get('registry') || '' })),
    el('button', { type: 'submit' }, t('filter')));
  show(el('h2', {}, t('discrepancies')), form,
    el('p', { id: 'discrepancyCount' }, t('discrepanciesFound', page.total)),
    table('discrepancyList', [t('severity'), t('type'), t('registry'), t('units'), t('tonnes'), t('subject'), t('change'), t('review'), ''],
      page.items.map(d => [d.severity, d.type, d.registry, d.firstUnit + '–' + d.lastUnit, d.tonnes, d.subject, d.change,
        d.review ? t(d.review.mark) : '', el('a', { href: '#discrepancy/' + encodeURIComponent(d.key), class: 'open' }, t('open'))])));
}

async function discrepancy(key) {
  const d = await call('/discrepancies/' + encodeURIComponent(key));
  const behind = await evidence(d);
  show(el('p', {}, el('a', { href: '#discrepancies' }, '← ' + t('back'))),
    el('h2', { id: 'discrepancyTitle' }, d.type + ' · ' + d.severity),
    el('dl', {},
      [[t('registry'), d.registry + (d.issuance ? ' ' + d.issuance : '')], [t('units'), d.firstUnit + '–' + d.lastUnit + ' (' + d.quantity + ')'],
       [t('tonnes'), d.tonnes], [t('subject'), d.subject], [t('privateValue'), d.privateValue], [t('nationalValue'), d.nationalValue],
       [t('rule'), d.rule], [t('suggestedAction'), d.suggestedAction], [t('change'), d.change], [t('firstSeenRun'), d.firstSeenRun]]
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([name, value]) => [el('dt', {}, name), el('dd', {}, String(value))])),
    reviewForm(d),
    el('h3', {}, t('evidence')),
    evidenceOf(behind));
}

// What stands behind a discrepancy: the blocks over its units, the ITMO pairs on them, and the
// ledger events of both (a block's events are those of its issuance whose units meet the discrepancy's).
async function evidence(d) {
  const query = new URLSearchParams({ registry: d.registry, firstUnit: d.firstUnit, lastUnit: d.lastUnit, size: '50' });
  let blocks = [];
  if (d.issuance) {
    query.set('issuance', d.issuance);
    blocks = (await call('/blocks?' + query)).items;
    query.delete('issuance');
  }
  // A discrepancy names its issuance as the reconciliation does, which need not be the registry's
  // own issuance id: the units alone then find the blocks, kept when they are of that issuance.
  if (blocks.length === 0) {
    blocks = (await call('/blocks?' + query)).items.filter(b => !d.issuance || b.serial.includes(d.issuance)
      || b.privateRegistry.issuanceId === d.issuance);
  }
  const pairs = [...new Map(blocks.flatMap(b => (b.nationalRegistry && b.nationalRegistry.itmoPairs) || [])
    .map(p => [p.firstItmoId + '..' + p.lastItmoId, p])).values()];
  const subjects = [...new Set(blocks.map(b => b.privateRegistry.program + ' ' + b.privateRegistry.issuanceId + ' ')
    .concat(pairs.map(p => 'ITMO ' + p.firstItmoId)))];
  const pages = await Promise.all(subjects.map(s => call('/ledger/events?limit=1000&subject=' + encodeURIComponent(s))));
  const seen = new Set();
  const all = pages.flatMap(p => p.items).filter(e => !seen.has(e.sequence) && seen.add(e.sequence)).sort((a, b) => a.sequence - b.sequence);
  const onUnits = all.filter(e => meets(e.subject, d));
  return { blocks, pairs, events: onUnits.length ? onUnits : all, ofIssuanceOnly: onUnits.length === 0 && all.length > 0 };
}

function meets(subject, d) {
  const units = /^\S+ \S+ (\d+)-(\d+)\b/.exec(subject);
  return !units || (Number(units[1]) <= d.lastUnit && Number(units[2]) >= d.firstUnit);
}

function reviewForm(d) {
  const review = d.review;
  const state = review ? el('p', { id: 'reviewState' }, t(review.mark) + ' — ' + t('markedBy', review.markedBy, when(review.markedAt))
      + ': “' + review.comment + '”') : '';
  const mark = async decision => {
    const comment = $('reviewComment').value.trim();
    if (decision && !comment) { say(t('commentNeeded'), true); return; }
    try {
      const path = '/discrepancies/' + encodeURIComponent(d.key) + '/review';
      await (decision ? send(path, 'PUT', { mark: decision, comment }) : send(path, 'DELETE'));
      await route();
      say(decision ? t('markSaved') : t('markCleared'));
    } catch (e) {
      say(e.message, true);
    }
  };
  return el('fieldset', { id: 'review' }, el('legend', {}, t('review')), state,
    d.change === 'RESOLVED' && review ? el('p', { id: 'resolvedMark' }, t('resolvedMark', review.resolvedByRun)) : '',
    el('label', {}, t('mark') + ' ', el('select', { id: 'reviewMark' },
      ['UNDER_REVIEW', 'OBJECTION_RAISED'].map(m => el('option', { value: m, selected: review && review.mark === m }, t(m))))),
    el('label', {}, t('comment') + ' ', el('textarea', { id: 'reviewComment', rows: 2, maxlength: 1000 })),
    el('button', { type: 'button', id: 'saveMark', onclick: () => mark($('reviewMark').value) }, t('saveMark')),
    review ? el('button', { type: 'button', id: 'clearMark', onclick: () => mark(null) }, t('clearMark')) : '');
}

function evidenceOf(evidence) {
  const { blocks, pairs, events, ofIssuanceOnly } = evidence;
  return el('div', { id: 'evidence' },
    el('h4', {}, t('blocks')), blocks.length ? el('ul', { id: 'evidenceBlocks' }, blocks.map(b => el('li', {}, b.serial + ' (' + b.privateRegistry.status + ')'))) : el('p', {}, t('noEvidence')),
    el('h4', {}, t('pairs')), pairs.length ? el('ul', { id: 'evidencePairs' }, pairs.map(p => el('li', {},
      (p.firstItmoId || '') + ' … ' + (p.lastItmoId || '') + (p.registration ? ' (' + p.registration + ')' : '')))) : el('p', {}, t('noEvidence')),
    el('h4', {}, t('ledgerEvents')), ofIssuanceOnly ? el('p', { id: 'issuanceOnly' }, t('noEventOnUnits')) : '',
    events.length ? ledgerTable('evidenceEvents', events) : el('p', {}, t('noEvidence')));
}

function ledgerTable(id, events) {
  return table(id, [t('sequence'), t('occurredAt'), t('registry'), t('operation'), t('subject'), t('cause'), t('before'), t('after')],
    events.map(e => [String(e.sequence), when(e.occurredAt), e.registry, e.kind, e.subject, e.cause, e.before || '', e.after || '']));
}

async function approvals() {
  const [proposed, rejected] = await Promise.all([call('/approvals'), call('/outbox/commands?state=REJECTED&size=100')]);
  const decide = async decision => {
    const ids = [...document.querySelectorAll('#proposed input[type=checkbox]:checked')].map(box => Number(box.value));
    const comment = $('decisionComment').value.trim();
    if (ids.length === 0) { say(t('selectSome'), true); return; }
    if (decision === 'REJECT' && !comment) { say(t('rejectNeedsComment'), true); return; }
    try {
      await send('/approvals', 'POST', { commandIds: ids, decision, comment: comment || undefined });
      await route();
      say(t('decided', ids.length, t(decision)));
    } catch (e) {
      say(e.message, true);
    }
  };
  show(el('h2', {}, t('proposedCommands')),
    proposed.items.length === 0 ? el('p', {}, t('noneProposed')) : el('div', {},
      table('proposed', ['', t('kind'), t('registry'), t('operation'), t('subject'), t('cause'), t('createdAt')],
        proposed.items.map(c => [el('input', { type: 'checkbox', value: c.id, 'aria-label': c.subject }), c.kind || '', c.registry,
          c.operation, c.subject, c.cause, when(c.createdAt)])),
      el('label', {}, t('comment') + ' ', el('textarea', { id: 'decisionComment', rows: 2, maxlength: 1000 })),
      el('button', { type: 'button', id: 'approve', onclick: () => decide('APPROVE') }, t('approve')),
      el('button', { type: 'button', id: 'reject', onclick: () => decide('REJECT') }, t('reject'))),
    el('h3', {}, t('rejectedCommands')),
    rejected.items.length === 0 ? el('p', {}, t('noneRejected')) : table('rejected',
      [t('kind'), t('registry'), t('subject'), t('decidedBy'), t('comment')],
      rejected.items.map(c => [c.kind || '', c.registry, c.subject, (c.decidedBy || '') + ' ' + when(c.decidedAt), c.decisionComment || ''])),
    el('h3', {}, t('nextSync')), el('p', {}, t('dryRunExplained')),
    el('button', { type: 'button', id: 'dryRun', onclick: dryRun }, t('dryRunButton')), el('div', { id: 'dryRunResult' }));
}

// A dry run goes in the background on copies: started, then polled until it ends.
async function dryRun() {
  const result = $('dryRunResult');
  $('dryRun').disabled = true;
  try {
    let run = await send('/dry-runs', 'POST');
    result.replaceChildren(el('p', {}, t('dryRunGoing')));
    while (run.status === 'RUNNING') {
      await new Promise(done => setTimeout(done, 2000));
      run = await call('/dry-runs/' + run.dryRunId);
    }
    if (run.status !== 'COMPLETED') {
      result.replaceChildren(el('p', { id: 'dryRunFailed', class: 'failed' }, t('dryRunFailed', run.error || '')));
      return;
    }
    const page = await call('/dry-runs/' + run.dryRunId + '/commands?size=200');
    const counts = Object.entries(run.byRegistry).flatMap(([registry, operations]) =>
      Object.entries(operations).map(([operation, n]) => [registry, operation, String(n)]));
    result.replaceChildren(el('p', { id: 'dryRunDone' }, t('dryRunDone', run.total, when(run.endedAt))),
      table('dryRunCounts', [t('registry'), t('operation'), t('count')], counts),
      table('dryRunCommands', [t('state'), t('kind'), t('registry'), t('operation'), t('subject')],
        page.items.map(c => [t(c.state), c.kind || '', c.registry, c.operation, c.subject])),
      run.total > page.items.length ? el('p', {}, t('dryRunMore', page.items.length, run.total, run.dryRunId)) : '');
  } catch (e) {
    result.replaceChildren(el('p', { class: 'failed' }, e.message));
  } finally {
    $('dryRun').disabled = false;
  }
}

async function heldBack() {
  const page = await call('/held-back?size=1000');
  show(el('h2', {}, t('heldBackUnits')), el('p', {}, t('total', page.total)),
    page.items.length === 0 ? el('p', {}, t('noneHeldBack')) : table('heldBack',
      [t('kind'), t('subject'), t('authorization'), t('reason'), t('since')],
      page.items.map(h => [h.kind, h.subject, h.authorizationId || '', h.reason + ': ' + h.detail, when(h.since)])));
}

async function requests() {
  const open = await call('/requests');
  show(el('h2', {}, t('openRequests')),
    open.length === 0 ? el('p', {}, t('noneOpen')) : table('openRequests',
      [t('registry'), t('action'), t('serial'), t('units'), t('subject'), t('ageDays')],
      open.map(r => [r.registry, r.action + (r.labelText ? ' “' + r.labelText + '”' : ''), r.serial || '', String(r.units),
        r.subject, String(r.ageDays)])));
}

async function reports() {
  const ordered = await call('/reports?limit=50');
  show(el('h2', {}, t('reportsOrdered')), el('p', {}, el('a', { href: 'reports.html', id: 'orderReport' }, t('orderReport'))),
    ordered.length === 0 ? el('p', {}, t('noReports')) : table('reportList', [t('ordered'), t('by'), t('report'), t('status')],
      ordered.map(job => [when(job.orderedAt), job.orderedBy || '', job.fileName || job.kind, job.status.toLowerCase()])));
}

async function ledger(subject) {
  const events = subject ? await call('/ledger/events?limit=1000&subject=' + encodeURIComponent(subject)) : await call('/ledger/events?limit=100');
  const form = el('form', { onsubmit: event => {
    event.preventDefault();
    location.hash = 'ledger/' + encodeURIComponent($('ledgerSubject').value.trim());
  } }, el('label', {}, t('subjectFilter') + ' ', el('input', { id: 'ledgerSubject', size: 50, value: subject || '' })),
    el('button', { type: 'submit' }, t('show')));
  show(el('h2', {}, t('ledgerOf')), form,
    events.items.length === 0 ? el('p', {}, t('noEvents')) : ledgerTable('ledgerEvents', events.items));
}

const EVENTS = ['RUN_FAILED', 'RUN_INCOMPLETE', 'CRITICAL_DISCREPANCIES', 'APPROVALS_WAITING', 'DEAD_LETTERS'];

async function notifications() {
  const [subscriptions, deliveries] = await Promise.all([call('/notifications/subscriptions'), call('/notifications/deliveries')]);
  const subscribe = async event => {
    event.preventDefault();
    const events = EVENTS.filter(e => $('event-' + e).checked);
    try {
      const made = await send('/notifications/subscriptions', 'POST', { channel: $('channel').value, target: $('target').value.trim(), events });
      await route();
      say(made.secret ? t('secretOnce', made.secret) : '');
    } catch (e) {
      say(e.message, true);
    }
  };
  const act = async (path, method) => {
    try { await send(path, method); await route(); } catch (e) { say(e.message, true); }
  };
  show(el('h2', {}, t('subscriptions')),
    subscriptions.length === 0 ? el('p', {}, t('noSubscriptions')) : table('subscriptions', [t('channel'), t('target'), t('events'), t('by'), ''],
      subscriptions.map(s => [s.channel, s.target, s.events.length === EVENTS.length ? t('allEvents') : s.events.join(', '), s.createdBy,
        el('button', { type: 'button', onclick: () => act('/notifications/subscriptions/' + s.id, 'DELETE') }, t('remove'))])),
    el('form', { id: 'subscribe', onsubmit: subscribe },
      el('label', {}, t('channel') + ' ', el('select', { id: 'channel' }, el('option', { value: 'WEBHOOK' }, 'Webhook'), el('option', { value: 'EMAIL' }, 'E-mail'))),
      el('label', {}, t('target') + ' ', el('input', { id: 'target', size: 40, required: true })),
      el('fieldset', {}, el('legend', {}, t('events')), EVENTS.map(e => el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: 'event-' + e }), ' ' + e))),
      el('button', { type: 'submit' }, t('subscribe'))),
    el('h3', {}, t('deliveries')),
    deliveries.length === 0 ? el('p', {}, t('noDeliveries')) : table('deliveries', [t('createdAt'), t('events'), t('run'), t('status'), t('attempts'), ''],
      deliveries.map(d => [when(d.createdAt), d.event, String(d.syncRun), d.status + (d.lastError ? ': ' + d.lastError : ''), String(d.attempts),
        d.status === 'FAILED' ? el('button', { type: 'button', onclick: () => act('/notifications/deliveries/' + d.id + '/redeliver', 'POST') }, t('redeliver')) : ''])));
}

// ---- wiring ----

$('signin').addEventListener('submit', event => {
  event.preventDefault();
  sessionStorage.setItem('a6-credential', $('credential').value.trim());
  $('credential').value = '';
  signIn();
});
$('signOut').addEventListener('click', signOut);
$('language').addEventListener('change', () => {
  lang = $('language').value;
  localStorage.setItem('a6-language', lang);
  translatePage();
  route();
});
window.addEventListener('hashchange', route);
translatePage();
if (sessionStorage.getItem('a6-credential')) signIn();
