type Props = {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  /** The first option, meaning "no filter". */
  anyLabel: string;
  options: { value: string; label: string }[];
};

/** A labelled select for GET filter forms, whose empty first option means "any". */
export function SelectField({ id, name, label, value, anyLabel, options }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export const tagOptions = (tags: string[]) => tags.map((t) => ({ value: t, label: t }));
export const sourceOptions = (sources: { id: string; title: string }[]) => sources.map((s) => ({ value: s.id, label: s.title }));
