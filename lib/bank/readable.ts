// The file kinds 「从文档学习」 takes, in a module of their own so the options page can show
// them without bundling the readers (those load in the worker, only when files are picked).
import { DOCUMENT_EXTENSIONS } from './documents';

export const READABLE_EXTENSIONS: readonly string[] = DOCUMENT_EXTENSIONS;
