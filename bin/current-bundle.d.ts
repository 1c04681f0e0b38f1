/** The bundled CLI's entry when it is newer than every source it was built from, else null. */
export function currentBundle(dir?: string, root?: string): string | null;
