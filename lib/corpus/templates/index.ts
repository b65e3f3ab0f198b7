// Every built-in skeleton: the statutory kinds first (the order of Article 8), then the
// working documents. Each goes into the default bank with no sources (they are ours).
import type { Skeleton } from '../../schema';
import { STATUTORY_TEMPLATES, type Template } from './statutory';
import { WORKING_TEMPLATES } from './working';

export type { Template };
export { STATUTORY_TEMPLATES, WORKING_TEMPLATES };

export const BUILT_IN_TEMPLATES: readonly Template[] = [...STATUTORY_TEMPLATES, ...WORKING_TEMPLATES];

export const builtInSkeletons = (): Array<Omit<Skeleton, 'id'>> => BUILT_IN_TEMPLATES.map((template) => ({ ...template, sources: [] }));
