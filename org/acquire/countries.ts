// Countries and regions as people write them: an ISO 3166-1 alpha-2 code, the English name or the native
// name ("DE", "Germany", "Deutschland"), accents and case ignored; and the states, provinces and nations that
// tell the country when a record has none ("Ontario", "Bayern", "Scotland", "São Paulo", US states).
// Used by the GDPR rule and the geography filters of contact acquisition (see docs/ACQUIRE.md).

/** ISO code -> names (English first, then native names and common spellings). */
// prettier-ignore
const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
    // European Union
    AT: ['Austria', 'Österreich'],
    BE: ['Belgium', 'België', 'Belgique', 'Belgien'],
    BG: ['Bulgaria', 'България', 'Balgariya'],
    HR: ['Croatia', 'Hrvatska'],
    CY: ['Cyprus', 'Κύπρος', 'Kıbrıs', 'Kypros'],
    CZ: ['Czechia', 'Czech Republic', 'Česko', 'Česká republika'],
    DK: ['Denmark', 'Danmark'],
    EE: ['Estonia', 'Eesti'],
    FI: ['Finland', 'Suomi'],
    FR: ['France', 'République française'],
    DE: ['Germany', 'Deutschland', 'Federal Republic of Germany', 'Bundesrepublik Deutschland'],
    GR: ['Greece', 'Ελλάδα', 'Ellada', 'Hellas'],
    HU: ['Hungary', 'Magyarország'],
    IE: ['Ireland', 'Éire', 'Republic of Ireland'],
    IT: ['Italy', 'Italia'],
    LV: ['Latvia', 'Latvija'],
    LT: ['Lithuania', 'Lietuva'],
    LU: ['Luxembourg', 'Lëtzebuerg', 'Luxemburg'],
    MT: ['Malta'],
    NL: ['Netherlands', 'The Netherlands', 'Nederland', 'Holland'],
    PL: ['Poland', 'Polska'],
    PT: ['Portugal'],
    RO: ['Romania', 'România'],
    SK: ['Slovakia', 'Slovensko', 'Slovak Republic'],
    SI: ['Slovenia', 'Slovenija'],
    ES: ['Spain', 'España', 'Espana'],
    SE: ['Sweden', 'Sverige'],
    // EEA outside the EU
    IS: ['Iceland', 'Ísland'],
    LI: ['Liechtenstein'],
    NO: ['Norway', 'Norge', 'Noreg'],
    // Other GDPR-style regimes of the default list
    GB: ['United Kingdom', 'UK', 'Great Britain', 'Britain', 'U.K.'],
    CH: ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Svizra'],
    BR: ['Brazil', 'Brasil'],
    CA: ['Canada'],
    // Elsewhere (recognised, so a filter can name them and the GDPR rule knows they are not in its list)
    US: ['United States', 'United States of America', 'USA', 'U.S.', 'U.S.A.', 'America'],
    MX: ['Mexico', 'México'],
    AR: ['Argentina'],
    CL: ['Chile'],
    CO: ['Colombia'],
    PE: ['Peru', 'Perú'],
    AU: ['Australia'],
    NZ: ['New Zealand', 'Aotearoa'],
    JP: ['Japan', '日本', 'Nippon'],
    CN: ['China', '中国', "People's Republic of China"],
    HK: ['Hong Kong'],
    TW: ['Taiwan'],
    KR: ['South Korea', 'Korea', 'Republic of Korea', '대한민국'],
    SG: ['Singapore'],
    IN: ['India', 'Bharat'],
    ID: ['Indonesia'],
    MY: ['Malaysia'],
    PH: ['Philippines'],
    TH: ['Thailand'],
    VN: ['Vietnam', 'Viet Nam'],
    IL: ['Israel'],
    AE: ['United Arab Emirates', 'UAE'],
    SA: ['Saudi Arabia'],
    TR: ['Turkey', 'Türkiye'],
    ZA: ['South Africa'],
    NG: ['Nigeria'],
    KE: ['Kenya'],
    EG: ['Egypt'],
    UA: ['Ukraine', 'Україна'],
    RS: ['Serbia', 'Srbija'],
    RU: ['Russia', 'Russian Federation', 'Россия']
};

/**
 * Regions that name their country; one entry per region with its spellings separated by `|` (the first is the
 * region's name in reports). Codes only where no other country's region in this table uses them.
 */
// prettier-ignore
const REGION_COUNTRY: Readonly<Record<string, readonly string[]>> = {
    CA: [
        'Ontario|ON', 'Quebec|Québec|QC', 'British Columbia|BC', 'Alberta|AB', 'Manitoba|MB', 'Saskatchewan|SK',
        'Nova Scotia|NS', 'New Brunswick|NB', 'Newfoundland and Labrador|NL', 'Prince Edward Island', 'Yukon|YT',
        'Northwest Territories|NT', 'Nunavut|NU'
    ],
    GB: [
        'England', 'Scotland', 'Wales', 'Northern Ireland', 'Greater London'
    ],
    DE: [
        'Bavaria|Bayern', 'Baden-Württemberg|Baden-Wurttemberg', 'Hesse|Hessen',
        'North Rhine-Westphalia|Nordrhein-Westfalen', 'Lower Saxony|Niedersachsen', 'Saxony|Sachsen', 'Brandenburg',
        'Schleswig-Holstein', 'Rhineland-Palatinate|Rheinland-Pfalz', 'Thuringia|Thüringen', 'Saarland',
        'Mecklenburg-Vorpommern', 'Saxony-Anhalt|Sachsen-Anhalt'
    ],
    FR: [
        'Île-de-France|Ile-de-France', 'Provence-Alpes-Côte d’Azur', 'Auvergne-Rhône-Alpes', 'Occitanie',
        'Bretagne|Brittany', 'Normandie|Normandy'
    ],
    ES: [
        'Catalonia|Cataluña|Catalunya', 'Andalusia|Andalucía', 'Comunidad de Madrid', 'Valencian Community',
        'Basque Country|País Vasco'
    ],
    IT: [
        'Lombardy|Lombardia', 'Lazio', 'Piedmont|Piemonte', 'Veneto', 'Tuscany|Toscana', 'Sicily|Sicilia'
    ],
    NL: [
        'North Holland|Noord-Holland', 'South Holland|Zuid-Holland', 'Utrecht', 'North Brabant|Noord-Brabant'
    ],
    CH: [
        'Zurich|Zürich', 'Geneva|Genève', 'Vaud', 'Bern', 'Basel-Stadt', 'Ticino', 'Zug'
    ],
    BR: [
        'São Paulo|Sao Paulo|SP', 'Rio de Janeiro|RJ', 'Minas Gerais|MG', 'Rio Grande do Sul|RS', 'Paraná|Parana|PR',
        'Bahia|BA', 'Santa Catarina', 'Pernambuco', 'Ceará|Ceara', 'Goiás', 'Distrito Federal|DF', 'Espírito Santo',
        'Amazonas'
    ],
    IE: [
        'Leinster', 'Munster', 'Connacht', 'County Dublin|Co. Dublin', 'County Cork'
    ],
    US: [
        'Alabama|AL', 'Alaska|AK', 'Arizona|AZ', 'Arkansas|AR', 'California|CA', 'Colorado|CO', 'Connecticut|CT',
        'Delaware|DE', 'Florida|FL', 'Georgia|GA', 'Hawaii|HI', 'Idaho|ID', 'Illinois|IL', 'Indiana|IN', 'Iowa|IA',
        'Kansas|KS', 'Kentucky|KY', 'Louisiana|LA', 'Maine|ME', 'Maryland|MD', 'Massachusetts|MA', 'Michigan|MI',
        'Minnesota|MN', 'Mississippi|MS', 'Missouri|MO', 'Montana|MT', 'Nebraska|NE', 'Nevada|NV',
        'New Hampshire|NH', 'New Jersey|NJ', 'New Mexico|NM', 'New York|NY', 'North Carolina|NC', 'North Dakota|ND',
        'Ohio|OH', 'Oklahoma|OK', 'Oregon|OR', 'Pennsylvania|PA', 'Rhode Island|RI', 'South Carolina|SC',
        'South Dakota|SD', 'Tennessee|TN', 'Texas|TX', 'Utah|UT', 'Vermont|VT', 'Virginia|VA', 'Washington|WA',
        'West Virginia|WV', 'Wisconsin|WI', 'Wyoming|WY', 'District of Columbia|DC'
    ]
};

/** The default GDPR list of the issue: EU and EEA countries, the UK, Switzerland, Brazil (LGPD), Canada (PIPEDA). */
// prettier-ignore
export const DEFAULT_GDPR_COUNTRIES: readonly string[] = Object.freeze([
    'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
    'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'GB', 'CH', 'BR', 'CA'
]);

/** Lower case, accents removed, punctuation as single spaces: `Île-de-France` -> `ile de france`. */
export function placeKey(value: string): string {
    return value
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}

function index(table: Readonly<Record<string, readonly string[]>>, withCodes: boolean): Map<string, string> {
    const map = new Map<string, string>();
    for (const [code, names] of Object.entries(table)) {
        if (withCodes) map.set(placeKey(code), code);
        for (const name of names) for (const spelling of name.split('|')) map.set(placeKey(spelling), code);
    }
    return map;
}

/** Each spelling of a region -> the region's key (its first spelling's place key): `TX` and `texas` -> `texas`. */
function regionKeys(table: Readonly<Record<string, readonly string[]>>): Map<string, string> {
    const map = new Map<string, string>();
    for (const names of Object.values(table))
        for (const name of names) {
            const spellings = name.split('|');
            const key = placeKey(spellings[0] as string);
            for (const spelling of spellings) map.set(placeKey(spelling), key);
        }
    return map;
}

const COUNTRIES = index(COUNTRY_NAMES, true);
const REGIONS = index(REGION_COUNTRY, false);
const REGION_KEYS = regionKeys(REGION_COUNTRY);
/** Spellings that are also an ISO code of another country in a country column (`UK` is GB, not Ukraine's UA). */
COUNTRIES.set('uk', 'GB');

/** The ISO code of a country written as code or name, or null when it is not one this table knows. */
export function countryCode(value: string | null | undefined): string | null {
    if (!value) return null;
    const key = placeKey(value);
    return key ? (COUNTRIES.get(key) ?? null) : null;
}

/** The ISO code of the country a state, province or nation belongs to, or null when unknown. */
export function regionCountry(value: string | null | undefined): string | null {
    if (!value) return null;
    const key = placeKey(value);
    return key ? (REGIONS.get(key) ?? null) : null;
}

/** The key a region is compared by: one per region whatever its spelling; an unknown region's place key. */
export function regionKey(value: string): string {
    const key = placeKey(value);
    return REGION_KEYS.get(key) ?? key;
}

/** Every ISO code the table knows (for checking a configured list). */
export function isKnownCountryCode(code: string): boolean {
    return Object.prototype.hasOwnProperty.call(COUNTRY_NAMES, code);
}
