/**
 * Copy buttons for code boxes: `<button data-copy="id-of-code" hidden>` next to a `<p role="status">`.
 * The buttons ship hidden, so without JavaScript the reader selects the code by hand and sees no dead button.
 */
export function setUpCopyButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target) continue;
    const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]') ?? null;
    button.hidden = false;
    button.addEventListener('click', () => {
      void copyText(target).then((copied) => {
        if (status) {
          status.textContent = copied
            ? 'Copied to the clipboard.'
            : 'The code is selected: press Ctrl+C (or ⌘C) to copy it.';
        }
      });
    });
  }
}

async function copyText(target: HTMLElement): Promise<boolean> {
  const text = target.textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an insecure origin): select the code so the reader can copy it.
    const selection = window.getSelection();
    if (selection) {
      const range = document.createRange();
      range.selectNodeContents(target);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return false;
  }
}
