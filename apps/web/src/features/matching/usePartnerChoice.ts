import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { MyPartnersDocument, type PartnerSummaryFieldsFragment } from '../../gql/graphql';

/**
 * The partners the signed-in member acts for (the API returns only their own) and the one chosen, kept in
 * the URL (`?partner=`) so a link or a reload keeps it; the first one by default.
 */
export function usePartnerChoice(skip = false) {
  const [params, setParams] = useSearchParams();
  const query = useQuery(MyPartnersDocument, { variables: { first: 50 }, skip });
  const partners: PartnerSummaryFieldsFragment[] = query.data?.partners.edges.map((e) => e.node) ?? [];
  const wanted = params.get('partner');
  const partner = partners.find((p) => p.id === wanted) ?? partners[0];
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('partner', id);
        return next;
      },
      { replace: true },
    );
  return { partners, partner, choose, loading: query.loading, error: query.error, refetch: query.refetch };
}
