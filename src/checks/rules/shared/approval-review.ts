import type { Localized } from '../../../order281/text';

/** Why a dated approval matters: shared by the rules on the date's absence and age. */
export const APPROVAL_REVIEW: Localized = {
  ky: 'Бекитилген күнү тизме акыркы жолу качан каралганын көрсөтөт; 13-пункт боюнча тизме жылына жок дегенде бир жолу каралат.',
  ru: 'Дата утверждения показывает, когда перечень пересматривался; по пункту 13 его пересматривают не реже раза в год.',
  en: 'The approval date shows when the register was last reviewed; paragraph 13 asks for a review at least once a year.',
};
