import { useT } from '../i18n';

/** The top bar of a view: one way back, to the home page unless told where. */
export function BackBar(props: { href?: string; label?: string }) {
  const t = useT();
  return (
    <header class="topbar">
      <a class="link" href={props.href ?? '#/'}>
        ← {props.label ?? t('app.back')}
      </a>
    </header>
  );
}
