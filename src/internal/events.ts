/**
 * Base for the library's events: `plan-*` names, bubbling and composed so hosts can listen anywhere; cancelable where
 * the element does something by default that the page may want to do itself (a search result's navigation, a
 * download).
 */
export class PlanEvent extends Event {
  constructor(type: `plan-${string}`, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
  }
}

/**
 * An element was first seen by the reader: at least half of it (or the whole viewport's height of a tall one) in the
 * viewport. Fired once per element and page view (again only after it was removed from the page and added back), for
 * a newsroom's analytics; `event.element` is its tag name. One IntersectionObserver for the page (impression.ts).
 */
export class PlanImpressionEvent extends PlanEvent {
  static readonly eventName = 'plan-impression';
  constructor(
    /** The element's tag name, e.g. `plan-timeline`. */
    readonly element: string,
  ) {
    super(PlanImpressionEvent.eventName);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-impression': PlanImpressionEvent;
  }
}
