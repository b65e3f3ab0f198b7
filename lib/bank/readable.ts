// The file kinds 「从文档学习」 takes, for the page's pickers and drops.
export { READABLE_EXTENSIONS } from '../formats';
