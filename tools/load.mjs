// Imports a package installed in tools/node_modules: a bare specifier resolves from this file's folder.
/** @param {string} name */
export const load = (name) => import(name);
