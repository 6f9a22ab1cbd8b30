/** The id of a collection entry: its file name without the folder and the `.md` extension, i.e. the slug ingest chose. */
export function entryIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.md$/i, '');
}
