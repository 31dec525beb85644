import type { CorePolicyKey, CorePolicyValue, PerYear, PolicyBasis } from '@youyu/contracts';

/** A shipped value must have its key's type: a typo in a key or a wrong type fails to compile. */
export type ShippedValues = { [K in CorePolicyKey]?: { value: CorePolicyValue<K>; basis: PolicyBasis; loosensReason: null } };

export type ShippedProfile = {
  /** Stable name of this shipped version; installing again finds it and skips it. */
  shippedKey: string;
  jurisdictionCode: string;
  effectiveFrom: string;
  values: ShippedValues;
};

export type Document = { document: string; isSecondHand?: boolean };

/** The basis of a value: the document, the article or section where known, and an optional note. */
export function cite(source: Document, article: string | null = null, note?: string): PolicyBasis {
  return { document: source.document, article, isSecondHand: source.isSecondHand ?? false, note: null, noteKey: note ? `policies:notes.${note}` : null };
}

export function entry<const V>(value: V, basis: PolicyBasis) {
  return { value, basis, loosensReason: null };
}

/** Targets by year: 2023–2025 always listed, a year the plan does not set stays null, never guessed. */
export function byYear(values: Record<number, number>): PerYear {
  return { 2023: null, 2024: null, 2025: null, ...values };
}
