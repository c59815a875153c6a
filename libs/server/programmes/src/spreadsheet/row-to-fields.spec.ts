import { CooperationMode, IpStatus, SixCan } from '@sixcan/domain';
import { readSpreadsheet } from './read-rows';
import { columnForDomainField, rowToProject } from './row-to-fields';
import { PROGRAMME, table, validCells, xlsxOf } from './spreadsheet.test-helpers';

const submit = { forSubmission: true };

describe('rowToProject', () => {
  it('converts a complete row to project fields without issues', () => {
    const { fields, issues } = rowToProject({ cells: validCells() }, PROGRAMME, submit);
    expect(issues).toEqual([]);
    expect(fields).toMatchObject({
      title: { zh: '氢燃料电池电堆 1', en: 'Hydrogen fuel-cell stack 1' },
      organizationName: '清华大学 Tsinghua University',
      sectorCode: 'ENERGY',
      country: 'CN',
      trl: 7,
      ipStatus: IpStatus.PATENT_GRANTED,
      cooperationModes: [CooperationMode.LICENSING, CooperationMode.RD_COOPERATION],
      fundingAmountMinor: 150000050n,
      fundingCurrency: 'CNY',
      contactPhone: null,
      selfAssessment: [{ can: SixCan.ATTEND, claim: '负责人可赴德路演', evidence: null }],
      applicantEmail: null,
    });
  });

  it('accepts sector names, country names and labels', () => {
    const cells = {
      ...validCells(),
      sectorCode: ' biomedicine ',
      country: 'Germany',
      ipStatus: 'patent pending',
      cooperationModes: 'TECH_TRANSFER；股权投资, Joint venture',
      fundingAmount: '¥2,000',
    };
    const { fields, issues } = rowToProject({ cells }, PROGRAMME, submit);
    expect(issues).toEqual([]);
    expect(fields.sectorCode).toBe('BIO');
    expect(fields.country).toBe('DE');
    expect(fields.ipStatus).toBe(IpStatus.PATENT_PENDING);
    expect(fields.cooperationModes).toEqual([
      CooperationMode.TECH_TRANSFER,
      CooperationMode.EQUITY_INVESTMENT,
      CooperationMode.JOINT_VENTURE,
    ]);
    expect(fields.fundingAmountMinor).toBe(200000n);
    expect(rowToProject({ cells: { ...cells, country: '德国' } }, PROGRAMME, submit).fields.country).toBe(
      'DE',
    );
  });

  it('reads TRL 7 written as "TRL-7" or "TRL：7", and refuses a negative level instead of dropping its sign', () => {
    for (const trl of ['TRL-7', 'trl 7', 'TRL：7', '7.0'])
      expect(rowToProject({ cells: { ...validCells(), trl } }, PROGRAMME, submit).fields.trl).toBe(7);
    for (const trl of ['-3', ':3', '- 7']) {
      const { issues } = rowToProject({ cells: { ...validCells(), trl } }, PROGRAMME, submit);
      expect(issues).toEqual([
        { field: 'trl', message: expect.stringContaining(`"${trl}" is not a technology readiness level`) },
      ]);
    }
  });

  it('names the column of each conversion and domain issue', () => {
    const cells = {
      ...validCells(),
      titleZh: '',
      titleEn: '',
      trl: 'seven',
      ipStatus: 'Patented maybe',
      cooperationModes: 'Licensing, Franchise',
      fundingAmount: '-5',
      country: 'XX',
      applicantEmail: 'not-an-email',
      claimATTEND: '',
      evidenceLAND: 'Factory lease',
    };
    const { issues } = rowToProject({ cells }, PROGRAMME, submit);
    expect(issues).toEqual([
      { field: 'titleZh', message: 'a title in Chinese or English is required' },
      { field: 'country', message: '"XX" is not an ISO 3166-1 country code' },
      { field: 'trl', message: expect.stringContaining('"seven" is not a technology readiness level') },
      { field: 'ipStatus', message: expect.stringContaining('unknown IP status "Patented maybe"') },
      { field: 'cooperationModes', message: expect.stringContaining('unknown cooperation mode "Franchise"') },
      { field: 'fundingAmount', message: 'the amount cannot be negative' },
      { field: 'applicantEmail', message: '"not-an-email" is not an e-mail address' },
      { field: 'claimATTEND', message: 'this can is mandatory: state your claim' },
      { field: 'claimLAND', message: 'state the claim this evidence supports' },
    ]);
  });

  it('asks for a currency, and only checks required fields for submission', () => {
    const cells = { titleEn: 'Draft idea', organizationName: 'DLR', fundingAmount: '100' };
    expect(rowToProject({ cells }, PROGRAMME, { forSubmission: false }).issues).toEqual([
      { field: 'fundingCurrency', message: 'give the currency of the amount' },
    ]);
    const fields = rowToProject({ cells }, PROGRAMME, submit).issues.map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['summaryZh', 'sectorCode', 'contactEmail', 'claimATTEND']),
    );
  });

  it('rejects too many decimals and unknown currencies', () => {
    const jpy = rowToProject(
      { cells: { ...validCells(), fundingCurrency: 'JPY', fundingAmount: '10.5' } },
      PROGRAMME,
      submit,
    );
    expect(jpy.issues).toEqual([
      { field: 'fundingAmount', message: expect.stringContaining('at most 0 decimals') },
    ]);
    const bad = rowToProject({ cells: { ...validCells(), fundingCurrency: 'RMB' } }, PROGRAMME, submit);
    expect(bad.issues).toEqual([
      { field: 'fundingCurrency', message: '"RMB" is not an ISO 4217 currency code' },
    ]);
  });

  it('maps domain field names to column keys', () => {
    expect(columnForDomainField('title')).toBe('titleZh');
    expect(columnForDomainField('summary.en')).toBe('summaryEn');
    expect(columnForDomainField('fundingAsk')).toBe('fundingAmount');
    expect(columnForDomainField('selfAssessment.CROSS_BORDER.evidence')).toBe('evidenceCROSS_BORDER');
    expect(columnForDomainField('country')).toBe('country');
  });

  it('reports row numbers and column keys for a file with 3 bad rows', async () => {
    const bytes = await xlsxOf(
      table([
        validCells(1),
        { ...validCells(2), country: 'Atlantis' },
        validCells(3),
        { ...validCells(4), trl: '12', contactEmail: 'li.na@' },
        { ...validCells(5), sectorCode: 'SPACE' },
      ]),
    );
    const { rows } = await readSpreadsheet(bytes, 'xlsx');
    const problems = rows.flatMap((row) =>
      rowToProject(row, PROGRAMME, submit).issues.map((i) => ({ rowNumber: row.rowNumber, field: i.field })),
    );
    expect(problems).toEqual([
      { rowNumber: 3, field: 'country' },
      { rowNumber: 5, field: 'trl' },
      { rowNumber: 5, field: 'contactEmail' },
      { rowNumber: 6, field: 'sectorCode' },
    ]);
  });
});
