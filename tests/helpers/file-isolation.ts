// Unit test files share one module graph per worker (isolate: false: imports are most of the step's time), so what one
// file changes on shared objects is put back when it ends: spies such as useLocale's and fake timers (the
// extension API stubs are WXT's own setup and stay).
import { afterAll, vi } from 'vitest';

afterAll(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});
