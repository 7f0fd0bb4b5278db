import { type JsonObjectProperty, Serializer } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { propertySupport, rejectionOf } from './property-support';
import { RENDERED_TYPES } from './question-types';
import { issuePairs, packWith, secondSurvey, type TestPack } from './testing/packs';
import { validatePack } from './validate';

/** Every class a pack's survey may contain an object of, with where the base pack has one. */
const OWNERS = ['survey', 'page', ...RENDERED_TYPES] as const;

/** Puts `key: value` on an object of `className` in the base pack; returns its path. */
function place(pack: TestPack, className: string, key: string, value: unknown): string {
  const survey = secondSurvey(pack);
  if (className === 'survey') {
    survey[key] = value;
    return '$.forms[1].survey';
  }
  if (className === 'page') {
    const page = pack.forms[0]?.survey.pages?.[0] as Record<string, unknown>;
    page[key] = value;
    return '$.forms[0].survey.pages[0]';
  }
  const elements = pack.forms[0]?.survey.pages?.[0]?.elements ?? [];
  elements.push({ type: className, name: 'them', [key]: value });
  return `$.forms[0].survey.pages[0].elements[${elements.length - 1}]`;
}

/** `class.property` for every property of the pack classes that `select` picks, own or inherited. */
/**
 * What the checker may say about a value survey-core reads: nothing, unless our renderer
 * does not show that value, which property-support.ts decides (and documents) on purpose.
 */
function expectedFor(className: string, key: string, value: unknown, path: string) {
  const support = propertySupport(className, key);
  return rejectionOf(support, value) ? [[`${path}.${key}`, 'survey.unrendered-property']] : [];
}

/** Checks `key: value` on an object of `className` gets only the verdict `expectedFor` allows. */
function expectReadValue(className: string, key: string, value: unknown): void {
  let path = '';
  const pack = packWith((pack) => {
    path = place(pack, className, key, value);
  });
  expect(issuePairs(validatePack(pack))).toEqual(expectedFor(className, key, value, path));
}

function propertiesWhere(select: (property: JsonObjectProperty) => boolean) {
  return OWNERS.flatMap((className) =>
    Serializer.getProperties(className)
      .filter(select)
      .map((property) => ({ className, property })),
  );
}

const hasRuntimeChoices = (property: JsonObjectProperty) =>
  typeof Reflect.get(property, 'choicesfunc') === 'function';

describe('values survey-core reads beyond its list of choices', () => {
  const accepted = propertiesWhere((property) => (property.acceptedValues?.length ?? 0) > 0);

  it('are the ones reviewed here (a new one in a survey-core update needs a look)', () => {
    expect(accepted.map(({ className, property }) => `${className}.${property.name}`)).toEqual([
      'survey.locale',
      'survey.showQuestionNumbers',
    ]);
  });

  it.each(
    accepted.flatMap(({ className, property }) =>
      (property.acceptedValues ?? []).map((value) => [className, property.name, value] as const),
    ),
  )('reads %s.%s = %j', (className, key, value) => {
    expectReadValue(className, key, value);
  });

  // Documented in survey-core's API reference, read by its setters, missing from its choices.
  it.each([
    ['survey', 'showQuestionNumbers', true],
    ['survey', 'showQuestionNumbers', false],
    ['survey', 'showQuestionNumbers', 'onpage'],
    ['survey', 'showQuestionNumbers', 'onPage'],
    ['survey', 'questionTitlePattern', 'requireNumTitle'],
    ['survey', 'showNavigationButtons', 'none'],
    ['survey', 'showNavigationButtons', 'both'],
    ['survey', 'showProgressBar', 'top'],
    ['survey', 'showProgressBar', 'off'],
    ['survey', 'showPreviewBeforeComplete', 'showAnsweredQuestions'],
    ['survey', 'showPreviewBeforeComplete', 'noPreview'],
    ['survey', 'locale', 'vi'],
    ['survey', 'locale', 'en'],
    ['radiogroup', 'colCount', 6],
    ['page', 'indent', 4],
  ])('reads the documented legacy or mixed-case value %s.%s = %j', (className, key, value) => {
    expectReadValue(className, key, value);
  });

  it('accepts a paneldynamic starting with more panels than the Creator offers (panelCount 12)', () => {
    const pack = packWith((pack) => {
      const elements = pack.forms[0]?.survey.pages?.[1]?.elements ?? [];
      Object.assign(elements[2] as Record<string, unknown>, { panelCount: 12 });
    });
    expect(issuePairs(validatePack(pack))).toEqual([]);
  });

  it('still rejects values survey-core does not read, at their path', () => {
    const pack = packWith((pack) => {
      place(pack, 'survey', 'questionTitlePattern', 'titleOnly');
      place(pack, 'survey', 'showQuestionNumbers', 'onPages');
      place(pack, 'text', 'inputType', 'ngay');
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[0].survey.pages[0].elements[3].inputType', 'survey.invalid-value'],
      ['$.forms[1].survey.showQuestionNumbers', 'survey.invalid-value'],
      ['$.forms[1].survey.questionTitlePattern', 'survey.invalid-value'],
    ]);
  });
});

describe('every value survey-core lists for a property of the classes a pack may contain', () => {
  const listed = propertiesWhere(
    (property) => property.hasChoices && !hasRuntimeChoices(property) && property.isSerializable,
  ).flatMap(({ className, property }) =>
    property
      .getChoices(null)
      .map((choice: unknown) => (isChoiceObject(choice) ? choice.value : choice))
      .map((value: unknown) => [className, property.name, value] as const),
  );

  it('are many (the enumeration works)', () => {
    expect(listed.length).toBeGreaterThan(200);
  });

  it.each(listed)('reads %s.%s = %j', (className, key, value) => {
    expectReadValue(className, key, value);
  });

  it('leaves most of them to the renderer (the rejections are deliberate exceptions)', () => {
    const rejected = listed.filter(([className, key, value]) =>
      rejectionOf(propertySupport(className, key), value),
    );
    expect(rejected.length).toBeLessThan(listed.length / 3);
  });
});

function isChoiceObject(choice: unknown): choice is { value: unknown } {
  return typeof choice === 'object' && choice !== null && 'value' in choice;
}

describe('properties whose choices survey-core computes at runtime', () => {
  /** How the checker decides each one, so that no verdict depends on what happens to be loaded. */
  const REVIEWED: Record<string, { sample: unknown; decidedBy: string }> = {
    'survey.locale': { sample: 'vi', decidedBy: 'our own list (survey-locales.ts)' },
    'survey.questionTitlePattern': { sample: 'numTitleRequire', decidedBy: 'fixed options' },
    // Runtime only (the element's page object): rejected before survey-core crashes on it.
    'text.page': { sample: 'chi_tiet', decidedBy: 'rejected as not a JSON property' },
    'text.maskType': { sample: 'pattern', decidedBy: 'mask types survey-core registers' },
  };
  const computed = propertiesWhere(hasRuntimeChoices)
    // `page` (which page an element is on) is inherited by every element class; one is enough.
    .filter(({ className, property }) => property.name !== 'page' || className === 'text')
    .map(({ className, property }) => `${className}.${property.name}`);

  it('are the ones reviewed here', () => {
    expect(computed.sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it.each(Object.entries(REVIEWED).filter(([name]) => name !== 'text.page'))(
    'accepts a valid %s',
    (name, { sample }) => {
      const [className = '', key = ''] = name.split('.');
      const pack = packWith((pack) => place(pack, className, key, sample));
      expect(issuePairs(validatePack(pack))).toEqual([]);
    },
  );

  it('rejects an element’s runtime-only `page` before survey-core crashes on it', () => {
    const pack = packWith((pack) => place(pack, 'text', 'page', 'chi_tiet'));
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[0].survey.pages[0].elements[3].page', 'survey.unknown-property'],
    ]);
  });

  it('rejects a locale the extension does not show with its own code', () => {
    const pack = packWith((pack) => place(pack, 'survey', 'locale', 'fr'));
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[1].survey.locale', 'survey.locale-unsupported'],
    ]);
  });
});

describe('setvalue triggers', () => {
  it('accept isVariable: true, and expressions reading that variable', () => {
    const pack = packWith((pack) => {
      const survey = secondSurvey(pack);
      survey.triggers = [
        {
          type: 'setvalue',
          expression: '{huu_ich} = true',
          setToName: 'da_thich',
          setValue: 1,
          isVariable: true,
        },
      ];
      survey.elements.push({ type: 'text', name: 'vi_sao', visibleIf: '{da_thich} = 1' });
    });
    expect(issuePairs(validatePack(pack))).toEqual([]);
  });

  it('still reject a target that is neither a question nor a variable', () => {
    const pack = packWith((pack) => {
      secondSurvey(pack).triggers = [
        { type: 'setvalue', expression: '{huu_ich} = true', setToName: 'khong_co', setValue: 1 },
      ];
    });
    expect(issuePairs(validatePack(pack))).toEqual([
      ['$.forms[1].survey.triggers[0].setToName', 'survey.lint'],
    ]);
  });
});
