// Stand-in for `lightning/platformResourceLoader`: `loadScript` and `loadStyle` add a <script> or <link> for the
// URL once (the platform's loader also loads each URL once per page) and resolve when it has loaded. The URLs are
// what `@salesforce/resourceUrl/<Name>` gives in the preview: `/resource/<Name>`, served from
// force-app/main/default/staticresources by the preview server.
const loaded = new Map<string, Promise<void>>();

function load(url: string, make: () => HTMLElement): Promise<void> {
    let promise = loaded.get(url);
    if (!promise) {
        promise = new Promise<void>((resolve, reject) => {
            const element = make();
            element.addEventListener('load', () => resolve());
            element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
            document.head.appendChild(element);
        });
        loaded.set(url, promise);
    }
    return promise;
}

export function loadScript(_component: unknown, url: string): Promise<void> {
    return load(url, () => Object.assign(document.createElement('script'), { src: url }));
}

export function loadStyle(_component: unknown, url: string): Promise<void> {
    return load(url, () => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }));
}
