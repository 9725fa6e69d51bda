import { IMPORTANCE_RANK } from './personas';
/**
 * Ranks people not reached by sales in the reach window (`reachCount` 0) and not opted out of email:
 * 1. Engaged but not reached: engaged within `To_Reach_Engaged_Days`, best engagement first;
 * 2. Unreached persona: for each persona with people but nobody reached, most important persona first
 *    (then sort order), its most engaged person;
 * 3. Best grade not reached: everybody else graded A, B or C, best first.
 * Nobody is listed twice; the list stops at `To_Reach_Max`. `candidates` must be ordered by engagement.
 */
export function contactsToReach(candidates, personas, settings, asOfDay) {
    const max = settings.To_Reach_Max;
    const out = [];
    const listed = new Set();
    const add = (p, reasonKind, reason) => {
        if (out.length >= max || listed.has(p.id))
            return;
        listed.add(p.id);
        out.push({ id: p.id, type: p.type, name: p.name, persona: p.persona, grade: p.grade, score: p.score, reasonKind, reason });
    };
    const open = candidates.filter((c) => c.person.reachCount === 0 && !c.person.optedOut);
    for (const c of open) {
        if (c.lastEngagedDay === null)
            continue;
        const age = asOfDay - c.lastEngagedDay;
        if (age < 0 || age >= settings.To_Reach_Engaged_Days)
            continue;
        const what = c.person.lastEngagementKind ? ` (${c.person.lastEngagementKind})` : '';
        add(c.person, 'Engaged but not reached', `Engaged ${age === 0 ? 'today' : age === 1 ? '1 day ago' : `${age} days ago`}${what}, no sales touch in ${settings.Reach_Window_Days} days`);
    }
    const reachedPersonas = new Set();
    for (let i = 0; i < candidates.length; i++) {
        const c = candidates[i];
        if (c.person.reachCount > 0)
            reachedPersonas.add(c.person.persona);
    }
    const firstOpenByPersona = new Map();
    for (const c of open)
        if (!firstOpenByPersona.has(c.person.persona))
            firstOpenByPersona.set(c.person.persona, c.person);
    const ranked = [...personas].sort((a, b) => (IMPORTANCE_RANK[a.importance] ?? 9) - (IMPORTANCE_RANK[b.importance] ?? 9) || a.sortOrder - b.sortOrder);
    for (const persona of ranked) {
        if (reachedPersonas.has(persona.key))
            continue;
        const person = firstOpenByPersona.get(persona.key);
        if (person)
            add(person, 'Unreached persona', `Nobody in ${persona.importance.toLowerCase()} persona ${persona.label} has been reached; best engaged there (grade ${person.grade})`);
    }
    for (const c of open) {
        if (c.person.grade === 'D')
            continue;
        add(c.person, 'Best grade not reached', `Engagement grade ${c.person.grade} (${c.person.score}), not reached in ${settings.Reach_Window_Days} days`);
    }
    return out;
}
