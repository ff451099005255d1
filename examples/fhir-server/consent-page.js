// The EHR's authorize page: which app asks, for which patient (chosen here in a standalone launch),
// and each permission in words, to allow or not. Plain HTML with the examples' style sheet.
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ACTIONS = { r: 'read', s: 'search', c: 'create', u: 'update', d: 'delete' };

/** A resource scope in words: `patient/Observation.rs` is "read and search Observations (this patient's)". */
function scopeInWords(scope) {
  const match = /^(patient|user)\/([A-Za-z*]+)\.([a-z*]+)$/.exec(scope);
  if (!match) return scope;
  const [, level, type, letters] = match;
  const actions = letters === 'read' ? ['read', 'search'] : letters === 'write' ? ['create', 'update', 'delete'] : [...letters].map((l) => ACTIONS[l] ?? l);
  const whose = level === 'patient' ? "this patient's" : 'all';
  return `${actions.join(' and ')} ${whose} ${type === '*' ? 'records' : `${type}s`}`;
}

const page = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · Sandbox EHR</title>
    <link rel="stylesheet" href="/examples/examples.css" />
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>`;

export function consentPage({ problem, request, hidden, patients }) {
  if (problem) return page('Cannot sign in', `<h1>The app cannot be let in</h1>\n<p role="alert">${escape(problem)}</p>`);
  const fields = Object.entries(hidden)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}" />`)
    .join('\n');
  const resourceScopes = request.scopes.filter((scope) => /^(patient|user)\//.test(scope));
  const scopeList = resourceScopes
    .map((scope, i) => `<li><label><input type="checkbox" name="scope" value="${escape(scope)}" checked id="scope-${i}" /> ${escape(scopeInWords(scope))} <code>${escape(scope)}</code></label></li>`)
    .join('\n');
  const patientChoice =
    patients.length === 0
      ? ''
      : `<fieldset><legend>Which patient?</legend>\n<ul class="choices">${patients
          .map((p, i) => `<li><label><input type="radio" name="patient" value="${escape(p.id)}" ${i === 0 ? 'checked' : ''} /> ${escape(p.label)}</label></li>`)
          .join('\n')}</ul></fieldset>`;
  return page(
    `Let ${request.client.name} in`,
    `<h1>Let ${escape(request.client.name)} in?</h1>
<p>${escape(request.client.name)} asks to work with this EHR's records${request.patient ? ` of patient ${escape(request.patient)}` : ''}.</p>
<form method="post" action="/ehr/authorize">
${fields}
${patientChoice}
<fieldset><legend>${escape(request.client.name)} may</legend>
<ul class="choices">${scopeList}</ul></fieldset>
<p class="buttons"><button type="submit" name="decision" value="allow">Allow</button> <button type="submit" name="decision" value="deny">Deny</button></p>
</form>`,
  );
}
