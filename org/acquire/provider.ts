// Providers of candidate people behind one interface: the pipeline sees only Candidate records, so another
// provider (a vendor's API) plugs in by implementing CandidateProvider and adding itself to PROVIDERS.
import { CsvProvider } from './csvProvider';
import { ProviderError } from './errors';
import type { Candidate } from './types';

export interface CandidateProvider {
    /** The value of SI_Orchestration__c.Provider__c that selects this provider. */
    readonly name: string;
    /**
     * Every candidate the provider has for this run, in a stable order. A record it cannot read is returned
     * with `invalid` set (the pipeline skips it with that message): nothing is dropped.
     */
    candidates(): Promise<Candidate[]>;
}

export interface ProviderOptions {
    /** --provider-file: the file a file-based provider reads. */
    file: string | null;
    /** SI_Orchestration__c.Mapping_Profile__c. */
    mappingProfile: string | null;
}

/** Provider name -> factory. */
export const PROVIDERS: Readonly<Record<string, (options: ProviderOptions) => CandidateProvider>> = {
    CSV: (options) => {
        if (!options.file)
            throw new ProviderError('the CSV provider reads the vendor export given with --provider-file FILE');
        return new CsvProvider(options.file, options.mappingProfile);
    }
};

export const PROVIDER_NAMES = Object.keys(PROVIDERS);

export function providerFor(name: string, options: ProviderOptions): CandidateProvider {
    const make = PROVIDERS[name];
    if (!make) throw new ProviderError(`no provider "${name}" (this command has ${PROVIDER_NAMES.join(', ')})`);
    return make(options);
}
