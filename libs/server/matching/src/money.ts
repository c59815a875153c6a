/** bigint minor units in a `bigint` column (pg returns it as a string). */
export const bigintMoney = {
  to: (v: bigint | null | undefined) => (v == null ? v : v.toString()),
  from: (v: string | null) => (v == null ? null : BigInt(v)),
};
