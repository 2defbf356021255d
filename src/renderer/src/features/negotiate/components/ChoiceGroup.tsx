// A row of radio buttons in a fieldset: one choice among a few (script channel, tone).
export interface ChoiceGroupProps<V extends string> {
  name: string
  legend: string
  options: { value: V; label: string }[]
  value: V
  onChange: (value: V) => void
}

export function ChoiceGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: ChoiceGroupProps<V>) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="radio-row">
        {options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
