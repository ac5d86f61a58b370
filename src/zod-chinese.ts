import { config } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

// zod's own messages (an unknown key, a wrong type) end up in errors a person reads about their
// files, configuration, records and requests: they are in Chinese like the rest. The modules that
// validate what a person wrote take zod from here. The locale comes from its own module, not from
// z.locales: the build (bin/build.js) leaves zod's other locales out of the bundle.
config(zhCN());

// Taken as a namespace (`import * as z from './zod-chinese.ts'`, as zod's own documents write it),
// so the build keeps only the parts of zod a command uses: a `z` object passed on whole would carry
// every schema type into each command that loads it.
export * from 'zod';
