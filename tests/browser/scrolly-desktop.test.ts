import { scrollySuite } from './scrolly-suite.ts';

scrollySuite('desktop');
