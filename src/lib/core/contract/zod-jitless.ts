/**
 * Side effect only: turns zod's JIT off before any schema is built (import it before $lib/core/contract/schema).
 * Building an object schema probes `new Function` once; under the page's Content-Security-Policy (no
 * 'unsafe-eval') that probe, although caught, is reported as a violation. Validation results stay the same.
 */
import { config } from 'zod';

config({ jitless: true });
