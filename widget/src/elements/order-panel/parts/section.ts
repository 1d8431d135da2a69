import { html, type TemplateResult } from 'lit';

/** A titled block of the panel; its heading names it for assistive tech and the count summarises. */
export function section(
  key: string,
  title: string,
  count: number | null,
  body: TemplateResult,
): TemplateResult {
  return html`
    <section class="section" part="section section-${key}" aria-labelledby="h-${key}">
      <h3 id="h-${key}">${title}${count === null ? '' : html` <span class="count">${count}</span>`}</h3>
      ${body}
    </section>
  `;
}
