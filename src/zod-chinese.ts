import { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';

// zod's own messages (an unknown key, a wrong type) end up in errors a person reads about their
// files, configuration, records and requests: they are in Chinese like the rest. The modules that
// validate what a person wrote take zod from here. The locale comes from its own module, not from
// z.locales: the build (bin/build.js) leaves zod's other locales out of the bundle.
z.config(zhCN());

export { z };
