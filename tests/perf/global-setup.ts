import { serveDist } from '../browser/global-setup.ts';

// The performance suite needs only the built site, and runs alone so no other suite loads the CPU.
export default serveDist;
