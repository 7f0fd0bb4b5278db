import type { AnnualDocument } from '@/utils/annual/document';

/** The review as the paper form lays it out; Vietnamese whatever the app's language. */
export function PaperDocument(props: { doc: AnnualDocument }) {
  const { doc } = props;
  return (
    <article class="paper" lang="vi" aria-labelledby="paper-title">
      <div class="paper__letterhead">
        <div class="paper__issuer">
          <p>{doc.partyCommittee.toUpperCase()}</p>
          <p class="paper__strong">{doc.cell.toUpperCase()}</p>
        </div>
        <div class="paper__party">
          <p class="paper__code">{doc.code}</p>
          <p class="paper__strong">ĐẢNG CỘNG SẢN VIỆT NAM</p>
          <p class="paper__date">{doc.placeDate}</p>
        </div>
      </div>
      <h2 id="paper-title" class="paper__title">
        {doc.title} <span class="paper__subtitle">{doc.subtitle}</span>
      </h2>
      {doc.audience && <p class="paper__audience">{doc.audience}</p>}
      <dl class="paper__profile">
        {doc.profile.map((entry) => (
          <div key={entry.label}>
            <dt>{entry.label}:</dt> <dd>{entry.value}</dd>
          </div>
        ))}
      </dl>
      {doc.sections.map((section) => (
        <section class="paper__section" key={section.heading}>
          <h3>{section.heading}</h3>
          {section.parts.map((part) => (
            <div class="paper__part" key={part.heading}>
              <p class="paper__part-heading">{part.heading}</p>
              {part.text.split(/\r?\n/).map((line, index) => (
                <p class="paper__text" key={`${index}:${line}`}>
                  {line}
                </p>
              ))}
            </div>
          ))}
          {section.score && (
            <div class="paper__score">
              {section.score.lines.map((entry) => (
                <p key={entry.label}>
                  {entry.label}: <strong>{entry.value}</strong>
                </p>
              ))}
              <ul class="paper__levels">
                {section.score.levels.map((level) => (
                  <li key={level.text}>
                    <span aria-hidden="true">{level.checked ? '☒' : '☐'}</span>{' '}
                    <span>{level.text}</span>
                    {level.checked && <span class="visually-hidden"> (đã chọn)</span>}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
      <div class="paper__signature">
        <p class="paper__strong">{doc.signer.role}</p>
        <p class="paper__hint">{doc.signer.hint}</p>
        <p class="paper__signer">{doc.signer.name}</p>
      </div>
    </article>
  );
}
