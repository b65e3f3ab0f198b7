// The built-in skeletons: every statutory type and the common working documents.
import { STATUTORY_TEMPLATES, type Template } from './statutory';
import { WORKING_TEMPLATES } from './working';

export type { Template };
export const SKELETON_TEMPLATES: Template[] = [...STATUTORY_TEMPLATES, ...WORKING_TEMPLATES];
