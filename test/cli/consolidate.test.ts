import { bodyName, riskKey } from '../../src/cli/consolidate';

describe('riskKey', () => {
  it('reads the same risk alike across case, spacing, punctuation, footnote marks, look-alike letters and word order', () => {
    const key = riskKey('Тендердик комиссиянын мүчөсү тарабынан катышуучуга артыкчылык берүү');
    expect(riskKey('  ТЕНДЕРДИК комиссиянын мүчөсү тарабынан, катышуучуга артыкчылык берүү(**). ')).toBe(key);
    // Latin «a», «o», «e» typed inside Cyrillic words, and Kyrgyz letters typed without ү/ө.
    expect(riskKey('Тендердик комиссиянын мучосу тарабынан катышуучуга артыкчылык беруу'.replace(/а/g, 'a'))).toBe(key);
    expect(riskKey('катышуучуга артыкчылык берүү тендердик комиссиянын мүчөсү тарабынан')).toBe(key);
    expect(riskKey('Тендердик комиссиянын мүчөсү тарабынан катышуучуга пара талап кылуу')).not.toBe(key);
    expect(riskKey('  ')).toBe('');
  });
});

describe('bodyName', () => {
  it('is the file name without .xlsx', () => {
    expect(bodyName('in/Минэкономики.XLSX')).toBe('Минэкономики');
  });
});
