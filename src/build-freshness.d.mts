/** Files the build copies as they are: data files and plain JavaScript modules. */
export declare const COPIED: RegExp;
/** Whether every source file under `sources` has its built counterpart under `built`, at least as new. */
export declare function buildIsCurrent(sources: string, built: string): boolean;
/** The compiled counterpart of an entry file of the repository at `root`, and why it cannot stand in for the sources (null when it can). */
export declare function compiledEntry(root: string, entry: string): { built: string; stale: string | null };
