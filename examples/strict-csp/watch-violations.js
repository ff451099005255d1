// Loaded first: every Content Security Policy violation on this page is kept and listed, so a person
// sees it on screen and a test reads it from window.cspViolations.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const violation = `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
  window.cspViolations.push(violation);
  const item = document.createElement('li');
  item.textContent = violation;
  document.querySelector('#violations')?.append(item);
});
