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
