import detector from '../../detectors/free-mail-biller';
import { testDetector } from '../helpers/detector-tester';
testDetector(detector);
