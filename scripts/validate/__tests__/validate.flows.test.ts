// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE, edit, expectFinding, removeFixtures, runCases, type CliResult } from './helpers';

const FLOW = 'force-app/main/default/flows/SI_Notify_Thing_Owner.flow-meta.xml';
const SOURCE = readFileSync(join(FIXTURE, FLOW), 'utf8');

/** `FLOW:line` of the first line of the valid fixture's flow that contains `text`. */
function at(text: string): string {
    const index = SOURCE.split('\n').findIndex((l) => l.includes(text));
    if (index < 0) throw new Error(`${text} is not in ${FLOW}`);
    return `${FLOW}:${index + 1}`;
}

const CASES = {
    order: {
        check: 'flows',
        breakIt: (root: string) => {
            edit(root, FLOW, '    <environments>Default</environments>\n', '');
            edit(root, FLOW, '</Flow>', '    <environments>Default</environments>\n</Flow>');
        }
    },
    connector: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(root, FLOW, /(<assignments>[\s\S]*?)Get_Notification_Type(<\/targetReference>)/, '$1Get_Type$2')
    },
    unreached: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(
                root,
                FLOW,
                '    <decisions>',
                '    <assignments>\n        <name>Leftover</name>\n        <label>Leftover</label>\n        <locationX>0</locationX>\n        <locationY>0</locationY>\n    </assignments>\n    <decisions>'
            )
    },
    references: {
        check: 'flows',
        breakIt: (root: string) => {
            edit(root, FLOW, '<leftValueReference>$Record.Owner_Id__c', '<leftValueReference>$Record.Owner__c');
            edit(
                root,
                FLOW,
                '<elementReference>Recipient_Ids</elementReference>',
                '<elementReference>Recipients</elementReference>'
            );
            edit(root, FLOW, '{!$Record.Thing_Name__c}', '{!$Records.Thing_Name__c}');
        }
    },
    duplicate: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(
                root,
                FLOW,
                '</Flow>',
                '    <variables>\n        <name>Title</name>\n        <dataType>String</dataType>\n        <isCollection>false</isCollection>\n        <isInput>false</isInput>\n        <isOutput>false</isOutput>\n    </variables>\n</Flow>'
            )
    },
    startMissing: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(root, FLOW, '<object>SI_Thing_Changed__e</object>', '<object>SI_Gone__e</object>')
    },
    startNotEvent: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(root, FLOW, '<object>SI_Thing_Changed__e</object>', '<object>SI_Thing__c</object>')
    },
    notificationType: {
        check: 'flows',
        breakIt: (root: string) =>
            edit(root, FLOW, '<stringValue>SI_Thing_Changed</stringValue>', '<stringValue>SI_Thing_Gone</stringValue>')
    },
    actionInputs: {
        check: 'flows',
        breakIt: (root: string) => {
            edit(root, FLOW, /\s*<inputParameters>\s*<name>targetId<\/name>[\s\S]*?<\/inputParameters>/, '');
            edit(root, FLOW, /\s*<inputParameters>\s*<name>title<\/name>[\s\S]*?<\/inputParameters>/, '');
        }
    },
    active: {
        check: 'flows',
        breakIt: (root: string) => edit(root, FLOW, '<status>Draft</status>', '<status>Active</status>')
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('flows check', () => {
    it('fails on a top-level element out of the Metadata API order', () => {
        expectFinding(results.order, 'flows', FLOW, '<environments> comes after <variables>');
        expect(results.order.failures).toHaveLength(1);
    });

    it('fails on a connector to an element that does not exist, and names what it leaves unreached', () => {
        expectFinding(
            results.connector,
            'flows',
            FLOW,
            'Add_Owner: a connector goes to Get_Type, which is not an element of this flow'
        );
        expectFinding(
            results.connector,
            'flows',
            at('    <recordLookups>'),
            'Get_Notification_Type (<recordLookups>) is not reached from the start'
        );
        expectFinding(
            results.connector,
            'flows',
            at('    <actionCalls>'),
            'Notify_Owner (<actionCalls>) is not reached from the start'
        );
        expect(results.connector.failures).toHaveLength(3);
    });

    it('fails on an element nothing connects to', () => {
        expectFinding(results.unreached, 'flows', FLOW, 'Leftover (<assignments>) is not reached from the start');
        expect(results.unreached.failures).toHaveLength(1);
    });

    it('fails on a missing field of the trigger object, a missing resource and an unknown global', () => {
        expectFinding(
            results.references,
            'flows',
            at('<leftValueReference>$Record.Owner_Id__c'),
            '$Record.Owner__c: SI_Thing_Changed__e.Owner__c is not a field of this project'
        );
        expectFinding(results.references, 'flows', FLOW, 'Recipients is not a resource or element of this flow');
        expectFinding(
            results.references,
            'flows',
            at('{!$Record.Thing_Name__c}'),
            '$Records.Thing_Name__c names an unknown global ($Records)'
        );
        expect(results.references.failures).toHaveLength(3);
    });

    it('fails on two elements with one API name', () => {
        expectFinding(results.duplicate, 'flows', FLOW, 'two elements are named Title');
        expect(results.duplicate.failures).toHaveLength(1);
    });

    it('fails on a trigger object that is not in the project, and on a platform-event trigger on a record object', () => {
        expectFinding(
            results.startMissing,
            'flows',
            at('<object>SI_Thing_Changed__e'),
            'object SI_Gone__e is not in this project'
        );
        expect(results.startMissing.failures).toHaveLength(1);
        expectFinding(
            results.startNotEvent,
            'flows',
            FLOW,
            'a PlatformEvent trigger needs a platform event (an __e object), not "SI_Thing__c"'
        );
        // The field references of $Record now name SI_Thing__c, which has none of them.
        expectFinding(
            results.startNotEvent,
            'flows',
            FLOW,
            '$Record.Owner_Id__c: SI_Thing__c.Owner_Id__c is not a field of this project'
        );
    });

    it('fails on a lookup of a notification type the project does not ship', () => {
        expectFinding(
            results.notificationType,
            'flows',
            FLOW,
            'looks up notification type SI_Thing_Gone, which this project does not ship'
        );
        expect(results.notificationType.failures).toHaveLength(1);
    });

    it('fails on a Send Custom Notification action without its required inputs', () => {
        expectFinding(
            results.actionInputs,
            'flows',
            at('<actionCalls>'),
            'Notify_Owner: the Send Custom Notification action needs title, targetId or targetPageRef'
        );
    });

    it('fails on a flow that ships active', () => {
        expectFinding(results.active, 'flows', at('<status>'), "status Active: this project's Flows ship inactive");
        expect(results.active.failures).toHaveLength(1);
    });
});
