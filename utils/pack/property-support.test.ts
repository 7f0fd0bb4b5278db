import { readFileSync } from 'node:fs';
import { Serializer } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { propertySupport, rejectionOf } from './property-support';
import { RENDERED_TYPES } from './question-types';

/** The class survey-core creates for objects held by a property, as survey-properties.ts reads it. */
function heldClasses(className: string): string[] {
  return Serializer.getProperties(className).flatMap((property) => {
    if (property.isLocalizable) return [];
    const base =
      property.className || (property.classNamePart ? `survey${property.classNamePart}` : '');
    if (!base || !Serializer.findClass(base)) return [];
    // Triggers, validators and masks are picked by `type` / `maskType`: every subclass counts.
    const children =
      property.className && !property.classNamePart && base !== 'masksettings'
        ? []
        : Serializer.getChildrenClasses(base, true).map((child) => child.name);
    return [base, ...children];
  });
}

/** Every class a pack's survey can contain: survey, pages, the rendered types, what they hold. */
function packClasses(): string[] {
  const found = new Set<string>();
  const queue = ['survey', 'page', ...RENDERED_TYPES];
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (found.has(next)) continue;
    found.add(next);
    queue.push(...heldClasses(next));
  }
  return [...found].sort();
}

describe('property support', () => {
  it('reaches the classes a pack holds', () => {
    expect(packClasses()).toEqual(
      expect.arrayContaining([
        'choiceitem',
        'checkboxitem',
        'itemvalue',
        'matrixcolumn',
        'calculatedvalue',
        'setvaluetrigger',
        'skiptrigger',
        'regexvalidator',
        'numericmask',
        'currencymask',
      ]),
    );
  });

  it('classifies every property survey-core registers for them', () => {
    // A survey-core upgrade that adds a property makes this fail until someone decides.
    const missing = packClasses().flatMap((className) =>
      Serializer.getProperties(className)
        .filter((property) => propertySupport(className, property.name) === undefined)
        .map((property) => `${className}.${property.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every rejection a bilingual reason with what to do', () => {
    for (const className of packClasses()) {
      for (const property of Serializer.getProperties(className)) {
        const support = propertySupport(className, property.name);
        if (support?.kind === 'rejected') {
          const reason = rejectionOf(support, 'x');
          expect(reason?.vi, `${className}.${property.name}`).toMatch(/Hãy/);
          expect(reason?.en, `${className}.${property.name}`).toMatch(/Remove|Use|Make|Put/);
        }
      }
    }
  });

  it('decides per value where support is partial', () => {
    const title = propertySupport('radiogroup', 'titleLocation');
    expect(rejectionOf(title, 'top')).toBeUndefined();
    expect(rejectionOf(title, 'hidden')).toBeUndefined();
    expect(rejectionOf(title, 'left')?.en).toMatch(/left/);
    expect(rejectionOf(propertySupport('paneldynamic', 'displayMode'), 'carousel')).toBeUndefined();
    expect(rejectionOf(propertySupport('rating', 'displayMode'), 'dropdown')?.vi).toMatch(
      /dropdown/,
    );
  });
});

describe('legacy values', () => {
  it('accepts the legacy string forms of showNavigationButtons that keep the buttons', () => {
    for (const className of ['survey', 'page']) {
      const support = propertySupport(className, 'showNavigationButtons');
      expect(rejectionOf(support, 'inherit')).toBeUndefined();
      expect(rejectionOf(support, true)).toBeUndefined();
      expect(rejectionOf(support, false)?.en).toMatch(/always shows the page buttons/);
    }
  });
});

describe('docs/pack-format.md', () => {
  const doc = readFileSync(new URL('../../docs/pack-format.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('## Thuộc tính SurveyJS'), doc.indexOf('## visibleIf'));

  it('names every property that is rejected, wholly or for some values', () => {
    const undocumented = packClasses().flatMap((className) =>
      Serializer.getProperties(className)
        .filter((property) => propertySupport(className, property.name)?.reject)
        .map((property) => property.name)
        .filter((name) => !section.includes(`\`${name}\``) && !section.includes(`.${name}\``)),
    );
    expect([...new Set(undocumented)]).toEqual([]);
  });
});
