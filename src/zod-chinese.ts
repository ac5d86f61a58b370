import { z } from 'zod';

// zod's own messages (an unknown key, a wrong type) end up in errors a person reads about their
// files, configuration, records and requests: they are in Chinese like the rest. The modules that
// validate what a person wrote take zod from here.
z.config(z.locales.zhCN());

export { z };
