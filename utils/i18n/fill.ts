export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; one without a value stays as it is, so a gap shows. */
export function fillTemplate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
