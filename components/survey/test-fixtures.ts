/** Small SurveyJS surveys for the renderer tests, shaped like the NQ 04 checklist. */

const answers = [
  { value: 'khong', text: { vi: 'Không có', en: 'No' } },
  { value: 'mot-phan', text: { vi: 'Có biểu hiện một phần', en: 'Partly' } },
  { value: 'co', text: { vi: 'Có biểu hiện', en: 'Yes' } },
];

function manifestation(name: string, vi: string, en?: string) {
  return [
    {
      type: 'radiogroup',
      name,
      isRequired: true,
      colCount: 0,
      title: en ? { vi, en } : { vi },
      choices: answers,
    },
    {
      type: 'comment',
      name: `${name}-khac-phuc`,
      title: { vi: 'Biện pháp khắc phục', en: 'Remedial measures' },
      maxLength: 20,
      visibleIf: `{${name}} notempty and {${name}} != 'khong'`,
    },
  ];
}

/** Two pages, one required manifestation each, progress counted on required questions. */
export const checklist = {
  progressBarType: 'requiredQuestions',
  pages: [
    {
      name: 'nhom-1',
      title: { vi: 'Nhóm I. Tư tưởng chính trị', en: 'Group I. Political ideology' },
      elements: manifestation('tt1', 'Phai nhạt lý tưởng', 'Fading ideals'),
    },
    { name: 'nhom-2', elements: manifestation('dd1', 'Cá nhân chủ nghĩa') },
  ],
};
