import { describe, expect, it } from 'vitest';
import detector from '../../detectors/navigation-trap';
import { testDetector } from '../helpers/detector-tester';
import { detect } from '../helpers/page';

testDetector(detector);

describe('navigation-trap', () => {
  it('stays silent on a page without scripts', () => {
    expect(detect(detector, '<p>ようこそ</p>')).toBeNull();
  });
});
