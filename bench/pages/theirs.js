/**
 * The official SurveyJS renderer (survey-js-ui with its own survey-core, both 2.5.38, loaded by
 * the <script> tags before this one) on the same survey JSON (`globalThis.benchForm`), in the
 * page's language, with the stored answers; each value change is put to IndexedDB.
 */
(() => {
  const survey = new Survey.Model(globalThis.benchForm);
  survey.locale = document.documentElement.lang;
  survey.onValueChanged.add(() => void globalThis.benchStore.save(survey.data));
  globalThis.benchStore.stored.then((stored) => {
    survey.data = stored;
    survey.render(document.getElementById('survey'));
  });
})();
