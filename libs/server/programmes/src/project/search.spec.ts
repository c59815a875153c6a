import { containsPattern, searchDocumentOf, searchTerms } from './search';

describe('project search', () => {
  it('segments Chinese into words and splits other text on spaces and punctuation', () => {
    expect(searchTerms('固态锂电池')).toEqual(['固态', '锂电池']);
    expect(searchTerms('Solid-state battery 储能')).toEqual(['solid', 'state', 'battery', '储能']);
  });

  it('drops function words and folds full-width characters and case', () => {
    expect(searchTerms('储能的电池')).toEqual(['储能', '电池']);
    expect(searchTerms('ＦＲＡＵＮＨＯＦＥＲ')).toEqual(['fraunhofer']);
  });

  it('keeps LIKE wildcards in a term literal', () => {
    expect(containsPattern('100%_x')).toBe('%100\\%\\_x%');
  });

  it('builds the searched text from titles, organisation and summaries', () => {
    expect(searchDocumentOf(['石墨烯', null, 'TUM', undefined])).toBe('石墨烯\ntum');
  });
});
