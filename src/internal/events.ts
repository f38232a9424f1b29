/** Base for the library's events: `plan-*` names, bubbling and composed so hosts can listen anywhere. */
export class PlanEvent extends Event {
  constructor(type: `plan-${string}`) {
    super(type, { bubbles: true, composed: true, cancelable: false });
  }
}
