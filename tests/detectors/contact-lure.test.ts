import detector from '../../detectors/contact-lure';
import { testDetector } from '../helpers/detector-tester';
testDetector(detector);

