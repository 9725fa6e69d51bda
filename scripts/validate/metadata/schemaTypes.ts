/** One child element a metadata type allows: `type` names a nested complex type, or null for a value. */
export interface PropSpec {
    type: string | null;
    /** True when the element may repeat (an array in the WSDL). */
    many: boolean;
}

/** The child elements of one complex type, by element name. */
export type TypeSpec = Record<string, PropSpec>;

export interface MetadataSchema {
    source: string;
    types: Record<string, TypeSpec>;
}
