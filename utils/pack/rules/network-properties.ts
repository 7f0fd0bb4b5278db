import { type PackIssue, packIssue } from '../issues';
import type { SurveyJson } from '../schema';
import { forEachSurveyProperty } from '../survey-properties';

/**
 * SurveyJS properties that make the form talk to a server, load something from the network
 * or leave the page. Answers never leave the device, and a request (even an image) could
 * carry them out, e.g. `"choicesByUrl": { "url": "https://…?a={bh01}" }`.
 */
const NETWORK_PROPERTIES = new Set([
  // Loads choices from a web service, with answers piped into the URL.
  'choicesByUrl',
  // Opens another page when the form is completed.
  'navigateToUrl',
  'navigateToUrlOnCondition',
  // Images fetched from a URL.
  'logo',
  'backgroundImage',
  'imageLink',
  // SurveyJS's hosted service: loading the form, posting results, partial sends.
  'surveyId',
  'surveyPostId',
  'partialSendEnabled',
  'sendResultOnPageNext',
  'surveyShowDataSaving',
  // Stores a "completed" flag in a browser cookie instead of our own storage.
  'cookieName',
]);

/** survey-core marks image-URL properties (`logo`, `imageLink`…) with the type `file`. */
const URL_TYPES = new Set(['file']);

/** No property that makes a request or navigates, anywhere in the survey. */
export function networkPropertyIssues(survey: SurveyJson, surveyPath: string): PackIssue[] {
  const issues: PackIssue[] = [];
  forEachSurveyProperty(survey, surveyPath, ({ key, path, property }) => {
    if (NETWORK_PROPERTIES.has(property.name) || URL_TYPES.has(property.type)) {
      issues.push(packIssue(path, 'survey.network-property', { property: key }));
    }
  });
  return issues;
}
