// The segment naming convention, `Team - FY## Q# - Name` (e.g. `SDR - FY27 Q1 - EMEA Decision`), checked
// where a segment is named (the builder) with the message a validation rule shows too. The teams are
// configuration: the caller passes them.
export const SEGMENT_NAME_EXAMPLE = 'SDR - FY27 Q1 - EMEA Decision';
const PATTERN = /^(.+?) - FY(\d{2}) Q([1-4]) - (.+)$/;
/**
 * Checks a segment name: `Team - FY## Q# - Name`, the team one of `teams` (as configured, compared
 * case-insensitively), a two-digit fiscal year, a quarter 1-4 and a name; at most 80 characters (a
 * record name's length). The problem says what is wrong and shows the expected form.
 */
export function checkSegmentName(value, teams) {
    const form = `"Team - FY## Q# - Name", for example "${SEGMENT_NAME_EXAMPLE}"`;
    if (typeof value !== 'string' || value.trim() === '')
        return { ok: false, problem: `A segment needs a name: ${form}` };
    const name = value.trim();
    if (name.length > 80)
        return { ok: false, problem: `At most 80 characters (${name.length}): ${form}` };
    const m = PATTERN.exec(name);
    if (!m)
        return { ok: false, problem: `"${name}" is not named ${form}` };
    const [, team, year, quarter, rest] = m;
    const known = teams.find((t) => t.toLowerCase() === team.trim().toLowerCase());
    if (!known)
        return {
            ok: false,
            problem: `"${team}" is not a team (${teams.length > 0 ? teams.join(', ') : 'no teams are configured'})`
        };
    if (rest.trim() === '')
        return { ok: false, problem: `"${name}" has no name after the quarter: ${form}` };
    return {
        ok: true,
        parts: { team: known, fiscalYear: Number(year), quarter: Number(quarter), name: rest.trim() }
    };
}
