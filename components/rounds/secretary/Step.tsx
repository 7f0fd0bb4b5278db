import type { ComponentChildren } from 'preact';

/** One numbered step of the round page: a section named by its heading. */
export function Step(props: { id: string; title: string; children: ComponentChildren }) {
  const titleId = `${props.id}-title`;
  return (
    <section class="section step" aria-labelledby={titleId}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </section>
  );
}
