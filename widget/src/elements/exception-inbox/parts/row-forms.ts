import { html } from 'lit';
import type { OrderException } from '../../../client/exception-types.js';
import type { RowContext } from './inbox-row.js';
import { SNOOZE_PRESETS } from './snooze-presets.js';

/** The snooze presets, shown under the row while its Snooze button is expanded. */
export function snoozeMenu(ctx: RowContext, e: OrderException, id: string, busy: boolean) {
  return html`<div class="snooze" id=${id} role="group" aria-label=${ctx.msg.snoozeOptions}>
    <span class="filter-label">${ctx.msg.snoozeOptions}</span>
    ${SNOOZE_PRESETS.map(
      (preset) =>
        html`<button
          class="action"
          part="button snooze-preset"
          data-preset=${preset}
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => ctx.snooze(e, preset)}
        >
          ${ctx.msg.snoozePreset[preset]}
        </button>`,
    )}
  </div>`;
}

/** The resolution note, required: the history says what was done. */
export function resolveForm(ctx: RowContext, e: OrderException, id: string, busy: boolean) {
  const { msg } = ctx;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const note = (
      (event.target as HTMLFormElement).elements.namedItem('note') as HTMLTextAreaElement
    ).value.trim();
    if (note) ctx.act(e, 'resolve', { note });
  };
  return html`<form class="resolve" id=${id} part="resolve-form" @submit=${submit}>
    <label class="filter-label" for="note-${e.id}">${msg.resolveNote}</label>
    <textarea
      id="note-${e.id}"
      name="note"
      rows="2"
      maxlength="2000"
      required
      aria-describedby="note-hint-${e.id}"
    ></textarea>
    <span class="muted small" id="note-hint-${e.id}">${msg.resolveNoteHint}</span>
    <span class="form-actions">
      <button
        type="submit"
        class="action primary-action"
        part="button resolve-submit"
        aria-disabled=${busy ? 'true' : 'false'}
      >
        ${msg.resolveSubmit}
      </button>
      <button type="button" class="action" part="button" @click=${() => ctx.toggleResolve(e)}>
        ${msg.cancel}
      </button>
    </span>
  </form>`;
}
