/**
 * The plain-JS renderer: walks the form JSON (`globalThis.benchForm`, the same survey JSON the
 * other renderers get) and builds the first page with createElement — titles, descriptions,
 * native radios, checkboxes and text boxes — with the stored answers checked. It has no
 * expression engine: an element with `visibleIf` is not drawn (in the benchmark's stored state
 * every such box is hidden in the other renderers too). Each change is put to IndexedDB.
 */
(() => {
  const survey = globalThis.benchForm;
  const locale = document.documentElement.lang;
  const text = (value) =>
    typeof value === 'object' && value !== null ? (value[locale] ?? value.default ?? '') : value;
  const choiceOf = (choice) =>
    typeof choice === 'object' && choice !== null
      ? { value: String(choice.value), text: text(choice.text ?? choice.value) }
      : { value: String(choice), text: String(choice) };

  const make = (tag, className, content) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (content !== undefined) element.textContent = content;
    return element;
  };

  const answers = {};
  const saveAll = () => globalThis.benchStore.save({ ...answers });

  const choices = (question, type) => {
    const list = make('div', 'choices');
    question.choices.forEach((raw, index) => {
      const choice = choiceOf(raw);
      const label = make('label', 'choice');
      const input = make('input');
      input.type = type;
      input.name = question.name;
      input.value = choice.value;
      input.id = `${question.name}-${index}`;
      const current = answers[question.name];
      // defaultChecked (the attribute), so the static copy of this markup keeps the answer.
      input.defaultChecked = Array.isArray(current)
        ? current.includes(choice.value)
        : current === choice.value;
      label.append(input, make('span', '', choice.text));
      list.append(label);
    });
    list.addEventListener('change', (event) => {
      const input = event.target;
      if (type === 'radio') answers[question.name] = input.value;
      else {
        const checked = list.querySelectorAll('input:checked');
        answers[question.name] = [...checked].map((box) => box.value);
      }
      void saveAll();
    });
    return list;
  };

  const textBox = (question) => {
    const box = make(question.type === 'comment' ? 'textarea' : 'input', 'text');
    box.id = `${question.name}-input`;
    if (question.rows) box.rows = question.rows;
    box.defaultValue = answers[question.name] ?? '';
    box.addEventListener('input', () => {
      answers[question.name] = box.value;
      void saveAll();
    });
    return box;
  };

  const question = (element) => {
    const frame = make('fieldset', 'question');
    const title = text(element.title) || element.name;
    const legend = make('legend', 'title', title);
    if (element.isRequired) legend.append(make('span', 'required', ' *'));
    frame.append(legend);
    if (element.description) frame.append(make('p', 'description', text(element.description)));
    if (element.type === 'radiogroup') frame.append(choices(element, 'radio'));
    else if (element.type === 'checkbox') frame.append(choices(element, 'checkbox'));
    else frame.append(textBox(element));
    return frame;
  };

  const render = () => {
    const page = survey.pages?.[0] ?? { elements: survey.elements ?? survey.questions };
    const root = make('main', 'form');
    if (page.title) root.append(make('h2', 'page-title', text(page.title)));
    if (page.description) root.append(make('p', 'description', text(page.description)));
    for (const element of page.elements) {
      if (!element.visibleIf) root.append(question(element));
    }
    document.body.append(root);
  };

  globalThis.benchStore.stored.then((stored) => {
    Object.assign(answers, stored);
    render();
  });
})();
