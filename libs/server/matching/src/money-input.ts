import { Field, InputType } from '@nestjs/graphql';
import { formatMoney, parseMoney } from '@sixcan/domain';
import { DomainError, MoneyModel } from '@sixcan/server-core';
import { IsString, Matches, MaxLength } from 'class-validator';

@InputType('AmountInput', { description: 'An amount in major units with its ISO 4217 currency.' })
export class AmountInput {
  @Field({ description: 'Decimal string in major units, e.g. "1500000" or "1500000.50".' })
  @IsString()
  @MaxLength(30)
  amount!: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency!: string;
}

/** The amount in minor units, or a VALIDATION error naming the field. */
export function minorOf(input: AmountInput, field: string): bigint {
  const minor = parseMoney(input.amount, input.currency);
  if (minor === undefined)
    throw DomainError.validation(`"${input.amount}" is not an amount in ${input.currency}`, [
      {
        field,
        message: `use digits and at most the currency's decimals, never negative`,
      },
    ]);
  return minor;
}

export const moneyOf = (minor: bigint | null, currency: string | null): MoneyModel | null =>
  minor == null || !currency ? null : { amount: formatMoney(minor, currency), currency };

export const textOf = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);
