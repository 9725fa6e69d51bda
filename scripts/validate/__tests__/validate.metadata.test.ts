// Default (jsdom) environment: `@jest-environment node` breaks in the LWC preset setup
// (`Element is not defined`). The tests spawn the validate CLI (or its batch driver), which works in both.
import { BUNDLE, CLASS, FIELD, PERMSET, edit, expectFinding, removeFixtures, runCases, write, type CliResult } from './helpers';

const META = `${BUNDLE}/siHello.js-meta.xml`;
const CLASS_META = '<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"/>\n';

const CASES = {
    notWellFormed: { check: 'metadata-xml', breakIt: (root: string) => edit(root, FIELD, '<label>Stage</label>', '<label>Stage</lable>') },
    unknownElement: {
        check: 'metadata-xml',
        breakIt: (root: string) => edit(root, FIELD, '<label>Stage</label>', '<label>Stage</label>\n    <colour>Blue</colour>')
    },
    unknownNestedValueSet: {
        check: 'metadata-xml',
        breakIt: (root: string) => edit(root, FIELD, '<sorted>false</sorted>', '<sorted>false</sorted>\n            <restricted>true</restricted>')
    },
    unknownNestedFieldPermission: {
        check: 'metadata-xml',
        breakIt: (root: string) => edit(root, PERMSET, '<editable>false</editable>', '<editible>false</editible>')
    },
    repeatedAndNested: {
        check: 'metadata-xml',
        breakIt: (root: string) => edit(root, FIELD, '<type>Picklist</type>', '<type>Picklist</type>\n    <type>Text</type>\n    <description><b>x</b></description>')
    },
    wrongNamespace: {
        check: 'metadata-xml',
        breakIt: (root: string) => edit(root, `${CLASS}-meta.xml`, /ApexClass xmlns="[^"]*"/, 'ApexClass xmlns="http://example.com/metadata"')
    },
    wrongRoot: { check: 'metadata-xml', breakIt: (root: string) => edit(root, FIELD, /CustomField/g, 'CustomObject') },
    lwcTargetConfig: {
        check: 'metadata-xml',
        breakIt: (root: string) => {
            edit(root, META, '<objects>', '<objectz>');
            edit(root, META, '</objects>', '</objectz>');
        }
    },
    unconvertible: {
        check: 'convert',
        breakIt: (root: string) => write(root, 'force-app/main/default/objects/SI_Thing__c/fields/Broken__c.fild-meta.xml', CLASS_META)
    },
    strayFile: { check: 'convert', breakIt: (root: string) => write(root, 'force-app/main/default/classes/SI_Hello.txt', 'notes\n') },
    projectJson: {
        check: 'project-json',
        breakIt: (root: string) => edit(root, 'sfdx-project.json', '"namespace": ""', '"namespace": "", "sourceApiVersion2": "65.0"')
    },
    scratchDef: {
        check: 'project-json',
        breakIt: (root: string) => edit(root, 'config/project-scratch-def.json', '"edition": "Developer"', '"edition": "Ultimate"')
    },
    apexParser: { check: 'apex-parse', breakIt: (root: string) => edit(root, CLASS, 'names.add(thing.Name);', 'names.add(thing.Name)') },
    apexLexer: {
        check: 'apex-parse',
        breakIt: (root: string) => edit(root, CLASS, 'return names;', "String bad = 'a\\qb';\n        return names;")
    }
};

let results: Record<keyof typeof CASES, CliResult>;
beforeAll(() => {
    results = runCases(CASES);
}, 240_000);
afterAll(removeFixtures);

describe('metadata-xml check', () => {
    it('fails on XML that is not well-formed, with file:line', () => {
        expectFinding(results.notWellFormed, 'metadata-xml', `${FIELD}:4`, 'not well-formed XML');
    });

    it('fails on an element the type does not allow', () => {
        expectFinding(results.unknownElement, 'metadata-xml', `${FIELD}:5`, '<colour> is not an element of CustomField');
    });

    it('fails on a nested element its parent does not allow (valueSet, fieldPermissions)', () => {
        expectFinding(
            results.unknownNestedValueSet,
            'metadata-xml',
            `${FIELD}:10`,
            '<restricted> is not an element of ValueSetValuesDefinition (in CustomField/valueSet/valueSetDefinition)'
        );
        expectFinding(results.unknownNestedFieldPermission, 'metadata-xml', `${PERMSET}:8`, '<editible> is not an element of PermissionSetFieldPermissions');
    });

    it('fails on a repeated single element and on a value element holding elements', () => {
        expectFinding(results.repeatedAndNested, 'metadata-xml', `${FIELD}:6`, '<type> appears more than once');
        expectFinding(results.repeatedAndNested, 'metadata-xml', `${FIELD}:7`, '<description> holds a value, not elements');
    });

    it('fails when the namespace is wrong', () => {
        expectFinding(results.wrongNamespace, 'metadata-xml', `${CLASS}-meta.xml:2`, 'expected xmlns="http://soap.sforce.com/2006/04/metadata"');
    });

    it('fails when the root element does not match the file suffix', () => {
        expectFinding(results.wrongRoot, 'metadata-xml', `${FIELD}:2`, 'root element is <CustomObject>, but a .field-meta.xml file holds <CustomField>');
    });

    it('checks the LWC targetConfigs, which the WSDL leaves untyped', () => {
        expectFinding(results.lwcTargetConfig, 'metadata-xml', `${META}:12`, '<objectz> is not an element of LwcTargetConfig');
    });
});

describe('convert check', () => {
    it('fails on a file source conversion cannot convert, naming it', () => {
        expectFinding(results.unconvertible, 'convert', 'force-app/main/default/objects/SI_Thing__c/fields/Broken__c.fild-meta.xml', 'Unexpected child metadata');
    });

    it('fails on a file that belongs to no component (it would silently not deploy)', () => {
        expectFinding(results.strayFile, 'convert', 'force-app/main/default/classes/SI_Hello.txt', 'belongs to no metadata component');
    });
});

describe('project-json check', () => {
    it('fails on an invalid sfdx-project.json', () => {
        expectFinding(results.projectJson, 'project-json', 'sfdx-project.json', 'must NOT have additional properties "sourceApiVersion2"');
    });

    it('fails on an invalid scratch definition', () => {
        expectFinding(results.scratchDef, 'project-json', 'config/project-scratch-def.json', '/edition must be equal to one of the allowed values');
    });
});

describe('apex-parse check', () => {
    it('fails on a parser error with file:line:column', () => {
        expectFinding(results.apexParser, 'apex-parse', `${CLASS}:15:9`, "syntax error: missing ';' at '}'");
    });

    it('fails on a lexer error with file:line', () => {
        expectFinding(results.apexLexer, 'apex-parse', `${CLASS}:16`, 'syntax error: token recognition error');
    });
});
