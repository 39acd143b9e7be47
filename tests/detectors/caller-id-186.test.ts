import detector from '../../detectors/caller-id-186';
import { testDetector } from '../helpers/detector-tester';
testDetector(detector);

