/** What one text shows, factor by factor, as the factor tests ask it. */
import { detectFactors } from '../../src/order281/factors';

export const discretion = (text: string) => detectFactors([text]).discretion;
export const contact = (text: string) => detectFactors([text]).contact;
export const zones = (text: string) => detectFactors([text]).zoneIds;
