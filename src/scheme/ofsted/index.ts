/** The Ofsted family (Ofsted, and Ofsted with the CQC for area SEND): one grade vocabulary, several kinds of report. */
import type { SchemeFamily } from '../family.js';
import { grades, outcomes } from './grades.js';
import { variants } from './variants.js';

/** The Ofsted family's data. */
export const ofsted: SchemeFamily = {
  id: 'ofsted', name: 'Ofsted and CQC inspections', inspectorates: ['Ofsted', 'Care Quality Commission'], variants, grades, outcomes,
};
