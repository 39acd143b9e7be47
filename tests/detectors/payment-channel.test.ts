import detector from '../../detectors/payment-channel';
import { testDetector } from '../helpers/detector-tester';

testDetector(detector);
