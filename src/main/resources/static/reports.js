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
  $('signinStatus').textContent = 'Signed in.';
  $('signinStatus').className = '';
  $('order').classList.remove('hidden');
}

function perYear(text) {
  const byYear = {};
  text.split(/\n/).map(l => l.trim()).filter(l => l).forEach(line => {
    const [year, tonnes] = line.split('=').map(s => (s || '').trim());
    byYear[year] = tonnes;
  });
  return byYear;
}

function order() {
  if (kind() === 'btr') {
    return { party: $('party').value, years: $('years').value, scope: $('scope').value, mode: $('mode').value,
             target: $('target').value, method: $('method').value, inventoryYear: Number($('inventoryYear').value),
             used: perYear($('used').value), inventory: perYear($('inventory').value), format: $('format').value };
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
    job = await (await call('/reports/' + job.jobId)).json();
  }
  if (job.status !== 'COMPLETED') {
    show('The report failed: ' + (job.error || job.status), true);
    return;
  }
  // The file needs the credentials too, so it is fetched here and handed to the browser as a blob.
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
  const response = await call('/reports/' + kind(), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(order()) });
  if (response.status !== 202) {
    show('The gateway refused the order: ' + await refusal(response), true);
    return;
  }
  poll(await response.json());
});

$('signin').addEventListener('submit', event => {
  event.preventDefault();
  sessionStorage.setItem('a6-credential', $('credential').value.trim());
  $('credential').value = '';
  signIn();
});

if (sessionStorage.getItem('a6-credential')) {
  signIn();
}
