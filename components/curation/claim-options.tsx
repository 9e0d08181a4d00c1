export type ClaimOption = { id: string; statement: string; source: { id: string; title: string } };

/** Claims as <option>s grouped by source, so a long list stays scannable. */
export function ClaimOptions({ claims }: { claims: ClaimOption[] }) {
  const groups = new Map<string, { title: string; claims: ClaimOption[] }>();
  for (const c of claims) {
    const g = groups.get(c.source.id) ?? { title: c.source.title, claims: [] };
    g.claims.push(c);
    groups.set(c.source.id, g);
  }
  return [...groups].map(([id, g]) => (
    <optgroup key={id} label={g.title}>
      {g.claims.map((c) => (
        <option key={c.id} value={c.id}>
          {c.statement}
        </option>
      ))}
    </optgroup>
  ));
}
