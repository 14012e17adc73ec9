/**
 * Recurring weaknesses outside the codebook (data only). They avoid the codebook's vocabulary
 * (strategy, budget, training, users, contract, web, performance ...) on purpose.
 */
import type { EmergingId } from './types.js';

export const EMERGING: Record<EmergingId, { weak: string[]; rec: string[] }> = {
  'business-continuity': {
    weak: [
      'There is no tested plan for restoring the council\'s main computers if the machine room were lost to fire or flood.',
      'Back-up tapes are kept in the same room as the servers they protect.',
      'Disaster recovery arrangements have never been rehearsed, and the standby arrangement with a recovery site lapsed in {py}.',
      'If the machine room at the civic centre failed, the council could not pay its staff or collect rents for several weeks.',
      'Nobody has worked out how long each department could manage without its computers, or in what order they should be brought back.',
      'Payroll and benefits processing run on a single server with no standby machine and no agreed fallback procedure.',
      'Arrangements for keeping essential services running after a major fire, flood or power cut are out of date.',
      'The contingency arrangements drawn up for the Year 2000 were allowed to lapse and have not been replaced.',
      'There is no off-site copy of the council\'s main databases, and restoring them from tape has never been tried.',
    ],
    rec: [
      'Draw up and rehearse a disaster recovery plan for the council\'s key computers, with copies of data held off site.',
      'Assess how long each department could cope without its computers, and set recovery priorities accordingly.',
    ],
  },
  'records-management': {
    weak: [
      'Paper files and scanned documents are kept in many different places, and nobody is sure which copy is the master.',
      'The council has no retention schedule, so files are kept indefinitely or destroyed at random.',
      'Case files in {dept} are stored in cardboard boxes in a basement that floods.',
      'There is no policy on what should be kept, for how long, or who is responsible for it.',
      'Staff could not find key documents we asked for, including the signed copy of the agreement with {supplier}.',
      'Shared network drives hold thousands of unindexed documents, many of them duplicates.',
      'Filing practices differ from office to office, and archived files are not catalogued.',
      'The council has not prepared for the new duties on access to records that the Freedom of Information Act will bring.',
      'Nobody owns the job of looking after the council\'s files and archives.',
    ],
    rec: [
      'Appoint a records manager and adopt a retention schedule for paper and scanned files.',
      'Catalogue archived files and agree one filing scheme across the council.',
    ],
  },
};
