import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks the host's own content-box width with a ResizeObserver and re-renders on change. A widget created in a
 * hidden container (width 0) lays out again when it is shown. `width` is 0 until the first observation (and on
 * the server, where there is no ResizeObserver): callers treat 0 as "unknown" and use a default layout.
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const width = Math.round(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
      if (width === this.width) return;
      // Apply on the next frame: re-rendering inside the observer callback, when the element's height depends
      // on its width, makes browsers report "ResizeObserver loop completed with undelivered notifications".
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.width = width;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
