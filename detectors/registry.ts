// Every detector, one import each, in the order their findings are shown. The convention test checks that each
// file in detectors/ that defines a detector is listed here and that its id equals its file name.
import type { Detector } from './define';
import completionClaim from './completion-claim';
import feeDemand from './fee-demand';
import countdown from './countdown';
import identityBluff from './identity-bluff';
import callerId186 from './caller-id-186';
import shutterSound from './shutter-sound';
import legalThreat from './legal-threat';
import contactLure from './contact-lure';
import navigationTrap from './navigation-trap';
import scareware from './scareware';

export const DETECTORS: readonly Detector[] = [
  completionClaim,
  feeDemand,
  countdown,
  identityBluff,
  callerId186,
  shutterSound,
  legalThreat,
  contactLure,
  navigationTrap,
  scareware,
];

export type DetectorId =
  | 'completion-claim'
  | 'fee-demand'
  | 'countdown'
  | 'identity-bluff'
  | 'caller-id-186'
  | 'shutter-sound'
  | 'legal-threat'
  | 'contact-lure'
  | 'navigation-trap'
  | 'scareware';

export const DETECTOR_IDS = DETECTORS.map((d) => d.id) as DetectorId[];
