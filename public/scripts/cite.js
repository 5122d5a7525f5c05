// Copy buttons for "Cite this claim": added only where JavaScript runs; the citations themselves
// are in the page. Copies rich text (italics kept) and plain text for the styles, plain text for
// BibTeX, RIS and CSL-JSON. No request leaves the page.
const status = document.createElement('p');
status.className = 'visually-hidden';
status.setAttribute('role', 'status');
status.setAttribute('aria-live', 'polite');

async function copy(element) {
  const text = element.textContent.trim();
  if (navigator.clipboard && window.ClipboardItem && element.tagName !== 'PRE') {
    const html = new Blob([element.innerHTML.trim()], { type: 'text/html' });
    const plain = new Blob([text], { type: 'text/plain' });
    await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': plain })]);
  } else if (navigator.clipboard) {
    await navigator.clipboard.writeText(text);
  } else {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (!document.execCommand('copy')) throw new Error('copy refused');
  }
}

for (const block of document.querySelectorAll('[data-cite]')) {
  block.append(status);
  for (const element of block.querySelectorAll('[data-copy]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy the ${element.dataset.copy} citation`);
    button.addEventListener('click', async () => {
      try {
        await copy(element);
        button.textContent = 'Copied';
        status.textContent = `${element.dataset.copy} citation copied.`;
      } catch {
        button.textContent = 'Select and copy';
        status.textContent = 'Copying is blocked here; select the text and copy it.';
      }
      setTimeout(() => (button.textContent = 'Copy'), 2500);
    });
    element.before(button);
  }
}
