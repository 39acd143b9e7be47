import detector from '../../detectors/app-install-lure';
import { testDetector } from '../helpers/detector-tester';

testDetector(detector);
