import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
    ConfigError,
    DEFAULT_CONFIG,
    SETTING_KEYS,
    configFromMetadata,
    configProblems,
    configToMetadata,
    validateConfig,
    type EngineConfig
} from 'c/siEngine';

function clone(config: EngineConfig): EngineConfig {
    return JSON.parse(JSON.stringify(config)) as EngineConfig;
}

describe('siEngine configuration', () => {
    it('ships a valid default configuration whose criteria can reach 100', () => {
        expect(configProblems(DEFAULT_CONFIG)).toEqual([]);
        expect(DEFAULT_CONFIG.criteria.reduce((sum, c) => sum + c.points, 0)).toBe(100);
    });

    it('reports every problem in one error', () => {
        const config = clone(DEFAULT_CONFIG);
        config.settings.Reach_Call_Points = -1;
        config.settings.Fit_Moderate_Min = 90; // overlaps Strong (81)
        config.settings.Stage_Decision_Min = 20; // below Consideration (30)
        (config.settings as Record<string, unknown>).Stage_Open_Opportunity = 'Decison';
        (config.settings as Record<string, unknown>).Mystery_Key = 3;
        (config.personas[0] as { jobFunction: string }).jobFunction = 'Wizardry';
        (config.criteria[0] as { operator: string }).operator = 'Like';
        let error: unknown;
        try {
            validateConfig(config);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ConfigError);
        const problems = (error as ConfigError).problems;
        expect(problems).toEqual(
            expect.arrayContaining([
                'setting Reach_Call_Points must not be negative, got -1',
                'fit bands overlap: Fit_Moderate_Min (90) must be below Fit_Strong_Min (81)',
                'stage thresholds out of order: Stage_Consideration_Min (30) must be below Stage_Decision_Min (20)',
                'setting Stage_Open_Opportunity: unknown stage name "Decison" (one of Target, Awareness, Consideration, Decision, Purchase)',
                'unknown setting Mystery_Key',
                expect.stringContaining('persona Economic_Buyer: unknown job function "Wizardry"'),
                expect.stringContaining('criterion Target_Industry: unknown operator "Like"')
            ])
        );
        expect(problems).toHaveLength(7);
        expect((error as Error).message).toContain('7 problems');
    });

    it('flags criteria that cannot make any account Strong, and Between without bounds', () => {
        const config = clone(DEFAULT_CONFIG);
        config.criteria = [
            {
                key: 'Size',
                label: 'Size',
                field: 'NumberOfEmployees',
                operator: 'Between',
                values: [],
                min: null,
                max: null,
                points: 40
            }
        ];
        expect(configProblems(config)).toEqual([
            'criterion Size: Between needs a min, a max or both',
            'criteria points add up to 40, below Fit_Strong_Min (81): no account could be Strong'
        ]);
    });

    it('round-trips through custom metadata records', () => {
        const metadata = configToMetadata(DEFAULT_CONFIG);
        expect(metadata.settings).toHaveLength(SETTING_KEYS.length);
        expect(metadata.personas[0]).toMatchObject({
            DeveloperName: 'Economic_Buyer',
            Job_Function__c: 'Executive',
            Active__c: true
        });
        expect(configFromMetadata(metadata)).toEqual(DEFAULT_CONFIG);
    });

    it('maps metadata: inactive records left out, sort order applied, missing settings keep defaults', () => {
        const metadata = configToMetadata(DEFAULT_CONFIG);
        metadata.personas = [
            { ...metadata.personas[1], Sort_Order__c: 5, Title_Keywords__c: ' CIO , Chief Information ' },
            { ...metadata.personas[0], Active__c: false }
        ];
        metadata.settings = [{ DeveloperName: 'Fit_Strong_Min', Value__c: 85 }];
        const config = configFromMetadata(metadata);
        expect(config.personas.map((p) => p.key)).toEqual(['Technical_Buyer']);
        expect(config.personas[0]?.titleKeywords).toEqual(['cio', 'chief information']);
        expect(config.settings.Fit_Strong_Min).toBe(85);
        expect(config.settings.Fit_Moderate_Min).toBe(DEFAULT_CONFIG.settings.Fit_Moderate_Min);
    });

    it('reports unknown setting keys and bad values from metadata instead of ignoring them', () => {
        const metadata = configToMetadata(DEFAULT_CONFIG);
        metadata.settings = [
            { DeveloperName: 'Fit_Strong_Minimum', Value__c: 80 },
            { DeveloperName: 'Reach_Window_Days', Value__c: 0 },
            { DeveloperName: 'Grade_A_Min', Value__c: null }
        ];
        metadata.criteria[0] = { ...metadata.criteria[0], Points__c: null };
        expect(() => configFromMetadata(metadata)).toThrow(ConfigError);
        let error = new ConfigError('none', []);
        try {
            configFromMetadata(metadata);
        } catch (e) {
            error = e as ConfigError;
        }
        expect(error.problems).toEqual([
            'SI_Model_Setting__mdt Fit_Strong_Minimum: unknown setting key',
            'SI_Model_Setting__mdt Reach_Window_Days: must be a whole number of at least 1, got 0',
            'SI_Model_Setting__mdt Grade_A_Min: must be a number, got null',
            'criterion Target_Industry: points must be a number',
            'criteria points add up to 70, below Fit_Strong_Min (81): no account could be Strong'
        ]);
    });

    it('documents every setting with its default in docs/ENGINE.md', () => {
        const doc = readFileSync(join(__dirname, '..', '..', '..', '..', '..', '..', 'docs', 'ENGINE.md'), 'utf8');
        for (const key of SETTING_KEYS) expect(doc).toContain(`| \`${key}\` | ${DEFAULT_CONFIG.settings[key]} |`);
    });

    it('rejects a configuration that is not an object', () => {
        expect(() => validateConfig(null, 'config.json')).toThrow('config.json has 1 problem');
    });
});
