import { OTHER_PERSONA, PERSONA_IMPORTANCES } from './vocabulary';
/** Lower case, punctuation as spaces, padded with spaces so keywords match as whole words. */
/**
 * A title (or keyword) lower-cased, punctuation as spaces, padded with a space each side for whole-word
 * matching, and "vice president" written "vp": a VP is not a president (the Economic Buyer's keyword), and
 * keywords say "vp of it" once for both spellings.
 */
export function normalizeTitle(title) {
    return ` ${title.toLowerCase().replace(/[^a-z0-9&+]+/g, ' ').trim()} `.replace(/ vice president /g, ' vp ');
}
function hasAny(normalized, keywords) {
    for (const k of keywords)
        if (normalized.includes(k))
            return true;
    return false;
}
const pad = (words) => words.map((w) => ` ${w} `);
/** Seniority keywords, checked in this order (so `Vice President` is VP, not C-Level). */
const SENIORITY_RULES = [
    ['VP', pad(['vp', 'svp', 'evp', 'avp', 'vice president', 'head of', 'head'])],
    ['C-Level', pad(['chief', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'ciso', 'cmo', 'cro', 'cpo', 'chro', 'president', 'founder', 'co founder', 'cofounder', 'managing director'])],
    ['Director', pad(['director', 'dir'])],
    ['Manager', pad(['manager', 'mgr', 'lead', 'supervisor', 'team lead'])]
];
/** Job function keywords, checked in this order; the first rule with a matching keyword wins. */
const FUNCTION_RULES = [
    ['Security', pad(['security', 'ciso', 'infosec', 'cybersecurity'])],
    ['IT', pad(['it', 'cio', 'cto', 'information technology', 'information', 'technology', 'systems', 'infrastructure', 'network', 'sysadmin', 'helpdesk'])],
    ['Engineering', pad(['engineering', 'engineer', 'developer', 'software', 'architect', 'devops', 'r&d', 'development', 'programmer', 'data'])],
    ['Product', pad(['product', 'cpo', 'ux', 'design', 'designer'])],
    ['Marketing', pad(['marketing', 'cmo', 'brand', 'demand', 'growth', 'communications', 'content', 'seo'])],
    ['Sales', pad(['sales', 'cro', 'account executive', 'ae', 'sdr', 'bdr', 'business development', 'revenue', 'account manager'])],
    ['Finance', pad(['finance', 'financial', 'cfo', 'controller', 'accounting', 'accountant', 'treasurer', 'procurement', 'purchasing'])],
    ['Operations', pad(['operations', 'coo', 'ops', 'supply chain', 'logistics', 'facilities'])],
    ['Human Resources', pad(['hr', 'chro', 'human resources', 'people', 'talent', 'recruiter', 'recruiting'])],
    ['Legal', pad(['legal', 'counsel', 'compliance', 'attorney', 'lawyer', 'privacy'])],
    ['Customer Success', pad(['customer success', 'support', 'customer service', 'customer experience'])],
    ['Executive', pad(['ceo', 'chief executive', 'president', 'founder', 'co founder', 'cofounder', 'managing director', 'general manager'])]
];
/** Classifies a title into a job function (or `Other`) and a seniority (or null without a title). */
export function classifyTitle(title) {
    if (!title)
        return { jobFunction: 'Other', seniority: null };
    const normalized = normalizeTitle(title);
    let seniority = 'Individual Contributor';
    for (const [level, keywords] of SENIORITY_RULES) {
        if (hasAny(normalized, keywords)) {
            seniority = level;
            break;
        }
    }
    let jobFunction = 'Other';
    for (const [fn, keywords] of FUNCTION_RULES) {
        if (hasAny(normalized, keywords)) {
            jobFunction = fn;
            break;
        }
    }
    return { jobFunction, seniority };
}
export const IMPORTANCE_RANK = Object.fromEntries(PERSONA_IMPORTANCES.map((v, i) => [v, i]));
export function preparePersonas(personas) {
    return personas.map((persona) => ({
        persona,
        keywords: persona.titleKeywords.map((k) => normalizeTitle(k)).filter((k) => k.trim().length > 0),
        rank: IMPORTANCE_RANK[persona.importance] ?? PERSONA_IMPORTANCES.length
    }));
}
/**
 * The best persona for a person, or `Other`. A persona is eligible when a title keyword appears in the
 * title (whole words), or when both its job function and seniority equal the title's. Among eligible
 * personas the highest match score wins (keyword 4, same function 2, same seniority 1); ties go to the
 * more important persona, then the lower sort order.
 */
export function placePersona(title, cls, personas) {
    if (!title)
        return OTHER_PERSONA;
    const normalized = normalizeTitle(title);
    let best = null;
    let bestScore = 0;
    for (const p of personas) {
        const keyword = hasAny(normalized, p.keywords);
        const sameFunction = p.persona.jobFunction === cls.jobFunction;
        const sameSeniority = p.persona.seniority === cls.seniority;
        if (!keyword && !(sameFunction && sameSeniority))
            continue;
        const score = (keyword ? 4 : 0) + (sameFunction ? 2 : 0) + (sameSeniority ? 1 : 0);
        if (!best ||
            score > bestScore ||
            (score === bestScore && (p.rank < best.rank || (p.rank === best.rank && p.persona.sortOrder < best.persona.sortOrder)))) {
            best = p;
            bestScore = score;
        }
    }
    return best ? best.persona.key : OTHER_PERSONA;
}
/** Builds the persona map from people already ordered by engagement (best first). */
export function buildPersonaMap(personas, orderedPeople) {
    const slots = new Map();
    for (const p of personas) {
        slots.set(p.key, {
            key: p.key,
            label: p.label,
            jobFunction: p.jobFunction,
            seniority: p.seniority,
            importance: p.importance,
            people: [],
            gap: true
        });
    }
    const other = [];
    for (let i = 0; i < orderedPeople.length; i++) {
        const person = orderedPeople[i];
        const slot = slots.get(person.persona);
        if (slot) {
            slot.people.push(person.id);
            slot.gap = false;
        }
        else
            other.push(person.id);
    }
    const list = [...slots.values()];
    const gaps = list
        .filter((s) => s.gap)
        .sort((a, b) => (IMPORTANCE_RANK[a.importance] ?? 9) - (IMPORTANCE_RANK[b.importance] ?? 9))
        .map((s) => s.key);
    return { personas: list, other, gaps };
}
