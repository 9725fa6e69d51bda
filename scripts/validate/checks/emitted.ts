import { checkEmitted } from '../../check-emitted';
import type { Check } from '../types';

const NAME = 'emitted-js';

export const emitted: Check = {
    name: NAME,
    title: 'Committed .js matches what tsconfig.build.json emits',
    async run({ root }) {
        return { findings: checkEmitted(root).map((p) => ({ check: NAME, file: p.file, message: p.message })) };
    }
};
