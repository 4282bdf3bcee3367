/**
 * The browser side of the live reload. It compares the page's render version with the server's on every
 * (re)connection, so a save between page load and connection is not missed.
 */
export const CLIENT_SCRIPT = `(() => {
  const script = document.currentScript;
  const version = Number(script && script.dataset.version);
  const events = new EventSource('/__briefkit/events');
  const reloadIfNewer = (event) => {
    const data = JSON.parse(event.data);
    if (data.version !== version) location.reload();
  };
  events.addEventListener('hello', reloadIfNewer);
  events.addEventListener('reload', reloadIfNewer);
  events.addEventListener('diagnostics', reloadIfNewer);
})();
`;

export const CLIENT_STYLES = `#briefkit-overlay {
  position: fixed; inset-block-start: 1rem; inset-inline: 1rem; z-index: 2147483647;
  max-block-size: 60vh; overflow: auto; padding: 1rem 1.25rem;
  background: #fff5f5; color: #3b0a0a; border: 2px solid #c62828; border-radius: 6px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 25%); font: 14px/1.5 system-ui, sans-serif;
}
#briefkit-overlay h2 { margin: 0 0 0.25rem; font-size: 1.1rem; color: #b71c1c; }
#briefkit-overlay p { margin: 0 0 0.5rem; }
#briefkit-overlay ul { margin: 0; padding-inline-start: 1.25rem; }
#briefkit-overlay li { margin-block: 0.25rem; }
.briefkit-overlay-location { font-weight: 600; }
.briefkit-overlay-rule { color: #6d4c41; font-size: 0.85em; }
@media print { #briefkit-overlay { display: none; } }
`;
