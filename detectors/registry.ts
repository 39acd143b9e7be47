// Every detector, one import each, in the order their findings are shown. The convention test checks that each
// file in detectors/ that defines a detector is listed here and that its id equals its file name.
import completionClaim from './completion-claim';
import feeDemand from './fee-demand';
import countdown from './countdown';
import identityBluff from './identity-bluff';
import callerId186 from './caller-id-186';
import shutterSound from './shutter-sound';
import legalThreat from './legal-threat';
import contactLure from './contact-lure';
import paymentChannel from './payment-channel';
import navigationTrap from './navigation-trap';
import scareware from './scareware';
import extortionThreat from './extortion-threat';
import appInstallLure from './app-install-lure';
import collectorDemand from './collector-demand';
import consultationFee from './consultation-fee';
import pictureChannel from './picture-channel';
import freeMailBiller from './free-mail-biller';

export const DETECTORS = [
  completionClaim,
  feeDemand,
  countdown,
  identityBluff,
  callerId186,
  shutterSound,
  legalThreat,
  contactLure,
  paymentChannel,
  navigationTrap,
  scareware,
  extortionThreat,
  appInstallLure,
  collectorDemand,
  consultationFee,
  pictureChannel,
  freeMailBiller,
] as const;

/** The public ids (reports, settings, history): the registry's own, never typed by hand. */
export type DetectorId = (typeof DETECTORS)[number]['id'];

export const DETECTOR_IDS = DETECTORS.map((d) => d.id) as DetectorId[];
