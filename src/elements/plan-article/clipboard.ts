/**
 * Copies text: the async Clipboard API where it exists and is allowed, else the old textarea + execCommand
 * route (insecure origins, older WebViews, permission refused). Resolves true when the text was copied.
 * Never throws.
 */
export async function copyText(text: string, refocus?: HTMLElement | null): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the legacy path
  }
  return legacyCopy(text, refocus);
}

/** The pre-Clipboard-API way: select the text in an off-screen textarea and ask the document to copy it. */
export function legacyCopy(text: string, refocus?: HTMLElement | null): boolean {
  if (typeof document === 'undefined' || !document.body) return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0;pointer-events:none';
  document.body.append(area);
  try {
    area.select();
    area.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    refocus?.focus();
  }
}
