import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { missingField, namespaced, own, readProject, type Project } from '../metadata/projectModel';
import { parseXmlTree, type XmlElement } from '../metadata/xmlTree';
import { packageFiles, rel } from '../project';
import type { Check, Finding } from '../types';

/**
 * What Flow Builder or a deploy rejects in a Flow, or what would make a shipped Flow misbehave, checked
 * offline (the metadata-xml check only knows which elements a Flow may hold):
 * - the Metadata API writes a Flow's top-level elements in alphabetical order, and a deploy names an element
 *   out of sequence ("invalid at this location");
 * - every element has a unique API name; every connector goes to an element of the flow; every element is
 *   reached from the start (an unconnected element is a leftover that never runs);
 * - every reference (`elementReference`, `leftValueReference`, `assignToReference` and `{!...}` merge fields in
 *   formulas, text templates and labels) names a resource of the flow or a global (`$Record`, `$Flow`, ...);
 *   `$Record.X__c` and `Get_Records.X__c` name fields this project defines on that object;
 * - the start's object exists in this project when it is one of ours, and a platform-event trigger names a
 *   platform event (`__e`);
 * - a lookup of `CustomNotificationType` by `DeveloperName` names a notification type this project ships,
 *   and a Send Custom Notification action gives the inputs the action requires (customNotifTypeId,
 *   recipientIds, title, body, and targetId or targetPageRef: Actions Developer Guide, Custom Notification
 *   Actions);
 * - this project's Flows ship inactive (status Draft): an admin turns each on (README, "Qualified-account
 *   points").
 * Standard objects and fields, and other packages' (`ns__`) components, may exist in the org: not reported.
 */
const NAME = 'flows';

/** Top-level elements that are nodes of the flow's graph (they can be connected to and run). */
const NODES = new Set([
    'actionCalls',
    'apexPluginCalls',
    'assignments',
    'collectionProcessors',
    'customErrors',
    'decisions',
    'loops',
    'orchestratedStages',
    'recordCreates',
    'recordDeletes',
    'recordLookups',
    'recordRollbacks',
    'recordUpdates',
    'screens',
    'steps',
    'subflows',
    'transforms',
    'waits'
]);
/** Top-level resources: named, referenced, not connected. */
const RESOURCES = new Set([
    'choices',
    'constants',
    'dynamicChoiceSets',
    'formulas',
    'stages',
    'textTemplates',
    'variables'
]);
const CONNECTORS = new Set([
    'connector',
    'defaultConnector',
    'faultConnector',
    'nextValueConnector',
    'noMoreValuesConnector',
    'timeoutConnector'
]);
const REFERENCE_TAGS = new Set([
    'elementReference',
    'leftValueReference',
    'assignToReference',
    'assignRecordIdToReference',
    'outputReference',
    'collectionReference'
]);
/** Elements whose text may hold `{!merge}` fields. */
const MERGE_TAGS = new Set(['expression', 'text', 'interviewLabel', 'stringValue', 'fieldText', 'errorMessage']);
const GLOBALS = new Set([
    '$Api',
    '$Client',
    '$Flow',
    '$GlobalConstant',
    '$Label',
    '$Organization',
    '$Permission',
    '$Profile',
    '$Record',
    '$Record__Prior',
    '$Setup',
    '$System',
    '$User',
    '$UserRole'
]);
const NOTIFICATION_INPUTS = ['customNotifTypeId', 'recipientIds', 'title', 'body'];

type Report = (message: string, line?: number) => void;

const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);
const childText = (el: XmlElement, name: string): string => child(el, name)?.text ?? '';
const walk = (el: XmlElement, visit: (e: XmlElement) => void): void => {
    visit(el);
    for (const c of el.children) walk(c, visit);
};

interface FlowModel {
    root: XmlElement;
    /** API name -> the top-level element (node or resource) of that name. */
    named: Map<string, XmlElement>;
    startObject: string;
}

function checkOrder(root: XmlElement, report: Report): void {
    let previous = '';
    for (const el of root.children) {
        if (el.name < previous)
            report(
                `<${el.name}> comes after <${previous}>: the Metadata API orders a Flow's top-level elements alphabetically`,
                el.line
            );
        else previous = el.name;
    }
}

function checkNames(root: XmlElement, report: Report): Map<string, XmlElement> {
    const named = new Map<string, XmlElement>();
    for (const el of root.children) {
        if (!NODES.has(el.name) && !RESOURCES.has(el.name)) continue;
        const name = childText(el, 'name');
        if (!name) {
            report(`<${el.name}> has no <name>`, el.line);
            continue;
        }
        const before = named.get(name);
        if (before)
            report(
                `two elements are named ${name} (<${before.name}> at line ${before.line} and <${el.name}>): API names are unique in a flow`,
                el.line
            );
        else named.set(name, el);
    }
    return named;
}

/** The connector targets of an element, with the line of each. */
function targets(el: XmlElement): Array<{ target: string; line: number }> {
    const out: Array<{ target: string; line: number }> = [];
    walk(el, (e) => {
        if (!CONNECTORS.has(e.name)) return;
        const target = childText(e, 'targetReference');
        if (target) out.push({ target, line: e.line });
    });
    return out;
}

function checkGraph(model: FlowModel, start: XmlElement | undefined, report: Report): void {
    const startRef = childText(model.root, 'startElementReference');
    if (!start && !startRef) {
        report('no <start> (or <startElementReference>): the flow has no first element');
        return;
    }
    const edges = new Map<string, string[]>();
    for (const [name, el] of model.named) {
        if (!NODES.has(el.name)) continue;
        const next: string[] = [];
        for (const { target, line } of targets(el)) {
            if (!model.named.has(target) || !NODES.has(model.named.get(target)?.name ?? ''))
                report(`${name}: a connector goes to ${target}, which is not an element of this flow`, line);
            else next.push(target);
        }
        edges.set(name, next);
    }
    const first: string[] = [];
    if (startRef) first.push(startRef);
    if (start) {
        for (const { target, line } of targets(start)) {
            if (!model.named.has(target))
                report(`<start>: its connector goes to ${target}, which is not an element of this flow`, line);
            else first.push(target);
        }
    }
    const reached = new Set<string>();
    const queue = [...first];
    while (queue.length > 0) {
        const name = queue.shift() as string;
        if (reached.has(name)) continue;
        reached.add(name);
        queue.push(...(edges.get(name) ?? []));
    }
    for (const [name, el] of model.named) {
        if (NODES.has(el.name) && !reached.has(name))
            report(
                `${name} (<${el.name}>) is not reached from the start: nothing connects to it, so it never runs`,
                el.line
            );
    }
}

function checkStart(project: Project, start: XmlElement | undefined, report: Report): string {
    if (!start) return '';
    const object = childText(start, 'object');
    const trigger = childText(start, 'triggerType');
    if (trigger === 'PlatformEvent' && !/__e$/.test(object))
        report(
            `<start>: a PlatformEvent trigger needs a platform event (an __e object), not "${object || 'no object'}"`,
            start.line
        );
    if (object && (own(object) || own(object, '__e')) && !project.objects.get(object)?.defined)
        report(
            `<start>: object ${object} is not in this project (no objects/${object}/${object}.object-meta.xml)`,
            child(start, 'object')?.line
        );
    return object;
}

/** The object a top-level resource or lookup holds records of, when known. */
function objectOf(model: FlowModel, head: string): string | undefined {
    if (head === '$Record' || head === '$Record__Prior') return model.startObject || undefined;
    const el = model.named.get(head);
    if (!el) return undefined;
    if (el.name === 'recordLookups' && childText(el, 'storeOutputAutomatically') === 'true')
        return childText(el, 'object') || undefined;
    if (el.name === 'variables' && childText(el, 'dataType') === 'SObject')
        return childText(el, 'objectType') || undefined;
    return undefined;
}

function checkReference(
    project: Project,
    model: FlowModel,
    reference: string,
    where: string,
    line: number,
    report: Report
): void {
    const [head = '', field] = reference.split('.');
    if (head.startsWith('$')) {
        if (!GLOBALS.has(head)) report(`${where}: ${reference} names an unknown global (${head})`, line);
    } else if (!model.named.has(head)) {
        report(`${where}: ${reference} is not a resource or element of this flow`, line);
        return;
    }
    const object = objectOf(model, head);
    // An object of ours that is missing is reported once, where the flow names it, not for each field.
    const missingObject =
        object !== undefined && (own(object) || own(object, '__e')) && !project.objects.get(object)?.defined;
    if (object && field && !missingObject) {
        const why = missingField(project, object, field);
        if (why) report(`${where}: ${reference}: ${why}`, line);
    }
}

function checkReferences(project: Project, model: FlowModel, report: Report): void {
    walk(model.root, (el) => {
        if (REFERENCE_TAGS.has(el.name) && el.text)
            checkReference(project, model, el.text, `<${el.name}>`, el.line, report);
        if (MERGE_TAGS.has(el.name)) {
            for (const m of el.text.matchAll(/\{!([^}]+)\}/g))
                checkReference(project, model, (m[1] as string).trim(), `<${el.name}> merge field`, el.line, report);
        }
    });
}

function checkLookups(project: Project, notificationTypes: Set<string>, model: FlowModel, report: Report): void {
    for (const [name, el] of model.named) {
        if (el.name !== 'recordLookups') continue;
        const object = childText(el, 'object');
        if ((own(object) || own(object, '__mdt')) && !project.objects.get(object)?.defined)
            report(`${name}: object ${object} is not in this project`, child(el, 'object')?.line);
        for (const f of el.children.filter((c) => c.name === 'filters' || c.name === 'queriedFields')) {
            const field = f.name === 'filters' ? childText(f, 'field') : f.text;
            const why = missingField(project, object, field);
            if (why) report(`${name}: ${why}`, f.line);
            if (object !== 'CustomNotificationType' || f.name !== 'filters' || field !== 'DeveloperName') continue;
            const value = childText(child(f, 'value') ?? f, 'stringValue');
            if (value && !namespaced(value) && !notificationTypes.has(value))
                report(
                    `${name}: looks up notification type ${value}, which this project does not ship (no notificationtypes/${value}.notiftype-meta.xml)`,
                    f.line
                );
        }
    }
}

function checkActions(model: FlowModel, report: Report): void {
    for (const [name, el] of model.named) {
        if (el.name !== 'actionCalls' || childText(el, 'actionType') !== 'customNotificationAction') continue;
        const given = new Set(el.children.filter((c) => c.name === 'inputParameters').map((c) => childText(c, 'name')));
        const missing = NOTIFICATION_INPUTS.filter((i) => !given.has(i));
        if (!given.has('targetId') && !given.has('targetPageRef')) missing.push('targetId or targetPageRef');
        if (missing.length > 0)
            report(`${name}: the Send Custom Notification action needs ${missing.join(', ')}`, el.line);
    }
}

export function checkFlowText(
    project: Project,
    notificationTypes: Set<string>,
    source: string
): Array<{ message: string; line?: number }> {
    const out: Array<{ message: string; line?: number }> = [];
    const report: Report = (message, line) => out.push({ message, line });
    if (XMLValidator.validate(source) !== true) return out; // the metadata-xml check reports it
    const root = parseXmlTree(source);
    if (root.name !== 'Flow') return out;
    checkOrder(root, report);
    for (const required of ['apiVersion', 'label', 'processType', 'status'])
        if (!child(root, required)) report(`no <${required}>: a Flow needs one`, root.line);
    const status = child(root, 'status');
    if (status && status.text !== 'Draft')
        report(
            `status ${status.text}: this project's Flows ship inactive (<status>Draft</status>); an admin activates them in Setup`,
            status.line
        );
    const named = checkNames(root, report);
    const start = child(root, 'start');
    const model: FlowModel = { root, named, startObject: checkStart(project, start, report) };
    checkGraph(model, start, report);
    checkReferences(project, model, report);
    checkLookups(project, notificationTypes, model, report);
    checkActions(model, report);
    return out;
}

export const flows: Check = {
    name: NAME,
    title: 'Flows: element order, connectors and reachability, references, trigger object, notification types; shipped inactive',
    async run({ root }) {
        const files = packageFiles(root);
        const project = readProject(files);
        const notificationTypes = new Set(
            files
                .filter((f) => f.endsWith('.notiftype-meta.xml'))
                .map((f) => basename(f).replace('.notiftype-meta.xml', ''))
        );
        const flowFiles = files.filter((f) => f.endsWith('.flow-meta.xml'));
        const findings: Finding[] = [];
        for (const file of flowFiles) {
            for (const f of checkFlowText(project, notificationTypes, readFileSync(file, 'utf8')))
                findings.push({ check: NAME, file: rel(root, file), ...f });
        }
        return { findings, summary: `${flowFiles.length} flow(s)` };
    }
};
