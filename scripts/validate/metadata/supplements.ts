import type { TypeSpec } from './schemaTypes';

/**
 * Element rules the WSDL does not describe. The WSDL types `LightningComponentBundle.targetConfigs` as
 * a plain string, but in a `.js-meta.xml` it is nested XML, documented in the LWC Developer Guide
 * ("XML Configuration File Elements", and the target pages such as lightning__FlowScreen, form factors,
 * Experience Builder property attributes). Attributes (targets, name, type, ...) are not elements and
 * are not checked. `'*'` marks content that is accepted as is.
 */
export const ANY = '*';

export const SUPPLEMENT_TYPES: Record<string, TypeSpec> = {
    LwcTargetConfigs: { targetConfig: { type: 'LwcTargetConfig', many: true } },
    LwcTargetConfig: {
        property: { type: ANY, many: true },
        propertyType: { type: ANY, many: true },
        objects: { type: 'LwcObjects', many: false },
        supportedFormFactors: { type: 'LwcSupportedFormFactors', many: false },
        actionType: { type: null, many: false },
        event: { type: ANY, many: true },
        hasStep: { type: null, many: false },
        sourceType: { type: ANY, many: true }
    },
    LwcObjects: { object: { type: null, many: true } },
    LwcSupportedFormFactors: { supportedFormFactor: { type: null, many: true } }
};

/** Overrides of single elements of WSDL types: type name -> element -> rule. */
export const ELEMENT_OVERRIDES: Record<string, TypeSpec> = {
    LightningComponentBundle: {
        targetConfigs: { type: 'LwcTargetConfigs', many: false },
        // The Agentforce `ai` tag set holds nested description elements.
        ai: { type: ANY, many: false }
    }
};
