// A worker module for the pool tests only: it fails as it loads, as a thread would that cannot start.
import { setPriority } from 'node:os';

export default setPriority;
throw new Error('this worker cannot start');
