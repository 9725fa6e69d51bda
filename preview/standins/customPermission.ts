// Stand-in for `@salesforce/customPermission/<Name>`: granted unless the page URL denies it
// (`?deny=SI_Add_To_Sequence,SI_View_Insights`). The page's permission switches change the URL and
// reload, because on the platform the value is fixed for the page's lifetime too.

export function deniedPermissions(search: string = window.location.search): Set<string> {
    const denied = new URLSearchParams(search).get('deny');
    return new Set((denied ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0));
}

/** `true` when granted, `undefined` when not (what the platform's import evaluates to). */
export function hasPermission(name: string): true | undefined {
    return deniedPermissions().has(name) ? undefined : true;
}
