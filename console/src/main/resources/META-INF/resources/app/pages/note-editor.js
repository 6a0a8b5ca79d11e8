// The note editor of the contact card: a contenteditable with a small toolbar, cleaned to the note format the
// contacts service accepts (NoteText: b, strong, i, em, u, ul, ol, li, p, br and http(s) links; at most 1,500
// visible characters). The service cleans again and has the last word; this keeps what is sent honest.
import { html, useEffect, useRef, useState } from 'preact-htm';

export const NOTE_MAX = 1500;

const KEEP = new Set(['B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'P', 'BR', 'A']);
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR']);

/** An http(s) address or null. */
export function safeUrl(href) {
  try {
    const url = new URL(String(href).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function cleanInto(source, target, doc) {
  for (const node of [...source.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(node.nodeValue));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.tagName.toUpperCase();
      if (DROP.has(tag)) continue;
      if (KEEP.has(tag)) {
        const href = tag === 'A' ? safeUrl(node.getAttribute('href') || '') : null;
        if (tag === 'A' && !href) { cleanInto(node, target, doc); continue; }
        const copy = doc.createElement(tag.toLowerCase());
        if (href) { copy.setAttribute('href', href); copy.setAttribute('rel', 'nofollow noopener'); copy.setAttribute('target', '_blank'); }
        target.appendChild(copy);
        cleanInto(node, copy, doc);
      } else if (tag === 'DIV' || /^H[1-6]$/.test(tag) || tag === 'BLOCKQUOTE' || tag === 'PRE') {
        // Chromium writes a new line as <div>: it becomes a paragraph.
        const p = doc.createElement('p');
        target.appendChild(p);
        cleanInto(node, p, doc);
      } else {
        cleanInto(node, target, doc); // span, font and the like: their text stays, the tag goes
      }
    }
  }
}

/** The HTML cut down to the tags the notes API keeps; everything else is unwrapped or removed. */
export function sanitizeNote(htmlText) {
  const doc = document.implementation.createHTMLDocument('');
  const source = new DOMParser().parseFromString(`<body>${htmlText || ''}</body>`, 'text/html').body;
  const out = doc.createElement('div');
  cleanInto(source, out, doc);
  return out.innerHTML;
}

/** Visible characters as the service counts them (Jsoup's text(): blocks apart by a space, whitespace collapsed). */
export function visibleLength(htmlText) {
  const body = new DOMParser().parseFromString(`<body>${htmlText || ''}</body>`, 'text/html').body;
  let text = '';
  const walk = (n) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) text += c.nodeValue;
      else if (c.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCK.has(c.tagName.toUpperCase());
        if (block) text += ' ';
        walk(c);
        if (block) text += ' ';
      }
    }
  };
  walk(body);
  return text.replace(/\s+/g, ' ').trim().length;
}

const TOOLS = [
  { cmd: 'bold', label: 'B', title: 'Bold (Ctrl+B)', cls: 'b' },
  { cmd: 'italic', label: 'I', title: 'Italic (Ctrl+I)', cls: 'i' },
  { cmd: 'underline', label: 'U', title: 'Underline (Ctrl+U)', cls: 'u' },
  { cmd: 'insertUnorderedList', label: '• List', title: 'Bulleted list' },
  { cmd: 'insertOrderedList', label: '1. List', title: 'Numbered list' },
  { cmd: 'createLink', label: 'Link', title: 'Link (http or https)' },
];

/**
 * A rich-text note editor. initial: the note's HTML; onSave(html) returns a promise (a rejection with field
 * errors is shown by the caller through error); the live count shows the visible characters against 1,500.
 */
export function NoteEditor({ initial = '', onSave, onCancel, saving, error, saveLabel = 'Save note', testid = 'note-editor' }) {
  const ref = useRef();
  const [count, setCount] = useState(visibleLength(initial));
  const [active, setActive] = useState({});
  const [linkError, setLinkError] = useState('');
  useEffect(() => {
    ref.current.innerHTML = sanitizeNote(initial);
    setCount(visibleLength(ref.current.innerHTML));
  }, []);
  const refresh = () => {
    setCount(visibleLength(ref.current?.innerHTML));
    const state = {};
    for (const t of TOOLS) if (t.cmd !== 'createLink') { try { state[t.cmd] = document.queryCommandState(t.cmd); } catch { /* */ } }
    setActive(state);
  };
  const run = (cmd) => {
    ref.current.focus();
    setLinkError('');
    if (cmd === 'createLink') {
      const raw = prompt('Link address (http:// or https://)', 'https://');
      if (raw === null) return;
      const href = safeUrl(raw);
      if (!href) { setLinkError('A link must be an http:// or https:// address.'); return; }
      const sel = getSelection();
      if (sel && sel.isCollapsed) document.execCommand('insertHTML', false, `<a href="${href.replace(/"/g, '&quot;')}">${href.replace(/</g, '&lt;')}</a>`);
      else document.execCommand('createLink', false, href);
    } else {
      document.execCommand(cmd, false, null);
    }
    refresh();
  };
  const onKeyDown = (e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const cmd = { b: 'bold', i: 'italic', u: 'underline' }[e.key.toLowerCase()];
    if (cmd) { e.preventDefault(); run(cmd); }
  };
  const onPaste = (e) => {
    // Pasted HTML is cleaned before it lands; plain text goes in as text.
    const data = e.clipboardData;
    if (!data) return;
    e.preventDefault();
    const pasted = data.getData('text/html');
    if (pasted) document.execCommand('insertHTML', false, sanitizeNote(pasted));
    else document.execCommand('insertText', false, data.getData('text/plain'));
    refresh();
  };
  const over = count > NOTE_MAX;
  const save = (e) => {
    e.preventDefault();
    onSave(sanitizeNote(ref.current.innerHTML));
  };
  return html`<form class="note-editor ${error ? 'invalid' : ''}" data-testid=${testid} onSubmit=${save}>
    <div class="rte-toolbar" role="toolbar" aria-label="Formatting">
      ${TOOLS.map((t) => html`<button type="button" class="rte-${t.cls || t.cmd}" title=${t.title} aria-label=${t.title}
        aria-pressed=${t.cmd in active ? String(!!active[t.cmd]) : undefined} data-cmd=${t.cmd}
        onMouseDown=${(e) => e.preventDefault()} onClick=${() => run(t.cmd)}>${t.label}</button>`)}
    </div>
    <div class="rte" ref=${ref} contenteditable="true" role="textbox" aria-multiline="true" aria-label="Note"
      data-testid="note-input" onInput=${refresh} onKeyUp=${refresh} onMouseUp=${refresh} onKeyDown=${onKeyDown}
      onPaste=${onPaste}></div>
    <div class="rte-foot">
      <span class="rte-count ${over ? 'over' : ''}" data-testid="note-count" aria-live="polite">
        ${count.toLocaleString('en-US')} / ${NOTE_MAX.toLocaleString('en-US')}${over ? ' — over the limit' : ''}</span>
      <span class="rte-actions">
        ${onCancel && html`<button type="button" onClick=${onCancel}>Cancel</button>`}
        <button type="submit" class="primary" disabled=${saving || count === 0}>${saving ? 'Saving…' : saveLabel}</button>
      </span>
    </div>
    ${linkError && html`<small class="field-error">${linkError}</small>`}
    ${error && html`<small class="field-error" data-testid="note-error" role="alert">${error}</small>`}
  </form>`;
}
