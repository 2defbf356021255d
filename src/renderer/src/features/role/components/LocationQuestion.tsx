// "Which Portland do you mean?" with each place as a button.
import type { LocationChoice, LocationQuestion as Question } from '../roleLookup'

export interface LocationQuestionProps {
  question: Question
  onChoose: (choice: LocationChoice) => void
}

export function LocationQuestion({ question, onChoose }: LocationQuestionProps) {
  return (
    <div className="location-question" role="group" aria-labelledby="location-question-text">
      <p id="location-question-text">Which {question.name} do you mean?</p>
      <ul className="button-list">
        {question.choices.map((choice) => (
          <li key={choice.label}>
            <button type="button" className="choice" onClick={() => onChoose(choice)}>
              {choice.label}
              {choice.detail && choice.detail !== choice.label && (
                <span className="choice-detail"> ({choice.detail})</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
