// Buttons for the backend's closest matches to an unknown title or place.
export interface DidYouMeanProps {
  id: string
  suggestions: string[]
  onChoose: (suggestion: string) => void
}

export function DidYouMean({ id, suggestions, onChoose }: DidYouMeanProps) {
  if (suggestions.length === 0) return null
  return (
    <div className="did-you-mean" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`}>Did you mean:</p>
      <ul className="button-list">
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            <button type="button" className="choice" onClick={() => onChoose(suggestion)}>
              {suggestion}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
