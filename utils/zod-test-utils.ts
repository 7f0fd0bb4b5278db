/**
 * Records every call of the global `Function` constructor (tests only). Install it before zod
 * is evaluated, from `vi.hoisted`: zod compiles parsers, and probes whether it may, with
 * `new Function` unless it is jitless, and MV3's CSP reports each as an eval violation.
 */
export function spyOnFunctionConstructor(): { calls: unknown[][] } {
  const calls: unknown[][] = [];
  globalThis.Function = new Proxy(globalThis.Function, {
    construct(target, args, newTarget) {
      calls.push(args);
      return Reflect.construct(target, args, newTarget);
    },
    apply(target, self, args) {
      calls.push(args);
      return Reflect.apply(target, self, args);
    },
  });
  return { calls };
}
