import type { Bilingual } from './messages';
import { RENDERED_TYPES } from './question-types';

/**
 * What Tự soi does with each property survey-core 3.1.1 reads in a pack's survey JSON.
 * - `model`: survey-core itself acts on it (logic, validation, values); nothing to draw.
 * - `rendered`: our components in components/survey/ show it.
 * - `no-effect`: changes nothing on screen in SurveyJS either, given what else we accept
 *   (e.g. `logoPosition` without a `logo`, which the network rule rejects).
 * - `other-rule`: another rule of the checker already rejects it (network, HTML…).
 * - `rejected`: we choose not to render it; the unrendered-properties rule rejects it.
 * `rendered`, `model` and `no-effect` entries may still reject some values (`reject`): support
 * is decided per value, e.g. `questionTitleLocation` "top" is shown, "left" is not.
 */
export type SupportKind = 'model' | 'rendered' | 'no-effect' | 'other-rule' | 'rejected';

/** Why a property or value is not shown, and what to do instead; Vietnamese first. */
export type Reason = Bilingual;

export interface PropertySupport {
  kind: SupportKind;
  /** Why, in a few words, for the table in docs/pack-format.md and for reviewers. */
  why: string;
  /** Values we do not render (all values for `rejected`), with the reason given to the author. */
  reject?: { when: (value: unknown) => boolean; reason: Reason };
}

const always = () => true;
const model = (why: string): PropertySupport => ({ kind: 'model', why });
const rendered = (why: string): PropertySupport => ({ kind: 'rendered', why });
const noEffect = (why: string): PropertySupport => ({ kind: 'no-effect', why });
const otherRule = (why: string): PropertySupport => ({ kind: 'other-rule', why });
const rejected = (why: string, reason: Reason): PropertySupport => ({
  kind: 'rejected',
  why,
  reject: { when: always, reason },
});

/** survey-core compares these choice-like strings case-insensitively. */
function lower(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Rendered (or model/no-effect) only for `allowed` values; any other value is rejected. */
function only(
  kind: SupportKind,
  why: string,
  allowed: readonly unknown[],
  reason: Reason,
): PropertySupport {
  const set = new Set(allowed.map(lower));
  return { kind, why, reject: { when: (value) => !set.has(lower(value)), reason } };
}

const REMOVE: Reason = { vi: 'Hãy xóa thuộc tính này.', en: 'Remove it.' };

function because(vi: string, en: string, then: Reason = REMOVE): Reason {
  return { vi: `${vi} ${then.vi}`, en: `${en} ${then.en}` };
}

const SIDE_BY_SIDE = because(
  'Tự soi không áp dụng lưới cột hay độ rộng cố định ở đây; câu hỏi chỉ nằm cạnh nhau khi có "startWithNewLine": false, với "width", "minWidth", "maxWidth".',
  'Tự soi does not apply grid columns or fixed widths here; questions share a line only with "startWithNewLine": false, sized by "width", "minWidth", "maxWidth".',
);
/** A CSS length survey-core would pass on as is: a number (pixels), px, %, em or rem. */
const LENGTH = /^\s*\d+(\.\d+)?\s*(px|%|em|rem)?\s*$/i;
const isLength = (value: unknown) =>
  (typeof value === 'number' && value >= 0) || (typeof value === 'string' && LENGTH.test(value));
const WIDTH: PropertySupport = {
  kind: 'rendered',
  why: "sizes the element on its line, through survey-core's rootStyle",
  reject: {
    when: (value) => value !== '' && !isLength(value),
    reason: because('Độ rộng phải là một độ dài đơn giản.', 'A width must be a plain length.', {
      vi: 'Hãy viết như "40%", "300px" hoặc "20rem".',
      en: 'Write it like "40%", "300px" or "20rem".',
    }),
  },
};
const TITLE_LOCATION = because(
  'Tự soi chỉ đặt tiêu đề câu hỏi ở trên ("top") hoặc ẩn nó ("hidden"); tiêu đề bên trái hay bên dưới không được hiển thị.',
  'Tự soi only puts question titles on top ("top") or hides them ("hidden"); titles on the left or at the bottom are not shown.',
  { vi: 'Hãy dùng "top" hoặc xóa thuộc tính này.', en: 'Use "top" or remove it.' },
);
const COLLAPSE = because(
  'Tự soi chỉ cho thu gọn nhóm ("panel"), không thu gọn câu hỏi hay mục của nhóm lặp.',
  'Tự soi only lets panels collapse, not questions or the items of a dynamic panel.',
  { vi: 'Hãy dùng "default" hoặc xóa thuộc tính này.', en: 'Use "default" or remove it.' },
);
const TIMER = because(
  'Bài tự soi không có đồng hồ đếm giờ; Tự soi không hiển thị hay áp dụng giới hạn thời gian.',
  'A self-review has no timer; Tự soi neither shows nor enforces time limits.',
);
const COMPONENT = because(
  'Tự soi vẽ mọi câu hỏi bằng thành phần riêng của mình; thành phần tùy chỉnh của SurveyJS không có ở đây.',
  "Tự soi draws every question with its own components; SurveyJS's custom components do not exist here.",
);
const FOCUS = because(
  'Tự soi tự chuyển tiêu điểm (tới tiêu đề trang, tới bảng lỗi) để trình đọc màn hình theo được.',
  'Tự soi moves the focus itself (to the page heading, to the error summary) so that screen readers can follow.',
);
const NAVIGATION = because(
  'Tự soi luôn hiển thị các nút chuyển trang ở cuối trang, để thành viên luôn đi tiếp và hoàn thành được.',
  'Tự soi always shows the page buttons at the bottom of the page, so that a member can always go on and finish.',
  {
    vi: 'Hãy xóa thuộc tính này (hoặc dùng giá trị mặc định).',
    en: 'Remove it (or use the default).',
  },
);
const NOT_RENDERED = (what: Bilingual, then: Reason = REMOVE): Reason =>
  because(`Tự soi không hiển thị ${what.vi}.`, `Tự soi does not show ${what.en}.`, then);

/** survey-core applies a mask only to `inputType` "text" or "tel"; elsewhere it would do nothing. */
export const MASK_NEEDS_TEXT: Reason = because(
  'SurveyJS chỉ áp dụng mặt nạ nhập ("maskType") cho ô có "inputType" là "text" hoặc "tel"; với loại ô này mặt nạ không có tác dụng.',
  'SurveyJS applies an input mask ("maskType") only to an "inputType" of "text" or "tel"; on this input it would do nothing.',
  {
    vi: 'Hãy xóa "inputType" (hoặc dùng "text"), hoặc xóa "maskType".',
    en: 'Remove "inputType" (or use "text"), or remove "maskType".',
  },
);

/** Properties of pages, panels, questions and of the survey, by property name. */
const BY_NAME: Record<string, PropertySupport> = {
  // — Identity, logic and values: survey-core does the work —
  name: model('the key of the answer or of the page/panel'),
  visible: model('survey-core hides the element; we render only visible elements'),
  visibleIf: model('survey-core evaluates it; we render only visible elements'),
  enableIf: model('survey-core sets isReadOnly, which disables our inputs'),
  requiredIf: model('survey-core sets isRequired, which we mark'),
  readOnly: rendered('inputs are disabled'),
  isRequired: rendered('the required marker and survey-core validation'),
  requiredErrorText: model('the error text, shown with the question'),
  valueName: model('survey-core stores the answer under it'),
  useDisplayValuesInDynamicTexts: model('how {placeholders} are filled in'),
  resetValueIf: model('survey-core clears the value'),
  setValueIf: model('survey-core sets the value'),
  setValueExpression: model('survey-core sets the value'),
  defaultValue: model('the initial value'),
  defaultValueExpression: model('the initial value'),
  correctAnswer: model('quiz scoring; nothing is drawn in SurveyJS either'),
  clearIfInvisible: model('survey-core clears hidden answers'),
  validators: model('survey-core validates; errors are rendered'),
  bindings: model('binds panelCount to another question'),
  defaultDisplayValue: model('display text of an empty answer in {placeholders}'),
  page: model('moves the element to the named page'),
  randomize: model(
    'whether survey-core shuffles this element/item with questionOrder/choicesOrder',
  ),
  randomizeCategory: model('groups items that survey-core shuffles together'),
  // — Texts —
  title: rendered('heading or label'),
  description: rendered('shown under the title, tied with aria-describedby'),
  descriptionLocation: rendered('under the title, under the input, or hidden'),
  showNumber: rendered('the number before the title'),
  hideNumber: rendered('legacy name of showNumber: false'),
  showTitle: rendered('the survey title; on questions, survey-core hides the title'),
  titleLocation: only(
    'rendered',
    'on top, or hidden',
    ['default', 'top', 'hidden'],
    TITLE_LOCATION,
  ),
  errorLocation: rendered('errors above or below the input'),
  state: only('no-effect', 'only "default"', ['default'], COLLAPSE),
  renderAs: only('no-effect', 'only "default"', ['default'], COMPONENT),
  // — Layout: one question per line —
  startWithNewLine: rendered('false puts the element on the line of the one before'),
  width: WIDTH,
  minWidth: WIDTH,
  maxWidth: WIDTH,
  colSpan: rejected('grid layout is not applied', SIDE_BY_SIDE),
  effectiveColSpan: rejected('grid layout is not applied', SIDE_BY_SIDE),
  gridLayoutColumns: rejected('grid layout is not applied', SIDE_BY_SIDE),
  questionTitleWidth: rejected('only for titles on the left, which we do not show', TITLE_LOCATION),
  indent: rendered('shifts the element right by that many steps'),
  innerIndent: rejected(
    'inner indentation of a panel is not applied',
    NOT_RENDERED(
      { vi: 'thụt lề bên trong nhóm', en: 'the inner indentation of a panel' },
      {
        vi: 'Hãy dùng "indent" cho các câu hỏi bên trong.',
        en: 'Use "indent" on the questions inside.',
      },
    ),
  ),
  allowAdaptiveActions: noEffect('our panels have no action toolbar for it to adapt'),
  // — Pages and panels —
  elements: rendered('the elements, in order'),
  questionTitleLocation: only(
    'rendered',
    'on top (a page/panel may not hide all titles)',
    ['top'],
    TITLE_LOCATION,
  ),
  questionErrorLocation: rendered('errors above or below the inputs'),
  questionOrder: only(
    'model',
    'initial order only',
    ['initial', 'default'],
    NOT_RENDERED(
      { vi: 'câu hỏi theo thứ tự ngẫu nhiên', en: 'questions in random order' },
      {
        vi: 'Hãy xóa thuộc tính này: mọi thành viên thấy cùng một thứ tự.',
        en: 'Remove it: every member sees the same order.',
      },
    ),
  ),
  showQuestionNumbers: model('survey-core numbers the questions; we show the numbers'),
  questionStartIndex: model('survey-core numbers the questions; we show the numbers'),
  // Legacy string values: "bottom" (survey), "show" and "inherit" (page) mean the same.
  showNavigationButtons: only(
    'rendered',
    'the page buttons are always shown',
    [true, 'bottom', 'show', 'inherit'],
    NAVIGATION,
  ),
  timeLimit: rejected('no timer', TIMER),
  navigationTitle: rejected(
    'only for the progress buttons and table of contents, which we do not show',
    NOT_RENDERED({ vi: 'tiêu đề điều hướng của trang', en: "a page's navigation title" }),
  ),
  navigationDescription: rejected(
    'only for the progress buttons and table of contents, which we do not show',
    NOT_RENDERED({ vi: 'mô tả điều hướng của trang', en: "a page's navigation description" }),
  ),
  // — Questions with comments —
  showCommentArea: rendered('the comment box'),
  commentText: rendered('the comment box label'),
  commentPlaceholder: rendered('the comment box placeholder'),
  // — Choices (radiogroup, checkbox, dropdown) —
  choices: rendered('one input per visible choice'),
  choicesFromQuestion: model('survey-core copies the choices'),
  choicesFromQuestionMode: model('survey-core copies the choices'),
  choiceValuesFromQuestion: model('survey-core copies the choices'),
  choiceTextsFromQuestion: model('survey-core copies the choices'),
  choicesOrder: only(
    'model',
    'survey-core sorts visibleChoices; random is not allowed',
    ['none', 'asc', 'desc'],
    NOT_RENDERED(
      { vi: 'lựa chọn theo thứ tự ngẫu nhiên', en: 'choices in random order' },
      {
        vi: 'Hãy dùng "none", "asc" hoặc "desc": mọi thành viên thấy cùng một thứ tự.',
        en: 'Use "none", "asc" or "desc": every member sees the same order.',
      },
    ),
  ),
  choicesByUrl: otherRule('rejected by the network rule'),
  hideIfChoicesEmpty: model('survey-core hides the question'),
  choicesVisibleIf: model('survey-core filters visibleChoices'),
  choicesEnableIf: model('survey-core disables choices; we disable their inputs'),
  separateSpecialChoices: only(
    'no-effect',
    'special choices follow the others',
    [false],
    NOT_RENDERED({
      vi: 'đường phân cách trước các lựa chọn đặc biệt',
      en: 'a separator before special choices',
    }),
  ),
  showOtherItem: rendered('the "Other" choice and its details box'),
  showNoneItem: rendered('the "None" choice'),
  showRefuseItem: rendered('the "Refuse to answer" choice'),
  showDontKnowItem: rendered('the "Don\'t know" choice'),
  otherPlaceholder: rendered('placeholder of the details box'),
  noneText: rendered('choice text'),
  refuseText: rendered('choice text'),
  dontKnowText: rendered('choice text'),
  otherText: rendered('choice text'),
  otherErrorText: model('the error text'),
  storeOthersAsComment: model('where survey-core stores the "Other" text'),
  colCount: rendered('choices in up to 4 columns, or on one line (0)'),
  allowClear: rendered('a button that clears the answer (the empty option of a drop-down)'),
  itemComponent: rejected('custom components do not exist here', COMPONENT),
  showSelectAllItem: rendered('the "Select all" choice'),
  maxSelectedChoices: model('survey-core disables further choices; we disable their inputs'),
  minSelectedChoices: model('survey-core validates'),
  selectAllText: rendered('choice text'),
  valuePropertyName: model('the shape of the stored answer'),
  // — Dropdown (a native <select>) —
  placeholder: rendered('placeholder / empty option'),
  choicesMin: model('survey-core generates number choices'),
  choicesMax: model('survey-core generates number choices'),
  choicesStep: model('survey-core generates number choices'),
  autocomplete: rendered('the autocomplete attribute'),
  textWrapEnabled: noEffect('a native select list shows whole choice texts'),
  searchEnabled: noEffect('a native select list has its own type-to-find'),
  searchMode: noEffect('a native select list has its own type-to-find'),
  allowCustomChoices: only(
    'no-effect',
    'members cannot add choices',
    [false],
    NOT_RENDERED(
      { vi: 'ô thêm lựa chọn mới vào danh sách', en: 'a box to add new choices' },
      { vi: 'Hãy dùng "showOtherItem": true.', en: 'Use "showOtherItem": true.' },
    ),
  ),
  createCustomChoiceText: noEffect('only with allowCustomChoices, which must be false'),
  choicesLazyLoadEnabled: only(
    'no-effect',
    'all choices are in the list',
    [false],
    NOT_RENDERED({ vi: 'tải dần lựa chọn', en: 'lazy loading of choices' }),
  ),
  choicesLazyLoadPageSize: noEffect('only with choicesLazyLoadEnabled, which must be false'),
  inputFieldComponent: rejected('custom components do not exist here', COMPONENT),
  // — Boolean —
  label: noEffect('the checkbox label, only for displayMode "checkbox", which is rejected'),
  useTitleAsLabel: noEffect('only for displayMode "checkbox", which is rejected'),
  labelTrue: rendered('text of the "yes" radio'),
  labelFalse: rendered('text of the "no" radio'),
  valueTrue: model('the stored value'),
  valueFalse: model('the stored value'),
  swapOrder: rendered('"yes" first'),
  // — Rating —
  rateType: only(
    'rendered',
    'numbers or labels',
    ['labels'],
    NOT_RENDERED(
      { vi: 'thang sao hay mặt cười', en: 'stars or smileys' },
      {
        vi: 'Hãy xóa thuộc tính này: thang được hiển thị bằng số hoặc nhãn.',
        en: 'Remove it: the scale is shown as numbers or labels.',
      },
    ),
  ),
  scaleColorMode: noEffect('colours only apply to smileys, which are rejected'),
  rateColorMode: noEffect('colours only apply to smileys, which are rejected'),
  autoGenerate: model('survey-core builds the scale'),
  rateCount: model('survey-core builds the scale'),
  rateValues: rendered('one radio per value'),
  rateMin: model('survey-core builds the scale'),
  rateMax: model('survey-core builds the scale'),
  rateStep: model('survey-core builds the scale'),
  minRateDescription: rendered('named at the low end'),
  maxRateDescription: rendered('named at the high end'),
  displayRateDescriptionsAsExtremeItems: rendered('the end radios show the descriptions'),
  rateDescriptionLocation: rendered('the descriptions are shown at both ends of the scale'),
  // — Text —
  inputType: only(
    'rendered',
    'a typeable input of that type',
    ['text', 'number', 'date', 'datetime-local', 'email', 'tel', 'url', 'time', 'month', 'week'],
    NOT_RENDERED(
      {
        vi: 'ô nhập loại này (mật khẩu, màu, thanh trượt)',
        en: 'this input type (password, colour, range)',
      },
      {
        vi: 'Hãy dùng "text", "number" hoặc một loại ngày giờ.',
        en: 'Use "text", "number" or a date/time type.',
      },
    ),
  ),
  inputSize: rendered('the size attribute'),
  textUpdateMode: only(
    'rendered',
    'every keystroke is saved at once (onTyping)',
    ['ontyping', 'default'],
    because(
      'Tự soi lưu từng phím gõ ngay (để bản nháp không mất chữ), như "onTyping".',
      'Tự soi saves every keystroke at once (so that a draft never loses text), like "onTyping".',
      { vi: 'Hãy dùng "onTyping" hoặc xóa thuộc tính này.', en: 'Use "onTyping" or remove it.' },
    ),
  ),
  min: rendered('the min attribute and survey-core validation'),
  max: rendered('the max attribute and survey-core validation'),
  minValueExpression: model('survey-core computes min'),
  maxValueExpression: model('survey-core computes max'),
  minErrorText: model('the error text'),
  maxErrorText: model('the error text'),
  stepErrorText: model('the error text'),
  step: rendered('the step attribute'),
  maxLength: rendered('the maxlength attribute'),
  inputTextAlignment: rendered('text alignment of the input'),
  // Only on inputType text or tel, where survey-core applies masks: see MASK_NEEDS_TEXT.
  maskType: rendered("survey-core's input mask attached to our <input>"),
  maskSettings: rendered("survey-core's input mask attached to our <input>"),
  dataList: rendered('suggestions in a <datalist>'),
  // — Comment —
  rows: rendered('the rows attribute'),
  cols: rejected('the box always has the full width', SIDE_BY_SIDE),
  autoGrow: rendered('boxes grow with their text unless false'),
  allowResize: rendered('the resize handle'),
  acceptCarriageReturn: rendered('Enter does not add a line when false'),
  // — Matrix —
  columns: rendered('one radio per column in each row'),
  cells: rendered('cell texts as the radio labels'),
  columnsVisibleIf: model('survey-core filters visibleColumns'),
  rowsVisibleIf: model('survey-core filters visibleRows'),
  rowOrder: only(
    'model',
    'initial order only',
    ['initial'],
    NOT_RENDERED(
      { vi: 'hàng theo thứ tự ngẫu nhiên', en: 'rows in random order' },
      {
        vi: 'Hãy xóa thuộc tính này: mọi thành viên thấy cùng một thứ tự.',
        en: 'Remove it: every member sees the same order.',
      },
    ),
  ),
  eachRowRequired: model('survey-core validates'),
  eachRowUnique: model('survey-core validates'),
  hideIfRowsEmpty: model('survey-core hides the question'),
  showHeader: rendered('the column header row'),
  alternateRows: rendered('shaded alternate rows'),
  columnMinWidth: rejected('widths are not applied', SIDE_BY_SIDE),
  rowTitleWidth: rejected('widths are not applied', SIDE_BY_SIDE),
  verticalAlign: only('no-effect', 'cells are centred', ['middle'], SIDE_BY_SIDE),
  cellType: only(
    'rendered',
    'one radio per row',
    ['radio'],
    NOT_RENDERED(
      { vi: 'ma trận nhiều lựa chọn mỗi hàng', en: 'a matrix with several choices per row' },
      {
        vi: 'Hãy dùng một câu hỏi "checkbox" cho mỗi hàng.',
        en: 'Use one "checkbox" question per row.',
      },
    ),
  ),
  cellComponent: rejected('custom components do not exist here', COMPONENT),
  // — Dynamic panel —
  templateElements: rendered('the questions of each item'),
  templateTitle: rendered('the title of each item'),
  templateTabTitle: rendered('the tab text of each item'),
  tabTitlePlaceholder: rendered('the tab text when templateTabTitle is empty'),
  templateDescription: rendered('the description of each item'),
  noEntriesText: rendered('shown when there is no item'),
  allowAddPanel: rendered('the Add button'),
  allowRemovePanel: rendered('the Remove buttons'),
  newPanelPosition: model('where survey-core inserts a new item'),
  panelCount: model('the number of items'),
  panelCountExpression: model('survey-core computes the number of items'),
  minPanelCount: model('survey-core keeps at least this many'),
  maxPanelCount: model('survey-core allows at most this many'),
  defaultPanelValue: model('values of a new item'),
  copyDefaultValueFromLastEntry: model('values of a new item'),
  panelsState: only('no-effect', 'items are always expanded', ['default'], COLLAPSE),
  keyName: model('survey-core validates unique keys'),
  keyDuplicationError: model('the error text'),
  confirmDelete: rendered('removing an item that holds answers always asks first'),
  confirmDeleteText: rendered('the question asked before removing'),
  addPanelText: rendered('the Add button'),
  removePanelText: rendered('the Remove buttons'),
  prevPanelText: rendered('the previous-item button (carousel)'),
  nextPanelText: rendered('the next-item button (carousel)'),
  renderMode: rendered('legacy name of displayMode (list, progressTop… read as carousel)'),
  showProgressBar: rendered('"n of N" in carousel mode; the survey progress is always shown'),
  progressBarLocation: rendered('above or below the carousel'),
  tabAlign: rendered('alignment of the tab list'),
  templateQuestionTitleLocation: only('rendered', 'on top', ['default', 'top'], TITLE_LOCATION),
  templateQuestionTitleWidth: rejected('only for titles on the left', TITLE_LOCATION),
  templateErrorLocation: rendered('errors above or below the inputs'),
  templateVisibleIf: model('survey-core hides items'),
  removePanelButtonLocation: only(
    'rendered',
    'below each item',
    ['bottom'],
    because(
      'Tự soi đặt nút xóa ở cuối mỗi mục.',
      'Tự soi puts the Remove button at the bottom of each item.',
      { vi: 'Hãy dùng "bottom" hoặc xóa thuộc tính này.', en: 'Use "bottom" or remove it.' },
    ),
  ),
};

/** Properties whose meaning depends on the class: `class.property`. */
const BY_CLASS: Record<string, PropertySupport> = {
  // — Survey —
  'survey.locale': model('the default language; the member chooses the app language'),
  'survey.regionalFormat': model('number and date formats used by the input masks'),
  'survey.title': rendered('the survey heading, above the pages'),
  'survey.description': rendered('under the survey heading'),
  'survey.showTitle': rendered('whether the survey heading is shown'),
  'survey.logo': otherRule('rejected by the network rule'),
  'survey.logoWidth': noEffect('there is no logo (logo is rejected by the network rule)'),
  'survey.logoHeight': noEffect('there is no logo (logo is rejected by the network rule)'),
  'survey.logoFit': noEffect('there is no logo (logo is rejected by the network rule)'),
  'survey.logoPosition': noEffect('there is no logo (logo is rejected by the network rule)'),
  'survey.autoFocusFirstQuestion': rejected('we move the focus ourselves', FOCUS),
  'survey.autoFocusFirstError': rejected('we move the focus ourselves', FOCUS),
  'survey.completedHtml': otherRule('rejected by the HTML rule'),
  'survey.completedBeforeHtml': otherRule('rejected by the HTML rule'),
  'survey.completedHtmlOnCondition': otherRule('rejected by the HTML rule'),
  'survey.loadingHtml': otherRule('rejected by the HTML rule'),
  'survey.pages': rendered('one page at a time'),
  'survey.elements': rendered('a single page'),
  'survey.triggers': model('survey-core runs them'),
  'survey.calculatedValues': model('survey-core computes them'),
  'survey.sjsVersion': noEffect('metadata'),
  'survey.$schema': noEffect('metadata for editors'),
  'survey.surveyId': otherRule('rejected by the network rule'),
  'survey.surveyPostId': otherRule('rejected by the network rule'),
  'survey.surveyShowDataSaving': otherRule('rejected by the network rule'),
  'survey.cookieName': otherRule('rejected by the network rule'),
  'survey.partialSendEnabled': otherRule('rejected by the network rule'),
  'survey.navigateToUrl': otherRule('rejected by the network rule'),
  'survey.navigateToUrlOnCondition': otherRule('rejected by the network rule'),
  'survey.navigationButtonsLocation': only('rendered', 'at the bottom', ['bottom'], NAVIGATION),
  'survey.showPrevButton': rendered('survey-core hides the Previous button'),
  'survey.showPageTitles': rendered('page headings are kept for screen readers only when false'),
  'survey.showCompletePage': only(
    'rendered',
    'the app always shows its completion screen',
    [true],
    because(
      'Tự soi luôn hiển thị màn hình hoàn thành của mình (nơi thành viên lưu và xem lại bài).',
      'Tự soi always shows its own completion screen (where a member saves and reviews the answers).',
    ),
  ),
  'survey.matrixDragHandleArea': noEffect('only for matrixdynamic rows, a type not allowed'),
  'survey.showPageNumbers': rendered('we always show "Trang n/N" above the page heading'),
  'survey.questionDescriptionLocation': rendered('under the title or under the input'),
  // Legacy string values name a location too; only those at the top match what we show.
  'survey.showProgressBar': only(
    'rendered',
    'our progress bar (answered questions) is always shown, at the top',
    [true, false, 'off', 'on', 'top', 'auto', 'aboveheader', 'belowheader'],
    because(
      'Tự soi hiển thị thanh tiến độ ở đầu trang.',
      'Tự soi shows the progress bar at the top.',
      { vi: 'Hãy dùng true hoặc xóa thuộc tính này.', en: 'Use true or remove it.' },
    ),
  ),
  'survey.progressBarLocation': only(
    'rendered',
    'above the page',
    ['auto', 'aboveheader', 'belowheader', 'top'],
    because(
      'Tự soi hiển thị thanh tiến độ ở đầu trang.',
      'Tự soi shows the progress bar at the top.',
      { vi: 'Hãy dùng "auto" hoặc xóa thuộc tính này.', en: 'Use "auto" or remove it.' },
    ),
  ),
  'survey.progressBarType': only(
    'rendered',
    'our bar counts answered questions',
    ['pages', 'questions', 'requiredquestions'],
    NOT_RENDERED({
      vi: 'thanh tiến độ đếm câu trả lời đúng',
      en: 'a progress bar of correct answers',
    }),
  ),
  'survey.progressBarShowNavigationText': noEffect('only for progress buttons, not used'),
  'survey.progressBarShowPageNumbers': only(
    'no-effect',
    'no progress buttons',
    [false],
    NOT_RENDERED({ vi: 'nút tiến độ theo trang', en: 'page progress buttons' }),
  ),
  'survey.progressBarNavigationTextLocation': noEffect('only for progress buttons, not used'),
  'survey.progressBarInheritWidthFrom': noEffect('our bar always spans the survey'),
  'survey.showTOC': only(
    'no-effect',
    'no table of contents',
    [false],
    NOT_RENDERED({ vi: 'mục lục', en: 'a table of contents' }),
  ),
  'survey.tocLocation': noEffect('only with showTOC, which must be false'),
  'survey.tocItemComponent': rejected('custom components do not exist here', COMPONENT),
  'survey.mode': rendered('"display" makes every input read-only'),
  'survey.maxTextLength': rendered('maxlength of text inputs'),
  'survey.maxCommentLength': rendered('maxlength of comment boxes'),
  'survey.autoAdvanceEnabled': rendered('survey-core turns the page; we render it and move focus'),
  'survey.autoAdvanceAllowComplete': rendered('survey-core completes; we show the completion'),
  'survey.clearInvisibleValues': model('survey-core clears hidden answers'),
  'survey.checkErrorsMode': rendered('errors are shown whenever survey-core reports them'),
  'survey.validateVisitedEmptyFields': only(
    'model',
    'validated on page turn',
    [false],
    NOT_RENDERED(
      { vi: 'lỗi ngay khi rời một ô trống', en: 'errors as soon as an empty field is left' },
      {
        vi: 'Hãy xóa thuộc tính này: lỗi được hiển thị khi chuyển trang, hoặc dùng "checkErrorsMode": "onValueChanged".',
        en: 'Remove it: errors show on page turn, or use "checkErrorsMode": "onValueChanged".',
      },
    ),
  ),
  'survey.autoGrowComment': rendered('comment boxes grow with their text'),
  'survey.allowResizeComment': rendered('the resize handle of comment boxes'),
  'survey.commentAreaRows': rendered('rows of the comment boxes'),
  'survey.startSurveyText': rendered('the Start button'),
  'survey.pagePrevText': rendered('the Previous button'),
  'survey.pageNextText': rendered('the Next button'),
  'survey.completeText': rendered('the Complete button'),
  'survey.previewText': rendered('the Preview button'),
  'survey.editText': rendered('the Edit buttons of the preview'),
  'survey.requiredMark': rendered('the required marker (requiredText)'),
  'survey.questionTitlePattern': only(
    'rendered',
    'number, title, marker',
    ['numtitlerequire'],
    NOT_RENDERED({
      vi: 'thứ tự khác cho số, tiêu đề và dấu bắt buộc',
      en: 'another order of number, title and required marker',
    }),
  ),
  'survey.questionTitleTemplate': rejected(
    'obsolete',
    NOT_RENDERED({ vi: 'mẫu tiêu đề câu hỏi cũ', en: 'the obsolete question title template' }),
  ),
  'survey.firstPageIsStartPage': rendered('the start page with a Start button'),
  'survey.isSinglePage': only(
    'model',
    'one page at a time',
    [false],
    NOT_RENDERED({ vi: 'mọi trang trên một trang', en: 'all pages on one page' }),
  ),
  'survey.questionsOnPageMode': only(
    'model',
    'pages as written',
    ['standard'],
    NOT_RENDERED(
      { vi: 'cách chia trang này', en: 'this page mode' },
      {
        vi: 'Hãy chia câu hỏi vào các trang trong "pages".',
        en: 'Put the questions on pages in "pages".',
      },
    ),
  ),
  'survey.showPreviewBeforeComplete': rendered('the Preview button and the preview'),
  'survey.previewMode': model('which questions survey-core puts in the preview'),
  'survey.showTimer': only('no-effect', 'no timer', [false], TIMER),
  'survey.timeLimit': rejected('no timer', TIMER),
  'survey.timeLimitPerPage': rejected('no timer', TIMER),
  'survey.timerLocation': rejected('no timer', TIMER),
  'survey.timerInfoMode': rejected('no timer', TIMER),
  'survey.showTimerPanel': rejected('no timer', TIMER),
  'survey.widthMode': rendered(
    'static applies `width` as the maximum width; auto and responsive fill our page',
  ),
  'survey.gridLayoutEnabled': only('no-effect', 'no grid layout', [false], SIDE_BY_SIDE),
  'survey.fitToContainer': only(
    'no-effect',
    'the survey always fits our page',
    [true],
    SIDE_BY_SIDE,
  ),
  'survey.headerView': rendered('both views show the title and description in our heading'),
  'survey.backgroundImage': otherRule('rejected by the network rule'),
  'survey.backgroundImageFit': noEffect(
    'there is no background image (rejected by the network rule)',
  ),
  'survey.backgroundImageAttachment': noEffect(
    'there is no background image (rejected by the network rule)',
  ),
  'survey.backgroundOpacity': noEffect(
    'there is no background image (rejected by the network rule)',
  ),
  'survey.showBrandInfo': only(
    'no-effect',
    'no SurveyJS branding',
    [false],
    NOT_RENDERED({ vi: 'dòng quảng cáo của SurveyJS', en: "SurveyJS's branding" }),
  ),
  // — Page and panel —
  'survey.width': {
    ...WIDTH,
    why: 'with widthMode static (or auto): the survey is at most that wide',
  },
  'page.width': rejected('a page always has the width of the form', SIDE_BY_SIDE),
  'page.minWidth': rejected('a page always has the width of the form', SIDE_BY_SIDE),
  'page.maxWidth': rejected('a page always has the width of the form', SIDE_BY_SIDE),
  'page.startWithNewLine': only('no-effect', 'pages are never on one line', [true], SIDE_BY_SIDE),
  'page.readOnly': rendered('inputs on the page are disabled'),
  'page.state': noEffect('pages cannot collapse'),
  'panel.state': rendered(
    'collapsed / expanded: the title becomes a toggle button (aria-expanded)',
  ),
  'panel.isRequired': rendered('the required marker and survey-core validation'),
  // — Boolean, rating and matrix display modes —
  'boolean.displayMode': only(
    'rendered',
    'both answers shown as two radios',
    ['segmented', 'radio'],
    NOT_RENDERED(
      {
        vi: 'câu có/không dạng một ô đánh dấu hay công tắc',
        en: 'a yes/no question as one checkbox or a switch',
      },
      { vi: 'Hãy dùng "radio" hoặc xóa thuộc tính này.', en: 'Use "radio" or remove it.' },
    ),
  ),
  'rating.displayMode': only(
    'rendered',
    'a row of radios',
    ['auto', 'buttons'],
    NOT_RENDERED(
      { vi: 'thang đánh giá dạng danh sách thả xuống', en: 'a rating as a drop-down' },
      {
        vi: 'Hãy dùng câu hỏi "dropdown" hoặc xóa thuộc tính này.',
        en: 'Use a "dropdown" question or remove it.',
      },
    ),
  ),
  'matrix.displayMode': only(
    'rendered',
    'a table on wide screens, a list on narrow ones',
    ['auto'],
    because(
      'Tự soi hiển thị ma trận thành bảng trên màn hình rộng và thành danh sách trên màn hình hẹp.',
      'Tự soi shows a matrix as a table on wide screens and as a list on narrow ones.',
    ),
  ),
  'matrix.rows': rendered('one labelled radiogroup per row'),
  'paneldynamic.displayMode': rendered('list, tab or carousel, each with Add and Remove'),
  'paneldynamic.showQuestionNumbers': model(
    'survey-core numbers the questions; we show the numbers',
  ),
  'paneldynamic.questionStartIndex': model(
    'survey-core numbers the questions; we show the numbers',
  ),
  // — Nested objects —
  'itemvalue.value': model('the stored value'),
  'itemvalue.text': rendered('the choice label'),
  'itemvalue.visibleIf': model('survey-core filters the visible items'),
  'itemvalue.enableIf': model('survey-core disables the item; we disable its input'),
  'itemvalue.randomize': model('whether survey-core shuffles the item with choicesOrder'),
  'itemvalue.randomizeCategory': model('groups items that survey-core shuffles together'),
  'choiceitem.showCommentArea': rendered('a details box when the choice is selected'),
  'choiceitem.isCommentRequired': model('survey-core validates'),
  'choiceitem.commentPlaceholder': rendered('placeholder of the details box'),
  'choiceitem.elements': rejected(
    'nested questions in a choice are not drawn',
    NOT_RENDERED(
      { vi: 'câu hỏi lồng trong một lựa chọn', en: 'questions nested in a choice' },
      {
        vi: 'Hãy đặt chúng thành câu hỏi riêng với "visibleIf".',
        en: 'Make them separate questions with "visibleIf".',
      },
    ),
  ),
  'checkboxitem.isExclusive': model('survey-core clears the other choices'),
  'matrixcolumn.isExclusive': noEffect('only for a checkbox matrix, which is rejected'),
  'calculatedvalue.name': model('survey-core computes it'),
  'calculatedvalue.expression': model('survey-core computes it'),
  'calculatedvalue.includeIntoResult': model('stored with the answers'),
  'regionalformat.*': model('number, date and currency formats used by the input masks'),
  'htmlconditionitem.*': otherRule(
    'only under completedHtmlOnCondition, rejected by the HTML rule',
  ),
  'urlconditionitem.*': otherRule(
    'only under navigateToUrlOnCondition, rejected by the network rule',
  ),
  'choicesByUrl.*': otherRule('only under choicesByUrl, rejected by the network rule'),
  'panellayoutcolumn.*': otherRule('only under gridLayoutColumns, rejected'),
  'trigger.*': model('survey-core runs triggers (skip turns the page, complete completes)'),
  'validator.*': model('survey-core validates; errors are rendered'),
  'masksettings.*': rendered("survey-core's input mask classes format the input"),
};

/** Classes that share the `itemvalue` entries above (their own are looked up first). */
const ITEM_CLASSES = ['choiceitem', 'checkboxitem', 'ratingitem', 'matrixcolumn'];
const GROUPS: Record<string, string> = {
  ...Object.fromEntries(ITEM_CLASSES.map((name) => [name, 'itemvalue'])),
  choiceitem: 'itemvalue',
  checkboxitem: 'choiceitem',
};

/**
 * How Tự soi supports `property` of an object of class `className` (as survey-core names it,
 * e.g. `radiogroup`, `choiceitem`, `setvaluetrigger`); undefined when nobody decided yet.
 */
export function propertySupport(className: string, property: string): PropertySupport | undefined {
  for (let name: string | undefined = familyOf(className); name; name = GROUPS[name]) {
    const found = BY_CLASS[`${name}.${property}`] ?? BY_CLASS[`${name}.*`];
    if (found) return found;
    if (name === 'itemvalue') return undefined;
  }
  return ELEMENT_CLASSES.has(className) ? BY_NAME[property] : undefined;
}

/** Triggers, validators and mask settings are looked up by family. */
function familyOf(className: string): string {
  if (className.endsWith('trigger')) return 'trigger';
  if (className.endsWith('validator')) return 'validator';
  if (className.endsWith('mask') || className === 'masksettings') return 'masksettings';
  return className;
}

/** Classes whose properties are looked up by name (after their own `class.property` entries). */
const ELEMENT_CLASSES = new Set<string>(['survey', 'page', ...RENDERED_TYPES]);

/** The rejection that applies to `value` of this property, if any. */
export function rejectionOf(
  support: PropertySupport | undefined,
  value: unknown,
): Reason | undefined {
  if (!support?.reject) return undefined;
  return support.reject.when(value) ? support.reject.reason : undefined;
}
