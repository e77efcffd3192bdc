import { it } from 'vitest';
import { parseCeacText } from '../../src/intake';
it('x', () => {
  const t = `Nonimmigrant Visa (NIV)\nApplication ID or Case Number:\tAA00ABCDE1\nCase Created:\t30-Aug-2022\nCase Last Updated:\t31-Aug-2022\nRefused\nA U.S. consular officer has adjudicated and refused your visa application. Please see the letter you received at the interview.\nPrint\tClose`;
  console.log(parseCeacText(t));
  console.log(parseCeacText('Surname: SMITH\nPassport Number: K1234567 Status: Issued'));
});
