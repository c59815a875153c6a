import { BidTerms as DomainBidTerms, formatMoney, validateBid } from '@sixcan/domain';
import { DomainError } from '@sixcan/server-core';
import { minorOf, moneyOf, textOf } from '../money-input';
import { Bid, BidTerms } from './bid.entity';
import { BidTermsInput, BidTermsModel } from './bid.models';

const FIELD: Record<string, string> = {
  investmentMinor: 'input.investment.amount',
  subsidyMinor: 'input.subsidy.amount',
  currency: 'input.investment.currency',
  equityPercent: 'input.equityPercent',
  spaceM2: 'input.spaceM2',
  rentFreeMonths: 'input.rentFreeMonths',
  otherTerms: 'input.otherTerms',
  validUntil: 'input.validUntil',
  terms: 'input',
};

/** The terms of the input, checked by the domain's rules, or a VALIDATION error naming every problem. */
export function termsOf(input: BidTermsInput, now: Date): DomainBidTerms {
  if (input.investment && input.subsidy && input.investment.currency !== input.subsidy.currency)
    throw DomainError.validation('Give the investment and the subsidy in one currency', [
      { field: 'input.subsidy.currency', message: `use ${input.investment.currency}` },
    ]);
  const terms: DomainBidTerms = {
    currency: input.investment?.currency ?? input.subsidy?.currency ?? null,
    investmentMinor: input.investment ? minorOf(input.investment, 'input.investment.amount') : null,
    equityPercent: input.equityPercent ?? null,
    spaceM2: input.spaceM2 ?? null,
    rentFreeMonths: input.rentFreeMonths ?? null,
    subsidyMinor: input.subsidy ? minorOf(input.subsidy, 'input.subsidy.amount') : null,
    otherTerms: textOf(input.otherTerms),
    validUntil: input.validUntil,
  };
  const issues = validateBid(terms, now);
  if (issues.length)
    throw DomainError.validation(
      `The offer is not valid: ${issues.map((i) => i.message).join('; ')}`,
      issues.map((i) => ({ field: FIELD[i.field] ?? `input.${i.field}`, message: i.message })),
    );
  return terms;
}

/** The columns of a bid holding these terms. */
export const columnsOf = (t: DomainBidTerms) => ({
  investmentMinor: t.investmentMinor ?? null,
  currency: t.currency ?? null,
  equityPercent: t.equityPercent ?? null,
  spaceM2: t.spaceM2 ?? null,
  rentFreeMonths: t.rentFreeMonths ?? null,
  subsidyMinor: t.subsidyMinor ?? null,
  otherTerms: t.otherTerms ?? null,
  validUntil: t.validUntil ?? null,
});

/** The history snapshot of a bid's current terms. */
export const snapshotOf = (b: Bid): BidTerms => ({
  investmentMinor: b.investmentMinor?.toString() ?? null,
  currency: b.currency,
  equityPercent: b.equityPercent,
  spaceM2: b.spaceM2,
  rentFreeMonths: b.rentFreeMonths,
  subsidyMinor: b.subsidyMinor?.toString() ?? null,
  otherTerms: b.otherTerms,
  validUntil: b.validUntil?.toISOString() ?? null,
});

export const termsModelOf = (t: BidTerms): BidTermsModel => ({
  investment: moneyOf(t.investmentMinor == null ? null : BigInt(t.investmentMinor), t.currency),
  equityPercent: t.equityPercent,
  spaceM2: t.spaceM2,
  rentFreeMonths: t.rentFreeMonths,
  subsidy: moneyOf(t.subsidyMinor == null ? null : BigInt(t.subsidyMinor), t.currency),
  otherTerms: t.otherTerms,
  validUntil: t.validUntil ? new Date(t.validUntil) : null,
});

export const amountText = (minor: bigint | null, currency: string | null) =>
  minor == null || !currency ? '' : `${formatMoney(minor, currency)} ${currency}`;
