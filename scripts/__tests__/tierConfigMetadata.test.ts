// The shipped SI_Readiness_Item__mdt and SI_ABM_Tier__mdt records are the engine's defaults: parsed from the
// XML in force-app they give exactly DEFAULT_READINESS_ITEMS and DEFAULT_TIERS; one changed record breaks that.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_READINESS_ITEMS, DEFAULT_TIERS } from '../../force-app/main/default/lwc/siEngine/siEngine';
import { loadTierConfig } from '../../org/config/tierConfig';
import { compareRecords, renderDefaultRecords } from '../generate-config-metadata';

const SHIPPED = resolve(__dirname, '../../force-app/main/default/customMetadata');

describe('shipped readiness and tier custom metadata', () => {
    const scratch: string[] = [];
    afterEach(() => {
        for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
    });

    it('reads back as the engine defaults', () => {
        const config = loadTierConfig(SHIPPED);
        expect(config.defaulted).toEqual([]);
        expect(config.readinessItems).toEqual(DEFAULT_READINESS_ITEMS);
        expect(config.tiers).toEqual(DEFAULT_TIERS);
    });

    it('is what generate:config writes', () => {
        const expected = renderDefaultRecords();
        expect([...expected.keys()].filter((f) => /^SI_(Readiness_Item|ABM_Tier)\./.test(f))).toHaveLength(12);
        expect(compareRecords(SHIPPED, expected)).toEqual([]);
    });

    it('a changed record is a difference, and a bad one an error naming the record and field', () => {
        const dir = mkdtempSync(join(tmpdir(), 'si-tier-cmdt-'));
        scratch.push(dir);
        cpSync(SHIPPED, dir, { recursive: true });
        const file = join(dir, 'SI_Readiness_Item.SDR.md-meta.xml');
        writeFileSync(
            file,
            readFileSync(file, 'utf8').replace(
                '<value xsi:type="xsd:double">10</value>',
                '<value xsi:type="xsd:double">-1</value>'
            )
        );
        expect(compareRecords(dir, renderDefaultRecords())).toEqual(['changed SI_Readiness_Item.SDR.md-meta.xml']);
        expect(() => loadTierConfig(dir)).toThrow('SI_Readiness_Item__mdt SDR: Weight__c must not be negative, got -1');
    });
});
