const api = '/api/v1';
const $ = id => document.getElementById(id);
const kind = () => document.querySelector('input[name=kind]:checked').value;

// An API key goes in X-API-Key; anything shaped like a JWT (three dot-separated parts) is an
// OAuth2 access token and goes as a bearer token.
function credentials() {
  const secret = sessionStorage.getItem('a6-credential') || '';
  return secret.split('.').length === 3 ? { 'Authorization': 'Bearer ' + secret } : { 'X-API-Key': secret };
}

function call(path, options) {
  const request = Object.assign({}, options || {});
  request.headers = Object.assign({}, request.headers || {}, credentials());
  return fetch(api + path, request);
}

async function refusal(response) {
  let detail = '';
  try { detail = (await response.json()).detail || ''; } catch (e) { /* not a problem document */ }
  if (response.status === 401) return 'The gateway does not accept these credentials. ' + detail;
  if (response.status === 403) return 'These credentials do not have the GOVERNMENT role. ' + detail;
  return 'The gateway answered ' + response.status + '. ' + detail;
}

async function signIn() {
  const response = await call('/reports/parties');
  if (response.status !== 200) {
    $('signinStatus').textContent = await refusal(response);
    $('signinStatus').className = 'failed';
    $('order').classList.add('hidden');
    return;
  }
  const parties = await response.json();
  $('party').innerHTML = '';
  parties.forEach(p => $('party').add(new Option(p.name + ' (' + p.code + ')', p.code)));
  const session = await (await call('/session')).json();
  $('whoName').textContent = session.name + (session.parties.length ? ' (' + session.parties.join(', ') + ' only)' : '');
  $('signinStatus').textContent = '';
  $('signinStatus').className = '';
  $('signin').classList.add('hidden');
  $('who').classList.remove('hidden');
  $('order').classList.remove('hidden');
  $('desk').classList.remove('hidden');
  listReports();
}

function signOut() {
  sessionStorage.removeItem('a6-credential');
  ['who', 'order', 'desk', 'checks', 'download'].forEach(id => $(id).classList.add('hidden'));
  $('signin').classList.remove('hidden');
  $('reports').tBodies[0].innerHTML = '';
  show('Signed out.');
}

// The reports ordered so far, each with a link that fetches its file again with the credentials.
async function listReports() {
  const response = await call('/reports?limit=50');
  if (response.status !== 200) {
    show('The list of reports could not be read: ' + await refusal(response), true);
    return;
  }
  const body = $('reports').tBodies[0];
  body.innerHTML = '';
  (await response.json()).forEach(job => {
    const row = body.insertRow();
    [job.orderedAt ? job.orderedAt.replace('T', ' ').substring(0, 16) + ' UTC' : '', job.orderedBy || '', job.fileName,
     job.status === 'FAILED' ? 'failed: ' + (job.error || '') : job.status.toLowerCase()]
      .forEach(text => { row.insertCell().textContent = text; });
    const checks = row.insertCell();
    checks.textContent = checksInShort(job);
    checks.classList.toggle('failed', failedChecks(job).length > 0);
    const cell = row.insertCell();
    if (job.status === 'COMPLETED') {
      const again = document.createElement('a');
      again.href = '#';
      again.textContent = 'Download';
      again.className = 'again';
      again.addEventListener('click', event => { event.preventDefault(); fetchFile(job); });
      cell.appendChild(again);
    }
  });
}

function failedChecks(job) {
  return (job.checks || []).filter(check => check.status === 'FAILED');
}

// A report's checks in a few words, for the list of reports ordered.
function checksInShort(job) {
  const checks = job.checks || [];
  if (!checks.length) return '';
  const failed = failedChecks(job).length;
  return failed ? failed + ' of ' + checks.length + ' failed' : 'all ' + checks.length + ' passed';
}

// "CONSISTENT_WITH_AUTHORIZATION" as an officer reads it: "Consistent with authorization".
function title(name) {
  const words = name.toLowerCase().replace(/_/g, ' ').replace(/\bitmo\b/g, 'ITMO');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// The checks of a completed report, shown before its file is opened: a failed one is marked and
// names its first failures in words. The file stays one click away whatever they say: the officer
// decides.
function showChecks(job) {
  const checks = job.checks || [];
  const failed = failedChecks(job);
  $('checksSummary').textContent = !checks.length ? 'No checks were kept with ' + job.fileName + '; its file lists them.'
    : failed.length ? failed.length + ' of ' + checks.length + ' checks failed: '
        + failed.map(check => title(check.name) + ' (' + check.failures + ' failing)').join(', ') + '.'
    : 'All ' + checks.length + ' checks passed.';
  const list = $('checkList');
  list.innerHTML = '';
  checks.forEach(check => list.appendChild(checkItem(check)));
  $('checks').classList.toggle('failing', failed.length > 0);
  $('checks').classList.remove('hidden');
}

function checkItem(check) {
  const failed = check.status === 'FAILED';
  const item = document.createElement('li');
  item.className = failed ? 'failed' : 'passed';
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.textContent = failed ? '✗ failed: ' : '✓ passed: ';
  const name = document.createElement('b');
  name.textContent = title(check.name);
  item.append(mark, name, (failed ? ', ' + check.failures + ' failing' : '') + ' — ' + check.rule);
  if (failed) {
    const examples = document.createElement('ul');
    check.examples.forEach(f => { examples.appendChild(document.createElement('li')).textContent = f.where + ': ' + f.detail; });
    if (check.failures > check.examples.length) {
      examples.appendChild(document.createElement('li')).textContent =
        'and ' + (check.failures - check.examples.length) + ' more, listed in the file';
    }
    item.appendChild(examples);
  }
  return item;
}

// One year a line as YEAR=TONNES; a line that is not is refused here, in words, before any order.
function perYear(text, what) {
  const byYear = {};
  text.split(/\n/).map(l => l.trim()).filter(l => l).forEach(line => {
    const [year, tonnes] = line.split('=').map(s => (s || '').trim());
    if (!/^\d{4}$/.test(year || '') || !/^\d+(\.\d+)?$/.test(tonnes || '')) {
      const example = /[,'\s]/.test(tonnes || '') ? 'write ' + (tonnes || '').replace(/[,'\s]/g, '') + ' without thousands separators'
        : 'write it as YEAR=TONNES, e.g. 2024=1500';
      throw new Error(what + ': "' + line + '" is not a year and tonnes: ' + example + '.');
    }
    byYear[year] = tonnes;
  });
  return byYear;
}

function order() {
  if (kind() === 'btr') {
    return { party: $('party').value, years: $('years').value, scope: $('scope').value, mode: $('mode').value,
             target: $('target').value, method: $('method').value, inventoryYear: Number($('inventoryYear').value),
             used: perYear($('used').value, 'ITMOs used'), inventory: perYear($('inventory').value, 'Inventory'),
             format: $('format').value };
  }
  return { party: $('party').value, year: Number($('year').value), ndcFirstYear: Number($('ndcFirstYear').value),
           ndcLastYear: Number($('ndcLastYear').value), format: $('format').value };
}

function show(text, failed) {
  $('status').textContent = text;
  $('status').className = failed ? 'failed' : '';
}

async function poll(job) {
  while (job.status === 'STARTING' || job.status === 'STARTED') {
    show('Preparing ' + job.fileName + ' …');
    await new Promise(resolve => setTimeout(resolve, 500));
    try {
      const answer = await call('/reports/' + job.jobId);
      if (answer.status !== 200) {
        show('Report ' + job.jobId + ' could not be followed: ' + await refusal(answer), true);
        return;
      }
      job = await answer.json();
    } catch (e) {
      show('The gateway could not be reached while report ' + job.jobId + ' was being prepared (' + e.message
        + '). It goes on there: it will be in the list below once the gateway answers again.', true);
      return;
    }
  }
  listReports();
  if (job.status !== 'COMPLETED') {
    show('The report failed: ' + (job.error || job.status), true);
    return;
  }
  fetchFile(job);
}

// The file needs the credentials too, so it is fetched here and handed to the browser as a blob.
async function fetchFile(job) {
  showChecks(job);
  const file = await fetch(job.download, { headers: credentials() });
  if (file.status !== 200) {
    show(await refusal(file), true);
    return;
  }
  show('Ready: ' + job.fileName);
  const link = $('download');
  link.href = URL.createObjectURL(await file.blob());
  link.setAttribute('download', job.fileName);
  link.textContent = 'Download ' + job.fileName;
  link.classList.remove('hidden');
}

document.querySelectorAll('input[name=kind]').forEach(radio => radio.addEventListener('change', () => {
  $('btr').classList.toggle('hidden', kind() !== 'btr');
  $('aef').classList.toggle('hidden', kind() !== 'aef');
}));

$('order').addEventListener('submit', async event => {
  event.preventDefault();
  $('download').classList.add('hidden');
  $('checks').classList.add('hidden');
  let body;
  try {
    body = JSON.stringify(order());
  } catch (e) {
    show(e.message, true);
    return;
  }
  const response = await call('/reports/' + kind(), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body });
  if (response.status !== 202) {
    show('The gateway refused the order: ' + await refusal(response), true);
    return;
  }
  poll(await response.json());
});

$('signOut').addEventListener('click', signOut);

$('signin').addEventListener('submit', event => {
  event.preventDefault();
  sessionStorage.setItem('a6-credential', $('credential').value.trim());
  $('credential').value = '';
  signIn();
});

if (sessionStorage.getItem('a6-credential')) {
  signIn();
}
