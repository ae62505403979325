/**
 * `Faked<Real, 'a' | 'b', Swap>`: the methods a fake implements, with parameter types taken
 * from @types/google-apps-script so a fake cannot drift from the real signature; return types
 * are mapped to the fake classes (a fake Range returns a fake Range, not a full Range).
 * Overloaded methods (`infer` sees only the last overload) are declared by hand in the fakes.
 */
export type Faked<Real, K extends keyof Real, Swap> = {
  [P in K]: Real[P] extends (...args: infer A) => infer R ? (...args: A) => SwapReturn<R, Swap> : never;
};

type SwapReturn<R, Swap> = R extends readonly (infer E)[] ? SwapOne<E, Swap>[] : SwapOne<R, Swap>;

type SwapOne<R, Swap> = Swap extends [infer From, infer To, ...infer Rest]
  ? R extends From
    ? To
    : SwapOne<R, Rest>
  : R;
